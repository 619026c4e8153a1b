"""Acts whose status is not their governing clause's mood: what someone saw, and a participle set
off as background.

An act that someone saw, watched, heard or witnessed ("could see police evacuating people",
"witnessed her sister being shot") took place as the perceiving did: "could" on a verb of seeing
says one saw, not that one might; a seen "-ing" is not under way now. What one only wants or may
see stays as the seeing ("wants to see troops leave").

A past participle set off before its clause or after its noun ("Backed by Rep. Rogers, the bill
would bar ...", "whether the army, already deployed on the outskirts, will intervene") states a
fact the clause rests on, whatever the clause plans, asks or supposes. Not one with a mark ("if
approved by Congress") or an auxiliary, nor on a noun put as any case ("any troops deployed").
Word lists in data/mood.yaml (perception_verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["background_participle", "perceiver", "seen_as"]

_UNTENSED = frozenset({"VB", "VBG", "VBN"})
_OPEN_DETERMINERS = frozenset({"any", "every", "no", "whatever", "whichever"})


def perceiver(verb: Token) -> Token | None:
    """The verb of seeing whose untensed clause with a subject of its own ``verb`` is: "see
    police evacuating", "watched soldiers storm", "witnessed her sister being shot"."""
    (seeing,) = word_lists("mood", "perception_verbs")
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.tag_ not in _UNTENSED:
        return None
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in seeing:
        return None
    kids = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or any(c.dep_ == "mark" for c in kids):
        return None
    # only "being" of a passive ("being shot"); a tensed or modal auxiliary is a clause of its own
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "being" for c in kids):
        return None
    return head


def seen_as(perceiving: Token, mood: str) -> str:
    """The status of an act seen, from the status of its seeing: a bare "could" or "can" on the
    seeing (no mark, no negation) is one's ability to see, so the act took place; a seen act
    under way at a seeing that took place is one that took place."""
    kids = list(perceiving.children)
    able = any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in kids)
    if mood == "hypothetical" and able and not any(c.dep_ in ("mark", "neg") for c in kids) and (
            perceiving.dep_ in ("ROOT", "ccomp", "conj")):
        return "occurred"
    return "occurred" if mood == "ongoing" and perceiving.tag_ == "VBD" else mood


def background_participle(verb: Token) -> bool:
    """A past participle set off as background: an adverbial clause before its governor, or one
    hung on a noun after a comma or with "already"; no mark, no auxiliary."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or verb.head.i == verb.i:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in kids):
        return False
    if verb.dep_ == "advcl":
        return verb.i < verb.head.i and verb.i == verb.left_edge.i and (
            verb.right_edge.i + 1 < len(verb.doc) and verb.doc[verb.right_edge.i + 1].text == ",")
    if verb.dep_ != "acl":
        return False
    noun = verb.head
    if any(c.dep_ == "det" and c.lower_ in _OPEN_DETERMINERS for c in noun.children):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (before is not None and before.text == "," and before.i > noun.i) or any(
        c.dep_ == "advmod" and c.lower_ == "already" for c in kids)
