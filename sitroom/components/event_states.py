"""Verbs that, in some constructions, describe a standing state rather than report an act (used
by ``event_sense.names_act``): "Russia is to blame for the crisis" says who is at fault, it
accuses nobody; "the U.S. forces stationed in Afghanistan", "troops are stationed in South Korea"
describe a standing deployment, no move of forces; "does not want to appear threatening", "it
sounded threatening" name a manner, no threat made. Word lists in ``data/figurative.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["describes_state"]

_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "be", "being"})
_PERFECT = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})


def _be_to(verb: Token) -> bool:
    """The verb is the to-infinitive of "be": "is to blame", "were to blame"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and to_infinitive(verb) and not any(
        c.dep_ in ("acomp", "attr") for c in verb.head.children)  # "it was not fair to blame them"


def _standing(verb: Token) -> bool:
    """A participle after the forces it describes ("forces stationed in Afghanistan"), or a
    passive in the present or the present perfect ("are stationed", "have been stationed")."""
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ == "acl":
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "if missile systems are stationed in Ukraine": a move that may come
    return passive and bool(auxes & _PRESENT_BE or ("been" in auxes and auxes & _PERFECT)) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # "will be stationed": a plan


def _seeming(verb: Token, seeming: frozenset[str]) -> bool:
    """A participle complement of a verb of seeming, with no object or clause of its own: "to
    appear threatening", "sounded threatening" ("appeared to threaten Guam" is left alone)."""
    # the parse may hang it as an adverbial clause right after the verb ("sounded threatening")
    return verb.tag_ == "VBG" and (verb.dep_ in ("xcomp", "acomp", "oprd") or (
        verb.dep_ == "advcl" and verb.i == verb.head.i + 1)) and (
        verb.head.lemma_.lower() in seeming) and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "aux") for c in verb.children)


def describes_state(root: Token) -> bool:
    """The verb, in this construction, describes a state and reports no act."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    idioms, standing, seeming = word_lists("figurative", "copular_idioms", "standing_verbs",
                                           "seeming_verbs")
    lemma = root.lemma_.lower()
    return (lemma in idioms and _be_to(root)) or (lemma in standing and _standing(root)) or (
        _seeming(root, seeming))
