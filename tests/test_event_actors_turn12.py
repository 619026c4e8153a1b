"""Who did it, turn 12: a possessive in a conjoined verb's phrase is its first conjunct's subject's,
not an earlier man's (model-marked: real parses, hand-marked actors, sentences written for these
tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:ruto": "person", "person:ames": "person", "person:kowalski": "person"}


def test_his_after_a_conjoined_verb_is_the_shared_subjects_not_an_earlier_mans():
    events = coded("Ruto met Ames in Nairobi on Monday. Kowalski also visited Warsaw last week and "
                   "briefed officials on his talks there.",
                   actors={"Ruto": "person:ruto", "Ames": "person:ames", "Kowalski": "person:kowalski"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "talks").actors == ("person:kowalski",), listed(events)


def test_his_after_a_conjoined_verb_with_an_unknown_subject_is_no_earlier_man():
    events = coded("Ruto met Ames in Nairobi on Monday. Volcker enjoys wide respect abroad and is "
                   "admired in Tokyo, despite his criticism of Japanese trade policies.",
                   actors={"Ruto": "person:ruto", "Ames": "person:ames"}, kinds=PEOPLE, published=PUB)
    assert not {"person:ruto", "person:ames"} & set(event_with(events, "criticism").actors), listed(events)


def test_a_judge_or_court_is_not_its_country():
    events = coded("A Canadian federal court judge on Monday sided with the premier in the dispute.",
                   actors={"Canadian": "CAN"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    events = coded("A Canadian court ordered Mexico to pay the fine on Monday.",
                   actors={"Canadian": "CAN", "Mexico": "MEX"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    # a ministry named the same way still acts for its country
    events = coded("Canada's foreign ministry ordered Mexico to pay the fine on Monday.",
                   actors={"Canada": "CAN", "Mexico": "MEX"}, published=PUB)
    assert event_with(events, "ordered").actors == ("CAN",), listed(events)


def test_a_mayor_is_not_his_country():
    events = coded("Canada's best-known mayor called for a boycott of the summit on Monday.",
                   actors={"Canada": "CAN"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    # the country's leader named the same way is the country
    events = coded("Canada's prime minister called for a boycott of the summit on Monday.",
                   actors={"Canada": "CAN"}, published=PUB)
    assert event_with(events, "called for").actors == ("CAN",), listed(events)


def test_a_state_does_not_resign():
    events = coded("A senior Canadian official stepped down on Monday after a month on the job.",
                   actors={"Canadian": "CAN"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    # a person who resigns is the doer
    events = coded("Hart stepped down on Monday after a month on the job.",
                   actors={"Hart": "HART"}, kinds={"HART": "person"}, published=PUB)
    assert event_with(events, "stepped").actors == ("HART",), listed(events)
    # a state can still quit a union or a treaty
    events = coded("Canada quit the alliance on Monday.", actors={"Canada": "CAN"}, published=PUB)
    assert event_with(events, "quit").actors == ("CAN",), listed(events)
