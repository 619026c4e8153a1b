"""A county the story names and a town of another name that lies in it vouch for each other
(issue 11, local stories): a lone "Paris" beside "Henry County" is Paris, Tennessee."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer




ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:FRA", "France", 46.0, 2.0, "FRA", 0, 67_000_000),
    place_entry("region:US.OH", "Ohio", 40.4, -82.7, "USA", 1, 11_700_000, "US.OH"),
    place_entry("region:US.TN.079", "Henry County", 36.31, -88.32, "USA", 2, 10_800, "US.TN"),
    place_entry("region:US.GA.151", "Henry County", 33.45, -84.17, "USA", 2, 65_000, "US.GA"),
    place_entry("region:US.TX.213", "Henderson County", 32.21, -95.85, "USA", 2, 78_000, "US.TX"),
    place_entry("region:US.OH.105", "Meigs County", 39.08, -82.03, "USA", 2, 23_000, "US.OH"),
    place_entry("region:US.TN.121", "Meigs County", 35.51, -84.82, "USA", 2, 12_000, "US.TN"),
    place_entry("region:US.GA.089", "Harlan County", 33.77, -84.23, "USA", 2, 700_000, "US.GA"),
    place_entry("region:US.IL.037", "Harlan County", 41.89, -88.77, "USA", 2, 105_000, "US.IL"),
    place_entry("geonames:paris", "Paris", 48.85, 2.35, "FRA", 3, 2_100_000, "FR.11", capital=True),
    place_entry("geonames:paristn", "Paris", 36.30, -88.33, "USA", 3, 10_000, "US.TN"),
    place_entry("geonames:paristx", "Paris", 33.66, -95.56, "USA", 3, 25_000, "US.TX"),
    place_entry("geonames:athens", "Athens", 37.98, 23.73, "GRC", 3, 660_000, "GR.I", capital=True),
    place_entry("country:GRC", "Greece", 39.0, 22.0, "GRC", 0, 10_700_000),
    place_entry("geonames:athenstx", "Athens", 32.20, -95.85, "USA", 3, 12_800, "US.TX"),
    place_entry("geonames:athensoh", "Athens", 39.33, -82.10, "USA", 3, 25_000, "US.OH"),
    place_entry("geonames:athenstn", "Athens", 35.44, -84.59, "USA", 3, 13_700, "US.TN"),
    place_entry("geonames:pomeroy", "Pomeroy", 39.03, -82.03, "USA", 3, 1_800, "US.OH"),
    place_entry("geonames:harlanil", "Harlan", 41.93, -88.75, "USA", 3, 43_000, "US.IL"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


def test_a_named_county_holding_a_namesake_town_takes_it_from_a_capital(gaz):
    text = "A Paris woman was hurt on Monday when her car left the road in rural Henry County."
    found = resolve_names(gaz, text, ["Paris", "Henry County"])
    assert [c.pid for c in found] == ["geonames:paristn", "region:US.TN.079"]


def test_the_same_holds_whichever_comes_first(gaz):
    text = "Henderson County deputies said the man from Athens was taken to a hospital."
    found = resolve_names(gaz, text, ["Henderson County", "Athens"])
    assert [c.pid for c in found] == ["region:US.TX.213", "geonames:athenstx"]


def test_without_a_county_the_capital_keeps_its_name(gaz):
    text = "A Paris woman was hurt on Monday when her car left the road near the river."
    assert resolve_names(gaz, text, ["Paris"])[0].pid == "geonames:paris"


def test_a_county_that_holds_no_reading_of_the_town_changes_nothing(gaz):
    text = "Henderson County officials flew to Paris for a trade fair in France."
    found = resolve_names(gaz, text, ["Henderson County", "Paris", "France"])
    assert found[1].pid == "geonames:paris"


def test_other_places_of_the_story_outweigh_a_namesake_pair(gaz):
    # Meigs County pairs with Athens, Tennessee, but the story's own places lie in Ohio
    text = ("He was held in Meigs County, Ohio, after his arrest in Pomeroy, Ohio, and will be tried "
            "in Athens.")
    found = resolve_names(gaz, text, ["Meigs County", "Ohio", "Pomeroy", "Ohio", "Athens"])
    assert found[0].pid == "region:US.OH.105"
    assert found[4].pid == "geonames:athensoh"


def test_a_town_beside_the_county_of_its_own_name_draws_no_pair(gaz):
    # "Harlan" beside "Harlan County" is as often the county itself: no pair is drawn
    from sitroom.resolve.place_story import county_holds

    cands = {"harlan": gaz.find("Harlan"), "harlan county": gaz.find("Harlan County")}
    assert county_holds(cands, lambda k: k.endswith(" county")) == {}
    cands = {"paris": gaz.find("Paris"), "henry county": gaz.find("Henry County")}
    held = county_holds(cands, lambda k: k.endswith(" county"))
    assert {c.pid for c in gaz.find("Paris") if c.rid in held["paris"]} == {"geonames:paristn"}
