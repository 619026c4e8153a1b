"""Eventness, turn 15 round 2 (model-marked: real parses). The sentences are written for these
tests, not taken from any corpus or gold file.

A story that leans to sport (three distinct sport words and no party the actor dictionary knows
but countries and outlets) talks of its players' careers in sentences that name no sport word as
well: "said yes to too many invitations", "left her post as the club's president" code no event
there. An entertainment story that leans the same way keeps one cue word per sentence as its test:
its other sentences may report a star's lawsuit, which is an act."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

from sitroom.components.event_domain import DomainError, domains, load

pytestmark = pytest.mark.model

PUB = "2024-03-01"

_TENNIS = ("Marta Olsen reached the last eight of the Brisbane tournament on Tuesday with a 6-3 6-1 "
           "win over the defending champion, her best match of the season. ")


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


@pytest.mark.parametrize("text, category, stem", [
    (_TENNIS + "\"Getting back to training was hard because I accepted too many invitations this "
               "winter,\" said Olsen.", "AGREE", "accept"),
    (_TENNIS + "Her mentor, Pia Lund, stepped down as president of the academy in May.", "RETREAT",
     "step"),
])
def test_a_sentence_without_sport_words_in_a_sports_story_codes_no_event(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, category, stem), listed(events)


@pytest.mark.parametrize("text, category, stem", [
    # a story with two sport words does not lean to sport: the resignation is reported
    ("Pia Lund, who won the race for the party's leadership last year, stepped down as its "
     "president in May. She said the campaign had been no game.", "RETREAT", "step"),
    # a political party named in the sports story keeps it political
    (_TENNIS + "The European Union accepted the organisers' invitation to send observers.",
     "AGREE", "accept"),
])
def test_outside_a_leaning_sports_story_the_event_stays(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, category, stem), listed(events)


def test_an_entertainment_story_keeps_a_lawsuit_in_a_sentence_without_its_words(real_nlp):
    text = ("The singer's new album and her film debut made her the best-known actress of the year. "
            "Ms Dale's lawsuit, filed last week, accuses Mr Varga of fraud and negligence.")
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "ACCUSE", "accus"), listed(events)


def test_lean_sentence_cues_are_read_and_validated():
    assert domains()["sport"].lean_sentence_cues == 0
    assert domains()["entertainment"].lean_sentence_cues == 1
    base = "domains:\n  sport:\n    min_cues: 2\n    doc_min_cues: 5\n    lean_cues: 3\n    words: [game]\n"
    assert load(base)["sport"].lean_sentence_cues == 1  # the default
    for bad in ("3", "-1", "true", "one"):
        with pytest.raises(DomainError, match="lean_sentence_cues"):
            load(base + f"    lean_sentence_cues: {bad}\n")
