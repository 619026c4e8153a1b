"""Event status, turn 14: an act that talks are about is only weighed (hypothetical), one that an
agreement is about lies ahead (planned); real parses, the full pipeline; sentences written for
these tests, each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word", [
    ("Delegations from Armenia and Azerbaijan held talks on a prisoner swap and the pullout of troops.",
     "pullout"),
    ("Negotiations over the withdrawal of Turkish troops resumed in Geneva.", "withdrawal"),
    ("On Monday the discussions mainly revolved around the withdrawal of foreign forces, an aide said.",
     "withdrawal"),
    ("Yesterday's round of talks covered a French pullout and an amnesty, according to the rebels.",
     "pullout"),
    ("The union bargains with the ministry over the release of jailed strikers.", "release"),
])
def test_an_act_that_talks_are_about_has_not_taken_place(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


def test_an_act_that_an_agreement_is_about_lies_ahead(real_nlp):
    text = "The two governments agreed on the withdrawal of troops from the border zone."
    assert status_of(real_nlp, text, "withdrawal", PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    # a release that was negotiated was won
    ("Mediators from Qatar negotiated the release of eleven hostages last week.", "release"),
    # an attack that is discussed mostly took place
    ("Iran and Oman discussed the attack on the tanker in the Gulf.", "attack"),
    # what a talk verb takes as its object may be in force already
    ("The generals met on Sunday to discuss the ceasefire in the south.", "ceasefire"),
    # talks held after the act do not make the act a topic
    ("The army withdrew from the valley after talks with the tribal elders.", "withdrew"),
])
def test_acts_done_or_discussed_after_they_happened_stay_done(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
