"""A speaker's hedge on their own saying, and acts that trying performs, turn 28 (model-marked:
real parses). The sentences are written for these tests, not taken from any corpus or gold file.

"I would like to say that ...", "you can see that ...", "let me stress that ...": the first- or
second-person speaker's modal or wish belongs to the saying; the clause said keeps its own mood.
A third party's modal saying, a negated one, and a modal in the clause itself still count.
Accusing, blaming and pressing are done in the trying ("are trying to accuse us").
"""

from __future__ import annotations

import pytest
from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text, word, expected", [
    ("I would like to say that during the prime minister's visit to Oslo, the two sides signed a "
     "fishing accord.", "visit", "occurred"),
    ("You can clearly see that in 2019 Chile and Peru agreed on a border treaty.", "agreed",
     "occurred"),
    ("We must stress that the army withdrew from the valley last spring.", "withdrew", "occurred"),
    ("Let me remind you that Ecuador expelled two diplomats in March.", "expelled", "occurred"),
    ("I want to say that the rebels attacked the convoy on Sunday.", "attacked", "occurred"),
    # the clause's own future still counts
    ("I would like to say that Norway will visit Chile next year.", "visit", "planned"),
])
def test_a_speakers_hedge_does_not_hedge_what_is_said(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a third party's modal saying weighs what is said
    ("Bolivia may say that its army attacked the border post.", "attacked", "hypothetical"),
    # a negated hedge leaves the act in doubt
    ("I cannot say that the rebels attacked the convoy.", "attacked", "hypothetical"),
])
def test_controls_keep_their_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The minister said the Kenyans are trying every day to accuse Uganda of smuggling.", "accuse",
     "ongoing"),
    ("The army has been trying to pressure the militia to leave the town.", "pressure", "ongoing"),
])
def test_accusing_and_pressing_are_done_in_the_trying(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    ("Police tried to arrest the protest leader on Monday.", "arrest"),
    ("The envoys tried to reach a deal before the deadline.", "deal"),
])
def test_trying_other_acts_still_does_not_do_them(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"
