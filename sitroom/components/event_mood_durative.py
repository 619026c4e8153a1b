"""A lasting activity that a present clause speaks of is going on (used by ``event_mood``): "Flynn
is a key witness in a state investigation", "Smith, who is facing an investigation",
"as the war drags into its tenth year", "enablers of the Indian
occupation". Only nouns of activities that last (data/mood.yaml durative_acts), and not one the
noun phrase places in the past or dates ("the 1980-88 war", "the previous inquiry"): the present
clause then speaks of its memory, not of the act."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_nouns import clause_verb
from sitroom.components.event_mood_words import PRESENT_BE
from sitroom.components.event_words import word_lists

__all__ = ["present_clause", "running_now"]

_PRESENT = frozenset({"VBP", "VBZ"})
_TIME_PREPS = frozenset({"after", "before", "since", "until", "following"})


def running_now(noun: Token) -> bool:
    """The noun names a lasting activity, undated, in a clause whose verb is in the present."""
    durative, earlier = word_lists("mood", "durative_acts", "past_modifiers")
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in durative:
        return False
    # (a date anywhere in its phrase: "the war, which began in 2001", "the 1980-88 war"; not
    # one inside what the act is about: "an investigation into the 2016 election")
    if any((c.ent_type_ == "DATE" and not _in_topic(c, noun)) or (c.i < noun.i and c.like_num) or (
            c.head.i == noun.i and c.lower_ in earlier) for c in noun.subtree):
        return False
    verb = clause_verb(noun)
    return verb is not None and _present(verb) and not _timed(noun, verb)


_TOPIC_PREPS = frozenset({"into", "of", "on", "over", "about", "regarding", "concerning"})


def _in_topic(tok: Token, noun: Token) -> bool:
    """The token lies inside a topic phrase of the noun's ("a probe into meddling in the 2016
    election", "an inquiry led by Smith into whether aides lied in 2016"), deeper than the
    phrase's own object ("the war of 1812" is dated by it)."""
    while tok.i != noun.i and tok.head.i != tok.i:
        head = tok.head
        if head.dep_ == "prep" and head.lower_ in _TOPIC_PREPS and not (
                tok.dep_ == "pobj" and tok.ent_type_ == "DATE"):
            return True
        tok = head
    return False


def _timed(noun: Token, verb: Token) -> bool:
    """The noun sets the time of the clause ("17 years after the American occupation", "since
    the war"): the present speaks of what came after it, not of the act."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _TIME_PREPS:
            return True
    return False


def present_clause(verb: Token) -> bool:
    """A simple present, or a present progressive or passive, with no modal or perfect."""
    return _present(verb)


def _present(verb: Token) -> bool:
    """A simple present ("is", "remains", "faces") or a present progressive or passive ("is
    facing", "are seen"), with no modal or perfect auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return False
    if verb.tag_ in _PRESENT and not auxes:
        return True
    return verb.tag_ in ("VBG", "VBN") and any(a.lower_ in PRESENT_BE for a in auxes)
