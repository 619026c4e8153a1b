"""Places (issue 11, helper plname40): what a town's container says.

A two-letter postal code after a town and a comma ("Camden, NJ", "Toronto, ON @ the arena") is the
first-level region holding the town, as "Camden, N.J." is; "Washington, DC" is the capital. A name
written as a town's container that names both a region and its big city ("Larchmont, New York") is
the region where the city does not hold the town; "Astoria, New York" keeps the city, which holds
it. Own sentences, a hand-made gazetteer slice, no model."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.place_codes import coded_containers
from sitroom.resolve.places import Toponym

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("country:CAN", "Canada", 56.0, -106.0, "CAN", 0, 38_000_000),
    place_entry("region:US.NY", "New York", 43.0, -75.5, "USA", 1, 19_000_000, "US.NY"),
    place_entry("region:US.NJ", "New Jersey", 40.1, -74.5, "USA", 1, 9_000_000, "US.NJ"),
    place_entry("region:US.OH", "Ohio", 40.4, -82.8, "USA", 1, 11_700_000, "US.OH"),
    place_entry("region:US.WA", "Washington", 47.4, -120.5, "USA", 1, 7_600_000, "US.WA"),
    place_entry("region:US.DC", "District of Columbia", 38.9, -77.0, "USA", 1, 700_000, "US.DC"),
    place_entry("region:CA.08", "Ontario", 49.3, -84.5, "CAN", 1, 14_000_000, "CA.08"),
    place_entry("geonames:albany", "Albany", 42.65, -73.76, "USA", 3, 97_000, "US.NY"),
    place_entry("geonames:camdennj", "Camden", 39.93, -75.12, "USA", 3, 71_000, "US.NJ"),
    place_entry("geonames:camdenny", "Camden", 43.33, -75.75, "USA", 3, 5_000, "US.NY"),
    place_entry("geonames:toronto", "Toronto", 43.7, -79.4, "CAN", 3, 2_800_000, "CA.08"),
    place_entry("geonames:torontooh", "Toronto", 40.46, -80.6, "USA", 3, 4_900, "US.OH"),
    place_entry("geonames:akron", "Akron", 41.08, -81.52, "USA", 3, 190_000, "US.OH"),
    place_entry("geonames:steubenville", "Steubenville", 40.37, -80.63, "USA", 3, 18_000, "US.OH"),
    place_entry("geonames:dc", "Washington", 38.9, -77.04, "USA", 3, 690_000, "US.DC", capital=True),
    place_entry("geonames:nyc", "New York City", 40.71, -74.01, "USA", 3, 8_800_000, "US.NY",
                aliases=["New York"]),
    place_entry("region:US.NY.061", "New York County", 40.78, -73.97, "USA", 2, 1_600_000, "US.NY",
                aliases=["New York"]),
    {"pid": "area:washington-dc", "name": "Washington D.C.", "lat": 38.9, "lon": -77.04, "cc": "USA",
     "feature": "area", "level": 4, "pop": 0, "admin1": None, "capital": False, "aliases": ["DC"]},
    place_entry("geonames:larchmont", "Larchmont", 40.93, -73.75, "USA", 3, 6_600, "US.NY"),
    place_entry("geonames:astoria", "Astoria", 40.77, -73.93, "USA", 3, 80_000, "US.NY"),
    place_entry("geonames:kent", "Kent", 47.38, -122.23, "USA", 3, 130_000, "US.WA"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("plname40"), ENTRIES)


def test_a_postal_code_holds_the_town_before_it(gaz):
    text = "May 2 - Pier Hall, Albany, NY\nMay 4 - Waterfront Stage, Camden, NJ\n"
    got = resolve_names(gaz, text, ["Albany", "Camden"])
    assert got[1].pid == "geonames:camdennj"
    # control: the other town of the list keeps its own reading
    assert got[0].pid == "geonames:albany"


def test_a_province_code_keeps_a_world_city_against_a_namesake_in_the_story_state(gaz):
    text = ("The trio opens in Akron, OH and Steubenville, OH before a night at the Lakeside "
            "Pavilion, Toronto, ON.")
    got = resolve_names(gaz, text, ["Akron", "Steubenville", "Toronto"])
    assert got[2].pid == "geonames:toronto"
    assert got[1].pid == "geonames:steubenville"


def test_a_code_inside_an_upper_case_run_is_no_container(gaz):
    def regions(text: str, name: str) -> dict:
        start = text.index(name)
        return coded_containers(gaz, [Toponym(start, start + len(name), name)], [name.lower()], text)

    assert regions("CAMDEN, IN A STATEMENT ISSUED LATE, said the county would reopen.", "CAMDEN") == {}
    assert regions("The list ran NY, NJ and CT.", "NY") == {}
    # final read, turn 37: a one-letter upper-case word after the code is the run's too
    assert regions("TORONTO, ON A VISIT TO THE MILL, the minister said.", "TORONTO") == {}
    assert [c.pid for c in regions("Tickets for Camden, NJ went fast.", "Camden")["camden"]] == ["region:US.NJ"]


def test_the_district_code_makes_the_capital(gaz):
    text = "The committee gathered in Washington, DC, on Tuesday to hear the budget office."
    assert resolve_names(gaz, text, ["Washington", "DC"])[0].pid == "geonames:dc"
    text = "The rocket maker opened a plant in Kent, Washington, last year."
    got = resolve_names(gaz, text, ["Kent", "Washington"])
    assert got[1].pid == "region:US.WA"


def test_a_container_that_the_city_of_its_name_does_not_hold_is_the_state(gaz):
    text = ("Crowds filled New York for the parade. A couple from Larchmont, New York, said they "
            "had come every year since 1990.")
    got = resolve_names(gaz, text, ["New York", "Larchmont", "New York"])
    assert got[1].pid == "geonames:larchmont"
    assert got[2].pid == "region:US.NY"
    # control: the name standing alone stays the city
    assert got[0].pid == "geonames:nyc"


def test_a_container_whose_city_holds_the_town_is_left_alone(gaz):
    text = ("Crowds filled New York for the parade. A couple from Astoria, New York, said they "
            "had come every year since 1990.")
    got = resolve_names(gaz, text, ["New York", "Astoria", "New York"])
    assert got[2].pid == got[0].pid == "geonames:nyc"
