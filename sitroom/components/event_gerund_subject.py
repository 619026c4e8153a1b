"""The subject of a gerund that the parse split from it: "despite Oslo and Stockholm repeatedly
condemning Minsk's conduct", "with China refusing to attend", "after Iran rejecting the offer".
The parse makes the names the object of the preposition and hangs the gerund on the main verb,
whose subject would then condemn; the names right before the gerund are who does it (used by
event_clause.subjects_of).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["split_gerund_subject"]

(_OPENERS,) = word_lists("event_parties", "gerund_subject_preps")
_BETWEEN = frozenset({"advmod", "neg"})  # "repeatedly condemning", "not attending"


def split_gerund_subject(verb: Token) -> Token | None:
    """The noun that the parse made the object of a preposition ("despite", "with" ...) right
    before ``verb``, a gerund without a subject of its own hung on the same verb as that
    preposition; None where the gerund is no such one."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    start = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in _BETWEEN and c.i < verb.i])
    if start == 0:
        return None
    last = verb.doc[start - 1]
    noun = last
    while noun.dep_ in ("conj", "compound", "flat", "cc") and noun.head.i < noun.i + 1 and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != last.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if prep.lower_ not in _OPENERS or prep.head.i != verb.head.i:
        return None
    return noun
