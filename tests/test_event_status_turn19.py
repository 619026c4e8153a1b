"""Event status, turn 19 (evst27): the status of an event noun that a party arranges. Talks a
party has arranged lie ahead ("has arranged direct talks": planned), but a tally of the talks
arranged so far counts talks already held, and a plain past narration ("the embassy arranged a
meeting between the two men") tells of a meeting that took place: occurred. Each rule with its
controls; real parses, the full pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2022-05-10"


def _statuses(nlp, text: str, word: str) -> list[str]:
    """The statuses of the events whose trigger contains ``word`` (none when the act is not coded)."""
    return [e.status for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize("text, word", [
    # a tally of what was arranged so far: those talks were held
    ("Norway, Qatar and Egypt have arranged four rounds of talks between the rebels and the army "
     "in Doha so far.", "talks"),
    ("Thus far, Oman has arranged three meetings between the envoys of the two countries.",
     "meetings"),
    ("To date, the Swiss have arranged two rounds of negotiations between the rival factions.",
     "negotiations"),
    # a plain past narration with nothing ahead: the meeting took place
    ("Court papers show the embassy in Paris arranged a meeting between Karimov and the "
     "smugglers.", "meeting"),
    ("The Swiss mission arranged a meeting between the two envoys, the diplomat recalled.",
     "meeting"),
])
def test_talks_arranged_so_far_or_narrated_were_held(real_nlp, text, word):
    assert _statuses(real_nlp, text, word) == ["occurred"]


@pytest.mark.parametrize("text, word", [
    # arranged and standing: the talks lie ahead
    ("Qatar has arranged direct talks between Washington and the rebels on March 3.", "talks"),
    ("Oman has already arranged a meeting between the two envoys.", "meeting"),
    ("The troika has arranged peace talks between the government and the rebels, due to take "
     "place in Astana.", "talks"),
    # a plain past with a word that puts the talks ahead
    ("The ministry arranged talks between the two parties for next week.", "talks"),
    ("On Friday the ministry arranged talks between the two parties.", "talks"),
    # an infinitive of an agreement, and "scheduled": still ahead
    ("Turkey agreed to arrange a meeting between the two presidents in the near future.",
     "meeting"),
    ("The ministry scheduled a meeting between the two envoys.", "meeting"),
])
def test_talks_arranged_ahead_stay_planned(real_nlp, text, word):
    assert _statuses(real_nlp, text, word) == ["planned"]


@pytest.mark.parametrize("text, word, expected", [
    # "so far" in a future clause is no tally
    ("Oman will arrange a meeting between the envoys so far as it can.", "meeting", "planned"),
    # talks held so far were already occurred without the rule
    ("The committee has held fifteen meetings so far.", "meetings", "occurred"),
])
def test_tally_words_elsewhere(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]
