"""Places, turn 15 round 3 (helper geo23): a country named by its other name ("Palestine" for
the Palestinian Territory) is the country, not a village that bears the name only as an
alternate one beside the story's capital, nor a town of that name whose wide region alone the
story names; a container or a place near the town still points at it. Own sentences."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer

ENTRIES = [
    place_entry("country:PSE", "Palestinian Territory", 31.95, 35.25, "PSE", 0, 4_500_000,
                aliases=["Palestine"]),
    place_entry("country:IRN", "Iran", 32.0, 53.0, "IRN", 0, 81_800_000),
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:ISR", "Israel", 31.5, 34.8, "ISR", 0, 8_900_000),
    place_entry("region:IR.26", "Tehran", 35.6, 51.4, "IRN", 1, 12_000_000, "IR.26"),
    place_entry("region:US.TX", "Texas", 31.2, -99.3, "USA", 1, 28_000_000, "US.TX"),
    place_entry("region:US.OH", "Ohio", 40.3, -82.8, "USA", 1, 11_700_000, "US.OH"),
    place_entry("geonames:tehran", "Tehran", 35.69, 51.42, "IRN", 3, 7_150_000, "IR.26", capital=True),
    place_entry("geonames:filestan", "Filestan", 35.43, 51.67, "IRN", 3, 4_400, "IR.26",
                aliases=["Palestine"]),
    place_entry("geonames:paltx", "Palestine", 31.76, -95.63, "USA", 3, 18_300, "US.TX"),
    place_entry("geonames:elkhart", "Elkhart", 31.62, -95.58, "USA", 3, 1_300, "US.TX"),
    place_entry("geonames:tyler", "Tyler", 32.35, -95.3, "USA", 3, 104_000, "US.TX"),
    place_entry("geonames:dallas", "Dallas", 32.78, -96.8, "USA", 3, 1_300_000, "US.TX"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


def test_a_country_by_its_other_name_beats_a_village_beside_the_capital(gaz):
    text = "In Tehran, the minister said Iran would keep backing Palestine against Israel."
    found = resolve_names(gaz, text, ["Tehran", "Iran", "Palestine", "Israel"])
    assert found[2].pid == "country:PSE"


def test_a_country_by_its_other_name_beats_a_town_whose_wide_region_alone_is_named(gaz):
    text = "He spoke in Texas and Ohio about the United States, Israel and Palestine."
    found = resolve_names(gaz, text, ["Texas", "Ohio", "United States", "Israel", "Palestine"])
    assert found[4].pid == "country:PSE"


def test_a_container_or_a_town_nearby_still_points_at_the_namesake(gaz):
    text = "A storm hit Palestine, Texas, on Monday."
    assert resolve_names(gaz, text, ["Palestine", "Texas"])[0].pid == "geonames:paltx"
    text = "Police in Palestine and Elkhart closed two schools."
    assert resolve_names(gaz, text, ["Palestine", "Elkhart"])[0].pid == "geonames:paltx"
    # the towns of a local story hold each other within its region
    text = "Police in Palestine and Tyler closed two schools."
    assert resolve_names(gaz, text, ["Palestine", "Tyler"])[0].pid == "geonames:paltx"


def test_a_big_city_of_the_region_is_no_evidence_for_the_town(gaz):
    # control: Dallas, a city of a million, is named the world over
    text = "Flights from Dallas to Israel resumed as talks on Palestine went on."
    assert resolve_names(gaz, text, ["Dallas", "Israel", "Palestine"])[2].pid == "country:PSE"
