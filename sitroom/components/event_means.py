"""The object of a verb of using is the means of the "to" clause after it, not who does it.

"Canada used the deaths of fishermen to launch a strike", "insurgents using Afghan soil to carry
out attacks", "used his speech to criticise the invasion": the user acts. The object does the act
only where it names a party itself ("Iran uses Hezbollah to attack") or is the sway held over one
("use its influence over the militias to stop the shelling": the militias are to stop).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["means_only"]

(INSTRUMENTS,) = word_lists("event_parties", "instrument_verbs")
SWAY_PREPS = frozenset({"over", "on", "upon", "with"})  # "its influence over / on / with X"
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def means_only(using: Token, obj: Token, verb: Token, infinitive: Token, idx: DocIndex) -> bool:
    """``obj`` of the verb of using ``using`` is only the means of ``infinitive``, the "to"
    clause that ``verb`` (the act's verb) sits in: the subject of ``using`` does the act."""
    if using.lemma_.lower() not in INSTRUMENTS or _party_head(obj, idx):
        return False
    if any(c.dep_ == "prep" and c.lower_ in SWAY_PREPS for c in obj.children):
        return False
    return not _finite_conjunct(verb, infinitive)


def _party_head(tok: Token, idx: DocIndex) -> bool:
    """The phrase's head itself names a party ("Hezbollah", a pronoun, a name the dictionary
    knows), not a thing whose modifier or "of" phrase names one ("Afghan soil", "the deaths of
    civilians")."""
    return tok.i in idx.actor_at or tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in PARTY_ENTS


def _finite_conjunct(verb: Token, top: Token) -> bool:
    """On the way from ``verb`` up to the infinitive ``top``, a verb in a finite tense that the
    parse joined to the infinitive: "will not allow Iran to use missiles to choke off shipments
    and offered its warships" (who offered is not whom the infinitive is about)."""
    tok = verb
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.tag_ in FINITE:
            return True
        tok = tok.head
    return False
