"""Places, turn 18 (helper geo36): a month of another calendar or a feast day ("Muharram",
"Mehr", "Christmas") is the month or the feast, not a village that bears it as another name (or as
its own), unless a container follows ("Christmas, Florida"); longer names that hold it ("Christmas
Island") and the towns of the story keep theirs. Own sentences, a hand-made gazetteer slice, no
model."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

ENTRIES = [
    place_entry("country:IRN", "Iran", 32.0, 53.0, "IRN", 0, 85_000_000),
    place_entry("country:SYR", "Syria", 35.0, 38.5, "SYR", 0, 18_000_000),
    place_entry("country:IRQ", "Iraq", 33.0, 44.0, "IRQ", 0, 40_000_000),
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("country:AUS", "Australia", -25.0, 134.0, "AUS", 0, 26_000_000),
    place_entry("region:US.FL", "Florida", 28.0, -81.7, "USA", 1, 21_000_000, "US.FL"),
    # a Syrian village that bears the Islamic month as another of its names
    place_entry("geonames:170001", "Mukharram al Fawqani", 34.82, 37.08, "SYR", 3, 9_000, "SY.12",
                aliases=["Muharram"]),
    # an Iranian town that bears the Persian month as another name, a hamlet that bears it as its own
    place_entry("geonames:124001", "Mohr", 27.55, 52.88, "IRN", 3, 7_800, "IR.07", aliases=["Mehr"]),
    place_entry("geonames:124002", "Mehr", 36.1, 58.9, "IRN", 3, 1_100, "IR.42"),
    place_entry("geonames:124003", "Shiraz", 29.61, 52.54, "IRN", 3, 1_500_000, "IR.07"),
    place_entry("geonames:99001", "Karbala", 32.62, 44.02, "IRQ", 3, 700_000, "IQ.12", aliases=["Kerbala"]),
    # a Florida town named for the feast; an island that holds the feast's name in a longer one
    place_entry("geonames:4151001", "Christmas", 28.54, -81.02, "USA", 3, 1_100, "US.FL"),
    place_entry("country:CXR", "Christmas Island", -10.49, 105.62, "CXR", 0, 1_800),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("geo36"), ENTRIES)


def test_a_month_of_the_islamic_calendar_is_no_village(gaz):
    text = ("Pilgrims from Iran and Syria travel to Kerbala in Iraq during Muharram, when the "
            "mourning processions fill the streets.")
    got = resolve_names(gaz, text, ["Iran", "Syria", "Kerbala", "Iraq", "Muharram"])
    assert got[4] is None
    # control: the town named beside it keeps its reading by another name
    assert got[2] is not None and got[2].name == "Karbala"


def test_a_persian_month_is_no_town_by_either_name(gaz):
    text = "The carpet fair opens in Shiraz, Iran in Mehr, the seventh month of the Iranian year."
    got = resolve_names(gaz, text, ["Shiraz", "Iran", "Mehr"])
    assert got[2] is None
    assert got[0] is not None and got[0].name == "Shiraz"


def test_a_feast_is_no_town_but_its_container_makes_it_one(gaz):
    text = "Shops across Florida stayed open late before Christmas this year."
    got = resolve_names(gaz, text, ["Florida", "Christmas"])
    assert got[1] is None
    # control: a container names the town
    text = "A small brush fire burned near Christmas, Florida on Tuesday."
    got = resolve_names(gaz, text, ["Christmas", "Florida"])
    assert got[0] is not None and got[0].name == "Christmas"


def test_a_longer_name_that_holds_a_feast_keeps_its_place(gaz):
    text = "Australia flew the asylum seekers to Christmas Island on Friday."
    got = resolve_names(gaz, text, ["Australia", "Christmas Island"])
    assert got[1] is not None and got[1].name == "Christmas Island"
