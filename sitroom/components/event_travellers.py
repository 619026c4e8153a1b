"""Who travels: the subject a visiting verb has or borrows from the parse.

A visit's subject is often not the verb's own: the noun a participle describes ("tourists having
visited Iran"), the subject of the clause an infinitive or a participle hangs from ("Iranian people
are always welcome to visit those places", "... while traveling to those countries"), or what a
relative pronoun stands for ("Iranians who have contracted the disease while traveling").
event_readings.no_consultation reads it to tell a population's trips from a party's visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_clause import RELATIVES

__all__ = ["travellers"]

_SUBJECTS = ("nsubj", "nsubjpass")


def travellers(verb: Token) -> list[Token]:
    """The verb's subjects, or those it borrows: its noun, or its governing clause's subject."""
    out = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if out:
        return out
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):  # "tourists having visited Iran"
        return [head]
    before = _noun_before_having(verb)
    if before is not None:  # the same, parsed as an adverbial clause of the main verb
        return [before]
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "people are always welcome to visit"
    elif verb.dep_ not in ("advcl", "xcomp", "conj"):
        return []
    elif verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.children):
        return []  # "urged the minister to visit": the object travels, named by no subject
    subj = [c for c in head.children if c.dep_ in _SUBJECTS]
    # "Iranians who have contracted the disease while traveling": what "who" stands for
    return [head.head if s.lower_ in RELATIVES and head.dep_ == "relcl" else s for s in subj]


def _noun_before_having(verb: Token) -> Token | None:
    """A noun right before a perfect participle's "having" is its subject, whatever the parse
    hangs the participle on ("with a million tourists having visited Iran"); after a comma
    ("Smith, having visited Iran, said") the participle borrows the clause's subject."""
    having = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "having"
                   and c.i == verb.i - 1), None)
    if having is None or having.i == 0:
        return None
    prev = verb.doc[having.i - 1]
    return prev if prev.pos_ in ("NOUN", "PROPN") else None
