"""Eventness, turn 15 (model-marked: real parses). The sentences are written for these tests, not
taken from any corpus or gold file.

A story that leans to sport (three distinct sport words, what already makes it a sports story for
club names, and no party the actor dictionary knows but countries and outlets) codes no event in a
sentence with one sport word unless a political party acts in it: a player who "couldn't have
asked to play better in my matches" asks nobody for anything. Sport words written with a hyphen
("line-up", "fly-half") are matched although the tokenizer splits them, and a draw's seeds make a
story a sports story ("rallied well in the second set" is no protest)."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


# -- a story that leans to sport: one sport word in a sentence is enough ---------------------------

_TENNIS = ("Marta Olsen reached the last eight of the Brisbane tournament on Tuesday with a 6-3 6-1 "
           "win over the defending champion. ")


@pytest.mark.parametrize("text", [
    _TENNIS + "\"I couldn't have asked to play better in my first two matches,\" Olsen said.",
    _TENNIS + "Olsen refused to commit her future to the club she joined last year.",
])
def test_a_sentence_with_one_sport_word_in_a_sports_story_codes_no_event(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "REQUEST", "ask") and not _triggered(events, "REJECT", "refus"), \
        listed(events)


@pytest.mark.parametrize("text", [
    # the same sentence outside a sports story
    "\"I couldn't have asked for a better partner in these talks,\" Olsen said of the envoy, and "
    "she asked the council to approve the plan.",
    # a story with two sport words does not lean to sport: a race is an election here
    "Moore lost the Senate race in December. Moore had not conceded the race to Jones by Friday, "
    "and he asked the state's election officials to recount the votes.",
])
def test_outside_a_sports_story_the_request_stays(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "REQUEST", "ask"), listed(events)


def test_a_political_party_in_a_sports_story_keeps_its_event(real_nlp):
    # (a country would be a team in sport talk: a body of states is not)
    text = (_TENNIS + "The European Union asked the tournament's organisers to move the final to "
            "a neutral venue.")
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "REQUEST", "ask"), listed(events)


@pytest.mark.parametrize("text", [
    # a party the dictionary knows (an armed group) elsewhere in the story
    "The Taliban criticised the new cabinet on Monday. Speaking in Sochi, Sergei Lavrov urged "
    "regional players to end their rivalry. The race for influence in Central Asia is no game, he "
    "said.",
    # a person who holds a state's office
    "Speaking in Sochi, Russian Foreign Minister Sergei Lavrov urged regional players to end their "
    "rivalry. The race for influence in Central Asia is no game, he said.",
])
def test_a_political_story_with_sport_words_keeps_its_events(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "REQUEST", "urg"), listed(events)


@pytest.mark.parametrize("text", [
    "Second seed Anna Berg beat an unseeded qualifier 6-2 6-4. Seeded players had a good day at "
    "the championship, and the defending champion won her match. Her opponent rallied well in "
    "the second set but could not come back.",
])
def test_a_draw_with_seeds_is_a_sports_story(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "PROTEST", "rall"), listed(events)


def test_hyphened_cue_words_are_read_as_written():
    import spacy

    from sitroom.components.event_domain import cue_words

    doc = spacy.blank("en")("He made the line-up and the semi-finals, a well - known fly-half.")
    for t in doc:
        t.lemma_ = "final" if t.lower_ == "finals" else t.lower_
    words = cue_words(doc)
    assert {"line-up", "semi-final", "semi-finals", "fly-half"} <= words
    assert "well-known" not in words  # spaced hyphens join nothing


def test_lean_cues_are_validated():
    from sitroom.components.event_domain import DomainError, load

    with pytest.raises(DomainError, match="lean_cues"):
        load("domains:\n  sport:\n    min_cues: 2\n    doc_min_cues: 3\n    lean_cues: 3\n    words: [game]\n")
    dom = load("domains:\n  sport:\n    min_cues: 2\n    doc_min_cues: 5\n    lean_cues: 3\n    words: [game]\n")
    assert dom["sport"].lean_cues == 3
