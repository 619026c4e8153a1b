"""Event status, turn 12 round 3: a concessive "even if" leaves its governor's mood alone; "in the
event that" and "in case" put a case like "if"; a plain present of holding ground states what
lasts (real parses, the full pipeline; sentences written for these tests, each rule with its
controls)."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def test_the_act_held_even_if_a_case_comes_is_not_hypothetical(real_nlp):
    text = "Belarus will continue cooperating with Cuba even if Canada pulls out of the trade pact."
    assert status_of(real_nlp, text, "cooperating", PUB) in ("planned", "ongoing")
    # the case itself is still only put
    assert status_of(real_nlp, text, "pulls out", PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # a plain condition: the act waits on it
    ("Japan will send troops if a war breaks out on the peninsula.", "send"),
    # "would" keeps its own mood under "even if"
    ("Even if the EU joins the sanctions, China would continue to support the accord.", "support"),
])
def test_an_act_under_a_plain_condition_or_would_stays_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("The treaty will remain in force even in the event that Canada withdraws from it.", "withdraws"),
    ("The navy will escort the tankers in case Iran attacks them.", "attacks"),
])
def test_an_act_in_the_event_that_or_in_case_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # "in the event" as "as it turned out", and a case already named
    ("In the event, the rebels attacked the town before dawn.", "attacked"),
    ("In this case the army attacked the village at dawn.", "attacked"),
])
def test_a_told_act_after_in_the_event_or_in_this_case_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    ("The United States stations 12,000 troops in Poland.", "stations"),
    ("Armenia, which occupies the hills east of the river, rejected the plan.", "occupies"),
])
def test_a_plain_present_of_holding_ground_is_ongoing(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "ongoing"


@pytest.mark.parametrize("text, word, expected", [
    ("Turkey occupied the north of the island in 1974.", "occupied", "occurred"),
    ("Russia will occupy the city within days.", "occupy", "planned"),
    # another verb in the plain present keeps its reading
    ("Turkey, which opposes the plan, rejected the offer.", "rejected", "occurred"),
])
def test_a_past_or_future_of_holding_ground_keeps_its_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


def test_an_act_in_an_event_with_adjectives_is_hypothetical(real_nlp):
    text = ("The envoy believes the accord will survive even in the most unlikely event that Canada "
            "withdraws from it.")
    assert status_of(real_nlp, text, "withdraws", PUB) == "hypothetical"
