"""Who did what, turn 17: a name that the gazetteer also knows as a town, but that the reader
takes for a company or a person ("Kellogg's has targeted ...", where Kellogg is also an Idaho
town), is that body or person: the act is not the town's country's. A town read as a place, and a
country's name, keep standing for the country. A town that only the gazetteer knows, named before
an act noun ("the Hilla battle"), is where the act happens, not its doer. Model-parsed sentences
written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed, parties_of

PUB = "2024-03-01"


def _parties(text: str, word: str, places: dict[str, tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parties_of(text, word, places=places, published=PUB)


@pytest.mark.model
def test_a_company_named_like_a_town_is_not_the_towns_country():
    text = "Kellogg's has targeted the youth market for years with its television adverts."
    events = coded(text, places={"Kellogg": ("geonames:1", "USA")}, published=PUB)
    ev = event_with(events, "targeted")
    assert "USA" not in ev.actors, listed(events)
    actors, _ = _parties("Kellogg's accused the regulator of bias on Tuesday.", "accused",
                         {"Kellogg": ("geonames:1", "USA")})
    assert "USA" not in actors


@pytest.mark.model
def test_a_person_named_like_a_town_is_not_the_towns_country():
    actors, _ = _parties("Senator Tom Jackson accused the governor of wasting public money.", "accused",
                         {"Tom Jackson": ("geonames:3", "USA")})
    assert "USA" not in actors
    actors, _ = _parties("Jackson accused the governor of wasting public money.", "accused",
                         {"Jackson": ("geonames:3", "USA")})
    assert "USA" not in actors


@pytest.mark.model
def test_a_town_read_as_a_place_and_a_country_keep_their_country():
    # controls: a town the reader takes for a place stands for its country as the doer, and so
    # does a country's name
    actors, _ = _parties("On Monday, Gaza fired rockets at the border town.", "fired",
                         {"Gaza": ("geonames:4", "PSE")})
    assert actors == ("PSE",)
    actors, _ = _parties("Gaza accused Israel of blocking the aid convoys.", "accused",
                         {"Gaza": ("geonames:4", "PSE")})
    assert actors == ("PSE",)
    actors, _ = _parties("Peru accused Chile of hiding the suspect.", "accused",
                         {"Peru": ("geonames:5", "PER")})
    assert "PER" in actors


@pytest.mark.model
def test_a_town_before_an_act_noun_is_where_not_who():
    # a name that only the gazetteer knows, as a town, before an act noun is where it happens
    events = coded("Stories of the Hilla battle are told by men and boys across Iraq every year.",
                   actors={"Iraq": "IRQ"}, places={"Hilla": ("geonames:6", "IRQ")}, published=PUB)
    ev = event_with(events, "battle")
    assert "IRQ" not in ev.actors, listed(events)
    events = coded("The Tarin Kot withdrawal was completed on Friday, Afghan officials said.",
                   actors={"Afghan": "AFG"}, places={"Tarin Kot": ("geonames:7", "AFG")}, published=PUB)
    ev = event_with(events, "withdrawal")
    assert "AFG" not in ev.actors, listed(events)


@pytest.mark.model
def test_a_country_a_capital_and_an_owner_keep_their_parts():
    # controls: a country before the act noun, a capital the actor dictionary reads as its
    # government, and the named owner of an act with a town before it
    actors, _ = parties_of("The Russian withdrawal from Kherson was completed on Friday.", "withdrawal",
                           actors={"Russian": "RUS"}, published=PUB)
    assert actors == ("RUS",)
    actors, _ = parties_of("The Beijing crackdown on the protesters drew wide criticism.", "crackdown",
                           actors={"Beijing": "CHN"}, metonyms=frozenset({"Beijing"}), published=PUB)
    assert actors == ("CHN",)
    events = coded("Syria's Hilla offensive began on Monday.", actors={"Syria": "SYR"},
                   places={"Hilla": ("geonames:6", "IRQ")}, published=PUB)
    ev = event_with(events, "offensive")
    assert ev.actors == ("SYR",), listed(events)
