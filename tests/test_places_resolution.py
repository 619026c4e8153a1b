"""Resolver rules added for accuracy: sibling regions, country names, name variants, guards."""

from __future__ import annotations

import pytest
from places_support import ENTRIES, place_entry, resolve_names, slice_gazetteer
from shapely.geometry import box

from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.natural_earth import country_points as _country_points




EXTRA = [
    place_entry("region:US.OR", "Oregon", 44.0, -120.5, "USA", 1, 4_000_000, "US.OR", aliases=["Ore."]),
    place_entry("region:US.OH", "Ohio", 40.3, -82.8, "USA", 1, 11_000_000, "US.OH"),
    place_entry("region:US.ID", "Idaho", 44.4, -114.6, "USA", 1, 1_800_000, "US.ID"),
    place_entry("geonames:5165734", "Oregon", 41.64, -83.49, "USA", 3, 20_000, "US.OH"),
    place_entry("geonames:5150529", "Columbus", 39.96, -83.0, "USA", 3, 900_000, "US.OH"),
    place_entry("country:CHN", "China", 35.0, 104.0, "CHN", 0, 1_400_000_000),
    place_entry("country:JPN", "Japan", 35.7, 139.8, "JPN", 0, 126_000_000),
    place_entry("geonames:1", "China", 27.3, 128.6, "JPN", 3, 6_000, "JP.47"),
    place_entry("geonames:2", "Naha", 26.2, 127.7, "JPN", 3, 320_000, "JP.47"),
    place_entry(
        "country:COD",
        "Democratic Republic of the Congo",
        -2.5,
        23.5,
        "COD",
        0,
        90_000_000,
    ),
    place_entry("geonames:3", "Saint Marc", 19.1, -72.7, "HTI", 3, 160_000, "HT.06"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES + EXTRA)


def test_state_listed_with_other_states_is_the_state(gaz):
    text = "Cases in the United States: Ohio, Idaho and Oregon, near Columbus."
    names = ["United States", "Ohio", "Idaho", "Oregon", "Columbus"]
    oregon = resolve_names(gaz, text, names)[3]
    assert oregon.pid == "region:US.OR"


def test_town_next_to_its_state_keeps_the_container(gaz):
    oregon = resolve_names(gaz, "a plant in Oregon, Ohio closed", ["Oregon", "Ohio"])[0]
    assert oregon.pid == "geonames:5165734"


def test_country_name_is_not_a_namesake_town(gaz):
    text = "Japan reported cases in Naha; flights from China, Japan were halted."
    found = resolve_names(gaz, text, ["Japan", "Naha", "China", "Japan"])
    assert found[2].pid == "country:CHN"


def test_abbreviation_possessive_and_name_variants(gaz):
    text = "Portland, Ore. and Oregon's towns; Democratic Republic of Congo; St. Marc"
    names = ["Ore.", "Oregon's", "Democratic Republic of Congo", "St. Marc"]
    ore, oregon, congo, marc = resolve_names(gaz, text, names)
    assert ore.pid == oregon.pid == "region:US.OR"
    assert congo.pid == "country:COD" and marc.pid == "geonames:3"


def test_country_point_guard_rejects_a_point_far_from_the_polygon():
    label = {"AAA": (1.0, 1.0), "BBB": (5.0, 5.0)}
    shapes = {"AAA": [box(0, 0, 10, 10)], "BBB": [box(0, 0, 10, 10)]}
    table = {"AAA": [4.0, 6.0], "BBB": [40.0, 60.0]}  # BBB: a typo far outside
    out = _country_points(label, table, shapes)
    assert out["AAA"] == (4.0, 6.0) and out["BBB"] == (5.0, 5.0)
