"""Namesakes in the wrong country (issue 11, plname31): a town's short name is its own name
("Newcastle" of Newcastle upon Tyne, "Stockton" of Stockton-on-Tees, "Westminster" of the City of
Westminster), not another of its names that lesser namesakes abroad outrank; and two namesakes
abroad that the prior picked first do not back each other's reading against the story's places
(a sweep places names in order, starting from the anchors)."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.place_names import _short_forms

ENTRIES = [
    place_entry("country:GBR", "United Kingdom", 54.0, -2.0, "GBR", 0, 66_000_000),
    place_entry("country:AUS", "Australia", -25.0, 134.0, "AUS", 0, 25_000_000),
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:ITA", "Italy", 42.8, 12.8, "ITA", 0, 60_000_000),
    place_entry("region:GB.ENG", "England", 52.5, -1.5, "GBR", 1, 56_000_000, "GB.ENG"),
    place_entry("region:GB.ENG.SOM", "Somerset", 51.1, -2.9, "GBR", 2, 520_000, "GB.ENG"),
    place_entry("geonames:ncl", "Newcastle upon Tyne", 54.97, -1.61, "GBR", 3, 300_000, "GB.ENG", False,
                aliases=["Newcastle"]),
    place_entry("geonames:nclau", "Newcastle", -32.93, 151.78, "AUS", 3, 508_000, "AU.02"),
    place_entry("geonames:lpl", "Liverpool", 53.41, -2.98, "GBR", 3, 500_000, "GB.ENG"),
    place_entry("geonames:lplau", "Liverpool", -33.92, 150.92, "AUS", 3, 31_000, "AU.02"),
    place_entry("geonames:stk", "Stockton-on-Tees", 54.57, -1.32, "GBR", 3, 80_000, "GB.ENG",
                aliases=["Stockton"]),
    place_entry("geonames:stkca", "Stockton", 37.96, -121.29, "USA", 3, 305_000, "US.CA"),
    place_entry("geonames:wsm", "City of Westminster", 51.5, -0.14, "GBR", 3, 247_000, "GB.ENG",
                aliases=["Westminster"]),
    place_entry("geonames:wsmco", "Westminster", 39.84, -105.04, "USA", 3, 116_000, "US.CO"),
    place_entry("geonames:glb", "Glastonbury", 51.15, -2.71, "GBR", 3, 9_000, "GB.ENG"),
    place_entry("geonames:glbct", "Glastonbury", 41.71, -72.61, "USA", 3, 32_000, "US.CT"),
    place_entry("geonames:somma", "Somerset", 41.77, -71.13, "USA", 3, 18_000, "US.MA"),
    place_entry("geonames:milan", "Milan", 45.46, 9.19, "ITA", 3, 1_300_000, "IT.09"),
    place_entry("geonames:oldname", "Porthaven", 50.0, -5.0, "GBR", 3, 40_000, "GB.ENG",
                aliases=["Seabrook"]),
    place_entry("geonames:col", "City of London", 51.51, -0.09, "GBR", 3, 8_000, "GB.ENG",
                aliases=["City"]),
    place_entry("geonames:seabrook", "Seabrook", 42.9, -70.87, "USA", 3, 9_000, "US.NH"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


def test_a_short_form_of_a_towns_own_name_beats_a_namesake_abroad_in_a_british_story(gaz):
    text = "Ministers in Britain said a new plant in Stockton would open next year."
    found = resolve_names(gaz, text, ["Britain", "Stockton"])
    assert found[1].pid == "geonames:stk"
    text = "The vote in Westminster split the party, and England's councils objected."
    assert resolve_names(gaz, text, ["Westminster", "England"])[0].pid == "geonames:wsm"


def test_two_english_clubs_towns_stay_together(gaz):
    # no country named: Liverpool's fame places it first, and Newcastle follows it
    text = ("Liverpool beat Newcastle at home, and the Milan striker watched Newcastle fall "
            "apart in the second half.")
    found = resolve_names(gaz, text, ["Liverpool", "Newcastle", "Milan", "Newcastle"])
    assert [f.pid for f in found[:2]] == ["geonames:lpl", "geonames:ncl"]
    assert found[3].pid == "geonames:ncl"


def test_a_county_places_its_town_before_the_town_places_it(gaz):
    text = "Glastonbury will host the fair again, the council of Somerset said."
    found = resolve_names(gaz, text, ["Glastonbury", "Somerset"])
    assert [f.pid for f in found] == ["geonames:glb", "region:GB.ENG.SOM"]


def test_a_namesake_abroad_still_wins_where_its_country_is_the_story(gaz):
    text = "Farmers near Newcastle in Australia lost crops to the drought."
    assert resolve_names(gaz, text, ["Newcastle", "Australia"])[0].pid == "geonames:nclau"
    text = "Growers around Stockton in the United States shipped less fruit."
    assert resolve_names(gaz, text, ["Stockton", "United States"])[0].pid == "geonames:stkca"


def test_an_other_name_unlike_the_own_one_stays_another_name():
    # "Seabrook" as an old name of Porthaven is no short form: the link words are needed
    other = Candidate(1, "x", "Porthaven", 50.0, -5.0, "GBR", "city", 3, 40_000, "GB.ENG", False, main=False)
    assert not _short_forms("seabrook", (other,))[0].main
    head = Candidate(2, "y", "Newcastle upon Tyne", 55.0, -1.6, "GBR", "city", 3, 300_000, "GB.ENG", False,
                     main=False)
    assert _short_forms("newcastle", (head,))[0].main
    assert not _short_forms("newcastle upon", (head,))[0].main


def test_a_bare_city_is_a_club_and_the_city_is_londons_district(gaz):
    text = "Two late goals helped City come back against Liverpool."
    assert resolve_names(gaz, text, ["City", "Liverpool"])[0] is None
    text = "Bankers in the City expect rates to rise in England."
    assert resolve_names(gaz, text, ["City", "England"])[0].pid == "geonames:col"
