"""Places (issue 11, helper plname39): a compass word and a word that a town bears only as another
name unlike its own ("South Lawn" for a Riverdale, "West Division" for a West Hartford) is no
reading of the town: a lawn, a league's division, a district its old name recalls. A spelling of
the town's own name stays ("East St. Louis"), and so does a town whose own name it is. Own
sentences, a hand-made gazetteer slice, no model."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("region:US.IL", "Illinois", 40.0, -89.2, "USA", 1, 12_800_000, "US.IL"),
    place_entry("region:US.CT", "Connecticut", 41.6, -72.7, "USA", 1, 3_600_000, "US.CT"),
    # towns that bear a compass-led name only as another, older name
    place_entry("geonames:7000001", "Riverdale", 41.63, -87.63, "USA", 3, 13_500, "US.IL",
                aliases=["South Lawn"]),
    place_entry("geonames:7000002", "Glenfield", 41.76, -72.74, "USA", 3, 63_000, "US.CT",
                aliases=["North Division"]),
    place_entry("geonames:7000003", "East Saint Louis", 38.62, -90.15, "USA", 3, 27_000, "US.IL",
                aliases=["East St. Louis"]),
    place_entry("geonames:7000004", "South Holland", 41.6, -87.6, "USA", 3, 22_000, "US.IL"),
    place_entry("geonames:7000005", "Peoria", 40.69, -89.59, "USA", 3, 113_000, "US.IL"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("plname39c"), ENTRIES)


def test_a_lawn_is_no_town_of_that_old_name(gaz):
    text = "The senator's car left through the South Lawn gate before noon, an aide in Peoria said."
    got = resolve_names(gaz, text, ["South Lawn", "Peoria"])
    assert got[0] is None
    assert got[1] is not None and got[1].name == "Peoria"


def test_a_league_division_is_no_town(gaz):
    text = "Hartwell leads the North Division by two games after a win in Connecticut on Friday."
    got = resolve_names(gaz, text, ["North Division", "Connecticut"])
    assert got[0] is None
    assert got[1] is not None and got[1].name == "Connecticut"


def test_a_spelling_of_the_towns_own_name_stays(gaz):
    # control: "St." for "Saint" is the town's own name written short
    text = "Marla Owens grew up in East St. Louis and later moved to Peoria, Illinois."
    got = resolve_names(gaz, text, ["East St. Louis", "Peoria", "Illinois"])
    assert got[0] is not None and got[0].name == "East Saint Louis"


def test_a_town_whose_own_name_it_is_stays(gaz):
    # control: a compass-led own name
    text = "Flooding closed two schools in South Holland, Illinois on Monday."
    got = resolve_names(gaz, text, ["South Holland", "Illinois"])
    assert got[0] is not None and got[0].name == "South Holland"
