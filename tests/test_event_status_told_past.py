"""An act told in a past tense is done, even when its weekday falls on the day after the
publication date (a wire story stamped in an earlier time zone, or a Sunday stamp on a Monday
report): occurred, not planned. Real parses, the full pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with

pytestmark = pytest.mark.model

SUNDAY = "2021-08-01"


def _event(nlp, text: str, word: str):
    return event_with(dated_events(nlp, text, SUNDAY), word)


@pytest.mark.parametrize("text, word", [
    ("The rebels attacked the town on Monday.", "attacked"),
    ("The senate has approved the bill on Monday.", "approved"),
    ("Militants stormed a police post early on Monday, officials said.", "stormed"),
])
def test_a_past_tense_act_on_the_next_day_stays_occurred(real_nlp, text, word):
    event = _event(real_nlp, text, word)
    assert event.status == "occurred"
    assert event.date is not None and event.date.start == "2021-08-02"


@pytest.mark.parametrize("text, word", [
    ("The rebels will attack the town on Monday.", "attack"),
    ("Police are to arrest the two suspects on Monday, officials said.", "arrest"),
])
def test_an_act_ahead_on_the_next_day_is_planned(real_nlp, text, word):
    assert _event(real_nlp, text, word).status == "planned"
