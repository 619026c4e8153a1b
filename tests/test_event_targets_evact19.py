"""Whom an act is aimed at, turn 36 (evact19): a doer's own country that the object or a
prepositional phrase names only as the owner of a thing ("insisted on Norway's call", "praised
Norway's commitment", "opposed Norwegian funding") is not whom the act is done to. Controls:
the doer's country as the object itself ("urged Norwegians", "asked Oslo"), modifying people
("apologized to the Norwegian people") or land ("took over Norwegian towns"), and another country's
thing ("criticized Sweden's plan") stay targets (sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
ACTORS = {"Ola Berg": "person:ola-berg", "Norway": "NOR", "Norwegian": "NOR", "Norwegians": "NOR",
          "Oslo": "NOR", "Sweden": "SWE"}
KINDS = {"person:ola-berg": "person"}
COUNTRIES = {"person:ola-berg": "NOR"}


def _coded(text: str):
    return coded(text, actors={k: v for k, v in ACTORS.items() if k in text}, kinds=KINDS,
                 countries=COUNTRIES, published=PUB)


def test_insisting_on_the_own_countrys_call_is_not_aimed_at_it():
    events = _coded("Ola Berg insisted on Norway's call for a ceasefire in the region.")
    assert "NOR" not in event_with(events, "insisted").targets, listed(events)


def test_praising_the_own_countrys_commitment_is_not_aimed_at_it():
    events = _coded("Ola Berg praised Norway's commitment to closer trade ties with Sweden.")
    assert "NOR" not in event_with(events, "praised").targets, listed(events)


def test_opposing_the_own_countrys_funding_is_not_aimed_at_it():
    events = _coded("Ola Berg has long opposed Norwegian funding for the development banks.")
    assert "NOR" not in event_with(events, "opposed").targets, listed(events)


def test_urging_the_own_people_is_aimed_at_them():
    # control: the country is the object itself
    events = _coded("Ola Berg urged Norwegians to stay calm during the storm.")
    assert event_with(events, "urged").targets == ("NOR",), listed(events)


def test_apologizing_to_the_own_people_is_aimed_at_them():
    # control: the country modifies a noun of people
    events = _coded("Ola Berg apologized to the Norwegian people for the delays.")
    assert event_with(events, "apologized").targets == ("NOR",), listed(events)


def test_another_countrys_plan_keeps_its_owner():
    # control: the owner is not the doer's country
    events = _coded("Ola Berg criticized Sweden's plan for a new border fence.")
    assert event_with(events, "criticized").targets == ("SWE",), listed(events)
