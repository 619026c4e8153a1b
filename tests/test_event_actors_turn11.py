"""Who did what to whom, turn 11: a company or a union is not its country (model-marked: real
parses, hand-marked actors, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def test_a_union_leader_is_not_his_country():
    events = coded("Canada's top union leader joined a hunger strike by miners on Monday.",
                   actors={"Canada": "CAN"}, published=PUB)
    assert "CAN" not in event_with(events, "strike").actors, listed(events)
    # a state office named the same way still acts for its country
    events = coded("Canada's foreign minister condemned the attack on Monday.",
                   actors={"Canada": "CAN"}, published=PUB)
    assert event_with(events, "condemned").actors == ("CAN",), listed(events)


def test_a_company_named_with_its_country_is_not_the_country():
    events = coded("Canada's Maple Investment Holding has signed an agreement with Mexico.",
                   actors={"Canada": "CAN", "Mexico": "MEX"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    events = coded("The Canadian tech giant threatened to sue Mexico on Monday.",
                   actors={"Canadian": "CAN", "Mexico": "MEX"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    # a state body named after its country still is the country
    events = coded("Canada's National Security Council condemned Mexico on Monday.",
                   actors={"Canada": "CAN", "Mexico": "MEX"}, published=PUB)
    assert event_with(events, "condemned").actors == ("CAN",), listed(events)


PEOPLE = {"HART": "person", "MILLS": "person", "JONES": "person"}


def test_a_later_act_with_new_parties_is_another_act():
    # "Zarif and Prystaiko met on Saturday ... On Friday, Zarif also met with Trudeau"
    events = coded("Hart and Mills met in Paris on Saturday. On Friday, Hart also met Jones.",
                   actors={"Hart": "HART", "Mills": "MILLS", "Jones": "JONES"}, kinds=PEOPLE,
                   published=PUB)
    together = [e for e in events if "MILLS" in e.actors]
    assert together and all("JONES" not in e.targets for e in together), listed(events)
    assert any(e.targets == ("JONES",) for e in events), listed(events)
    # a later mention naming no new party is still the same act
    events = coded("Hart visited Canada on Monday. The visit by Hart was his first.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE, published=PUB)
    visits = [e for e in events if e.type == "CONSULT"]
    assert len(visits) == 1 and len(visits[0].mentions) == 2, listed(events)
