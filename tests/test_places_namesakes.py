"""A well-known city keeps its name against a far smaller namesake unless the text points at the
namesake (issue 11: "Boston" as a village in New York, an Athens marathon in Athens, New York,
a "WASHINGTON -" dateline as a town in Maine); lists of names are no containers."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer




ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:GRC", "Greece", 39.0, 22.0, "GRC", 0, 10_700_000),
    place_entry("country:IRN", "Iran", 32.0, 53.0, "IRN", 0, 81_800_000),
    place_entry("region:US.NY", "New York", 43.0, -75.5, "USA", 1, 19_000_000, "US.NY"),
    place_entry("region:US.MA", "Massachusetts", 42.3, -71.8, "USA", 1, 6_900_000, "US.MA"),
    place_entry("region:US.ME", "Maine", 45.3, -69.2, "USA", 1, 1_300_000, "US.ME"),
    place_entry("region:US.KS", "Kansas", 38.5, -98.4, "USA", 1, 2_900_000, "US.KS"),
    place_entry("region:US.GA", "Georgia", 32.7, -83.4, "USA", 1, 10_000_000, "US.GA"),
    place_entry("region:US.TX", "Texas", 31.2, -99.3, "USA", 1, 28_000_000, "US.TX"),
    place_entry("region:IR.26", "Tehran", 35.6, 51.4, "IRN", 1, 12_000_000, "IR.26"),
    place_entry("region:IR.28", "Isfahan", 32.7, 51.7, "IRN", 1, 5_000_000, "IR.28"),
    place_entry("region:IR.08", "Gilan", 37.3, 49.6, "IRN", 1, 2_500_000, "IR.08"),
    place_entry("region:IR.38", "Qazvin", 36.1, 49.9, "IRN", 1, 1_200_000, "IR.38"),
    place_entry("geonames:nyc", "New York City", 40.71, -74.01, "USA", 3, 8_800_000, "US.NY"),
    place_entry("geonames:bos", "Boston", 42.36, -71.06, "USA", 3, 650_000, "US.MA"),
    place_entry("geonames:bosny", "Boston", 42.63, -78.74, "USA", 3, 8_000, "US.NY"),
    place_entry("geonames:buf", "Buffalo", 42.89, -78.88, "USA", 3, 260_000, "US.NY"),
    place_entry("geonames:ath", "Athens", 37.98, 23.73, "GRC", 3, 660_000, "GR.A", capital=True),
    place_entry("geonames:athny", "Athens", 42.26, -73.81, "USA", 3, 1_600, "US.NY"),
    place_entry("geonames:athtx", "Athens", 32.2, -95.85, "USA", 3, 12_700, "US.TX"),
    place_entry("geonames:tyler", "Tyler", 32.35, -95.3, "USA", 3, 104_000, "US.TX"),
    place_entry("geonames:dc", "Washington", 38.9, -77.04, "USA", 3, 690_000, "US.DC", capital=True),
    place_entry("geonames:wame", "Washington", 44.27, -69.37, "USA", 3, 1_400, "US.ME"),
    place_entry("geonames:presque", "Presque Isle", 46.68, -68.0, "USA", 3, 9_000, "US.ME"),
    place_entry("region:US.AL", "Alabama", 32.8, -86.8, "USA", 1, 4_900_000, "US.AL"),
    place_entry("region:US.KY", "Kentucky", 37.5, -85.3, "USA", 1, 4_400_000, "US.KY"),
    place_entry("region:US.IL", "Illinois", 40.0, -89.2, "USA", 1, 12_700_000, "US.IL"),
    place_entry("region:CH.GE", "Geneva", 46.2, 6.1, "CHE", 1, 440_000, "CH.GE"),
    place_entry("country:CHE", "Switzerland", 46.8, 8.2, "CHE", 0, 8_500_000),
    place_entry("geonames:hwca", "Hollywood", 34.1, -118.33, "USA", 3, 167_000, "US.CA"),
    place_entry("geonames:hwal", "Hollywood", 33.47, -86.78, "USA", 3, 930, "US.AL"),
    place_entry("geonames:gva", "Geneva", 46.2, 6.15, "CHE", 3, 201_000, "CH.GE"),
    place_entry("geonames:gvil", "Geneva", 41.89, -88.31, "USA", 3, 21_800, "US.IL"),
    place_entry("geonames:aurora", "Aurora", 41.76, -88.32, "USA", 3, 200_000, "US.IL"),
    place_entry("geonames:paris", "Paris", 48.86, 2.35, "FRA", 3, 2_100_000, "FR.11", capital=True),
    place_entry("geonames:parisky", "Paris", 38.21, -84.25, "USA", 3, 9_900, "US.KY"),
    place_entry("geonames:frankfurt", "Frankfurt am Main", 50.11, 8.68, "DEU", 3, 650_000, "DE.05",
                aliases=["Frankfort"]),
    place_entry("geonames:frankky", "Frankfort", 38.2, -84.87, "USA", 3, 27_000, "US.KY"),
    place_entry("geonames:tehran", "Tehran", 35.69, 51.42, "IRN", 3, 7_150_000, "IR.26", capital=True),
    place_entry("geonames:tiran", "Tiran", 32.7, 51.15, "IRN", 3, 21_700, "IR.28", aliases=["Tehran"]),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


def test_a_big_city_beats_a_village_that_only_shares_a_region_with_another_place(gaz):
    text = "Analysts in Boston said growth slowed in New York City and across the United States."
    boston = resolve_names(gaz, text, ["Boston", "New York City", "United States"])[0]
    assert boston.pid == "geonames:bos"
    text = "Radcliffe won in New York City after the disappointment of Athens."
    assert resolve_names(gaz, text, ["New York City", "Athens"])[1].pid == "geonames:ath"


def test_the_namesake_wins_when_the_text_names_its_region_or_a_place_near_it(gaz):
    assert resolve_names(gaz, "A fire in Athens, Texas.", ["Athens", "Texas"])[0].pid == "geonames:athtx"
    text = "The fair in Athens drew crowds from all over Texas."
    assert resolve_names(gaz, text, ["Athens", "Texas"])[0].pid == "geonames:athtx"
    text = "Snow closed roads in Boston and Buffalo."
    assert resolve_names(gaz, text, ["Boston", "Buffalo"])[0].pid == "geonames:bosny"


def test_the_towns_of_a_local_story_hold_each_other(gaz):
    text = "Police in Athens and Tyler arrested two men."
    assert resolve_names(gaz, text, ["Athens", "Tyler"])[0].pid == "geonames:athtx"


def test_a_capital_keeps_its_name_against_a_town_that_only_shares_a_wide_region(gaz):
    text = "Officials in Presque Isle relayed their concerns to Washington."
    assert resolve_names(gaz, text, ["Presque Isle", "Washington"])[1].pid == "geonames:dc"


def test_a_dateline_without_an_agency_is_the_capital(gaz):
    text = "WASHINGTON - Senators from Maine and Kansas objected on Monday."
    assert resolve_names(gaz, text, ["WASHINGTON", "Maine", "Kansas"])[0].pid == "geonames:dc"


def test_a_list_of_names_holds_no_containers(gaz):
    text = "Volunteers came from Gilan, Qazvin, Tehran, Isfahan and other provinces of Iran."
    found = resolve_names(gaz, text, ["Gilan", "Qazvin", "Tehran", "Isfahan", "Iran"])
    assert found[2].pid in ("geonames:tehran", "region:IR.26")


def test_a_hamlet_needs_more_than_its_region_named_against_a_famous_namesake(gaz):
    text = ("Voters in Alabama, officials in New York City and lawmakers in Washington reacted as "
            "accusations swept Hollywood.")
    names = ["Alabama", "New York City", "Washington", "Hollywood"]
    assert resolve_names(gaz, text, names)[3].pid == "geonames:hwca"


def test_a_city_keeps_the_fame_of_the_region_named_after_it(gaz):
    # the canton of Geneva is the name's most prominent entry; the city bears its fame too
    text = "The United States delegate gave a speech in Geneva."
    assert resolve_names(gaz, text, ["United States", "Geneva"])[1].pid == "geonames:gva"
    text = "Police in Geneva and Aurora, Illinois, arrested two men."
    assert resolve_names(gaz, text, ["Geneva", "Aurora", "Illinois"])[0].pid == "geonames:gvil"


def test_a_local_story_keeps_its_towns_by_its_region_written_out(gaz):
    # Frankfort, a lesser namesake itself, is no evidence for Paris, Kentucky; the region's
    # abbreviation after a town is, even where the model reads no place in it
    text = "Floods closed roads in Paris and Frankfort across the United States."
    assert resolve_names(gaz, text, ["Paris", "Frankfort", "United States"])[0].pid == "geonames:paris"
    text = "Floods closed roads in Paris and Frankfort, Ky., across the United States."
    assert resolve_names(gaz, text, ["Paris", "Frankfort", "United States"])[0].pid == "geonames:parisky"


def test_a_hamlet_of_a_local_story_keeps_its_name(gaz):
    # the story's places lie in Alabama: the hamlet there is meant
    text = "Hollywood residents met in Alabama on Monday."
    assert resolve_names(gaz, text, ["Hollywood", "Alabama"])[0].pid == "geonames:hwal"
