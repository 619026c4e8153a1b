"""A doer left out of a coordinated subject: "Khaji and Bagdanov held talks", "the treaty was
signed by Iran and UNESCO", "China and Europe support the deal". Where one member of the
coordination names a party and another is a name the dictionary does not know (a person, body or
state the parse tags as a name), the act would be shown with only some of its doers, which the
sentence contradicts: such a reading is no event (a missing fact, not a wrong one).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import actor_of
from sitroom.components.event_index import DocIndex

__all__ = ["unnamed_cosubject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what the parse tags a name of a person, a body, a state or a region as ("" where it tags a
# proper noun as no entity: "Khaji and Bogdanov")
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", ""})


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the agent of its passive, or those of the verb it is joined to."""
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in _SUBJECTS:
                return c
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _unknown_name(tok: Token, idx: DocIndex) -> bool:
    """A proper name the dictionary does not know ("Khaji", "the P4+1"), not a title or a date."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ in _NAMES and tok.i not in idx.actor_at
            and not actor_of(tok, idx))


def unnamed_cosubject(verb: Token | None, actors: list[str], idx: DocIndex) -> bool:
    """The verb's subject is a coordination one of whose members gives a doer taken and another
    is an unknown name: a doer the act would be shown without."""
    if verb is None or not actors:
        return False
    subj = _subject(verb)
    if subj is None or not subj.conjuncts:
        return False
    members = (subj, *subj.conjuncts)
    taken = any(set(actor_of(m, idx)) & set(actors) for m in members)
    return taken and any(_unknown_name(m, idx) for m in members)
