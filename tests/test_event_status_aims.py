"""Event status, turn 13: an act that is only aimed at is hypothetical: the complement of "aimed
at" and the act a causing verb in an aim would bring about ("the move to get Jones to step down");
a causing verb reported, or an act the aim would end, leaves the act done. Real parses, the full
pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


@pytest.mark.parametrize("text, word", [
    ("The new measures are aimed at reaching a deal with the rebels.", "deal"),
    ("The sanctions are aimed at forcing Iran's leaders to hold talks with the president.", "talks"),
    ("The campaign was aimed at getting the governor to resign.", "resign"),
    ("Senator Smith was active in the move to get Jones to step down.", "step down"),
    ("Brazil sent an envoy to Caracas to persuade the opposition to hold talks.", "talks"),
])
def test_an_act_only_aimed_at_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # the causing verb is reported: the act it caused was done
    ("The pressure forced the general to resign.", "resign"),
    ("The campaign succeeded in getting the governor to resign.", "resign"),
    ("The envoy managed to persuade the opposition to hold talks.", "talks"),
    # what the aim would end exists
    ("The talks aimed at ending the war were held in Doha.", "war"),
    # the act that has the aim was made
    ("The talks aimed at ending the war were held in Doha.", "talks"),
])
def test_an_act_caused_or_ended_by_a_reported_act_stays_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
