"""What a gathering is held to do, done by holding it.

"The ministers held a phone conversation late on Monday to discuss the crisis", "will hold a
meeting next week to review the plan": the talking over is the gathering's own act, so its
infinitive takes the gathering noun's status (held, planned, only proposed), not that of an aim
("efforts to end the war"). Only the acts done by meeting (data/mood.yaml gathering_purposes)
after the gathering and journey nouns (scene_nouns): an outcome the meeting aims at ("talks to
reach a deal") stays an aim.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_nouns import infinitive_of_noun
from sitroom.components.event_words import word_lists

__all__ = ["gathering_of"]


def gathering_of(verb: Token) -> Token | None:
    """The gathering noun whose to-infinitive ``verb`` is, when the verb is done by meeting."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = infinitive_of_noun(verb)
    if noun is None:
        return None
    scenes, purposes = word_lists("mood", "scene_nouns", "gathering_purposes")
    if noun.lemma_.lower() not in scenes and noun.lower_ not in scenes:
        return None
    tok = verb  # each conjunct up to the noun must be done by meeting ("to discuss and sign")
    while True:
        if tok.lemma_.lower() not in purposes:
            return None
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return noun
