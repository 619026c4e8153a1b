"""Places, turn 18 (helper geo35): a place that bears a name only as another of its names
(GeoNames: Dayton is also "Venice", Millburn "Vauxhall") is no reading of that name where other
places bear it as their own; spellings ("Ghent" for Gent), famous other names ("Bombay") and a
name of the place's own area ("Kanawha" for the seat of Kanawha County) keep theirs. Own sentences,
a hand-made gazetteer slice, no model."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("country:ITA", "Italy", 42.8, 12.8, "ITA", 0, 60_000_000),
    place_entry("country:BEL", "Belgium", 50.6, 4.7, "BEL", 0, 11_500_000),
    place_entry("country:IND", "India", 22.7, 79.4, "IND", 0, 1_300_000_000),
    place_entry("region:US.OH", "Ohio", 40.3, -82.8, "USA", 1, 11_000_000, "US.OH"),
    place_entry("region:US.WV", "West Virginia", 38.6, -80.6, "USA", 1, 1_800_000, "US.WV"),
    # an old other name of a US city, the own name of a town in Italy
    place_entry("geonames:4509884", "Dayton", 39.76, -84.19, "USA", 3, 135_000, "US.OH", aliases=["Venice"]),
    place_entry("geonames:3164603", "Venice", 45.44, 12.33, "ITA", 3, 51_000, "IT.20"),
    # a spelling: the city's English name, a hamlet's own name
    place_entry("geonames:2797656", "Gent", 51.05, 3.72, "BEL", 3, 260_000, "BE.VLG", aliases=["Ghent"]),
    place_entry("geonames:5118005", "Ghent", 42.33, -73.62, "USA", 3, 500, "US.NY"),
    # a famous former name, the own name of a hamlet far away
    place_entry("geonames:1275339", "Mumbai", 19.07, 72.88, "IND", 3, 12_700_000, "IN.16", aliases=["Bombay"]),
    place_entry("geonames:2193111", "Bombay", -37.17, 174.98, "NZL", 3, 740, "NZ.E7"),
    # the county's name for its seat, beside a hamlet of that name far away
    place_entry("geonames:4801859", "Charleston", 38.35, -81.63, "USA", 3, 47_000, "US.WV", aliases=["Kanawha"]),
    place_entry("region:US.WV.039", "Kanawha County", 38.38, -81.58, "USA", 2, 122_000, "US.WV",
                aliases=["Kanawha"]),
    place_entry("geonames:4863204", "Kanawha", 42.94, -93.79, "USA", 3, 627, "US.IA"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("geo35"), ENTRIES)


def test_another_name_of_a_city_is_no_reading_where_a_town_bears_it(gaz):
    # a US story: the country's weight would give "Venice" to Dayton, whose old name it is
    text = "Officials from the United States and Ohio will attend the summit in Venice next month."
    got = resolve_names(gaz, text, ["United States", "Ohio", "Venice"])
    assert got[2] is None or got[2].name == "Venice"
    assert got[1] is not None and got[1].name == "Ohio"


def test_a_spelling_keeps_its_place(gaz):
    text = "The Belgium-born athlete set a record at an indoor meeting in Ghent on Sunday."
    got = resolve_names(gaz, text, ["Belgium", "Ghent"])
    assert got[1] is not None and got[1].name == "Gent"


def test_a_famous_other_name_keeps_its_place(gaz):
    text = "The film about the blasts in Bombay opens in India next week."
    got = resolve_names(gaz, text, ["Bombay", "India"])
    assert got[0] is not None and got[0].name == "Mumbai"


def test_a_name_of_the_place_s_own_area_keeps_it(gaz):
    # the seat of Kanawha County is called "Kanawha" too: the hamlet in Iowa has the own name,
    # but the name is of that area anyway
    text = "Volunteers will clean the river banks in Kanawha, West Virginia officials said."
    got = resolve_names(gaz, text, ["Kanawha", "West Virginia"])
    assert got[0] is not None and got[0].admin1 == "US.WV"
