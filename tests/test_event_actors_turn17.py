"""Who did what, turn 17: a name that the gazetteer also knows as a town, but that the reader
takes for a company or a person ("Kellogg's has targeted ...", where Kellogg is also an Idaho
town), is that body or person: the act is not the town's country's. A town read as a place, and a
country's name, keep standing for the country. Model-parsed sentences written for these tests."""

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
