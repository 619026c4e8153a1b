"""An act that an onset brings about stands or falls with that onset (used by ``event_mood``).

"called for the resumption of talks", "welcomed the resumption of talks", "ahead of the signing
of the deal", "the issue of finalizing an agreement": the talks and the deal are what the
resumption, signing or finalizing makes happen, so they take its status: asked for
(hypothetical), occurred, planned. An onset that talks are about is weighed, not done ("discussed
the resumption of talks with the EU", "talks on the revival of negotiations"): hypothetical.
Only a noun or a gerund ("of"-object, or object of an -ing form that is not a clause's verb):
a finite verb's object ("will start talks") is read by the clause chain already. Word lists in
data/mood.yaml (onset_words, completion_words, completed_acts, onset_topic_nouns, talk_verbs,
talk_heads, topic_preps).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_words import word_lists

__all__ = ["onset_of", "weighed_onset"]

# an -ing form that names an act rather than heads a clause of its own: "the issue of
# finalizing an agreement", "suggested holding a meeting"
_NOMINAL_DEPS = frozenset({"pcomp", "pobj", "dobj", "nsubj", "nsubjpass"})



def _onset_word(tok: Token, category: str | None) -> bool:
    onsets, completions, completed = word_lists(
        "mood", "onset_words", "completion_words", "completed_acts")
    words = onsets | completions if category in completed else onsets
    return tok.lemma_.lower() in words or tok.lower_ in words


def onset_of(noun: Token, category: str | None) -> Token | None:
    """The onset noun or gerund that brings the event noun about: "the resumption of talks",
    "the start of peace negotiations"; for an agreement (``category`` in completed_acts) also
    one that completes it: "finalizing a comprehensive agreement", "the signing of the deal"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = first_conjunct(noun)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        onset = head.head
        if onset.pos_ == "NOUN" and _onset_word(onset, category):
            return onset
    if tok.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ in _NOMINAL_DEPS and (
            _onset_word(head, category)):
        return head
    return None


def weighed_onset(onset: Token) -> bool:
    """The onset is what talks are about: the object of a talk verb ("discussed the resumption
    of talks"), a topic of talks ("talks on the revival of negotiations"), directly or through a
    topic noun ("discussed the issue of finalizing an agreement")."""
    topics, verbs, heads, preps = word_lists(
        "mood", "onset_topic_nouns", "talk_verbs", "talk_heads", "topic_preps")
    tok = first_conjunct(onset)
    of = tok.head
    if tok.dep_ in ("pobj", "pcomp") and of.lower_ == "of" and of.head.i != of.i and (
            of.head.lemma_.lower() in topics):
        tok = first_conjunct(of.head)  # "the issue of finalizing", "the question of resuming"
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return True
    if tok.dep_ == "pobj" and head.lower_ in preps and head.head.i != head.i:
        gov = head.head
        return (gov.pos_ == "VERB" and gov.lemma_.lower() in verbs) or (
            gov.pos_ in ("NOUN", "PROPN") and (gov.lemma_.lower() in heads or gov.lower_ in heads))
    return False
