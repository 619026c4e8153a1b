"""Local stories (issue 11): the state a story keeps naming beats a namesake county elsewhere."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer




ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:FRA", "France", 46.0, 2.0, "FRA", 0, 67_000_000),
    place_entry("region:US.IN", "Indiana", 40.0, -86.25, "USA", 1, 6_700_000, "US.IN"),
    place_entry("region:US.KY", "Kentucky", 37.5, -85.3, "USA", 1, 4_400_000, "US.KY"),
    place_entry("region:US.OH", "Ohio", 40.4, -82.7, "USA", 1, 11_700_000, "US.OH"),
    place_entry("region:US.TN", "Tennessee", 35.8, -86.4, "USA", 1, 6_800_000, "US.TN"),
    place_entry("region:US.IN.011", "Boone County", 40.05, -86.47, "USA", 2, 52_000, "US.IN"),
    place_entry("region:US.KY.015", "Boone County", 38.97, -84.73, "USA", 2, 83_000, "US.KY"),
    place_entry("region:US.MO.019", "Boone County", 38.99, -92.31, "USA", 2, 160_000, "US.MO"),
    place_entry("region:US.TN.079", "Henry County", 36.31, -88.32, "USA", 2, 10_800, "US.TN"),
    place_entry("region:US.GA.151", "Henry County", 33.45, -84.17, "USA", 2, 65_000, "US.GA"),
    place_entry("geonames:paris", "Paris", 48.85, 2.35, "FRA", 3, 2_100_000, "FR.11", capital=True),
    place_entry("geonames:paristn", "Paris", 36.30, -88.33, "USA", 3, 10_000, "US.TN"),
    place_entry("geonames:paristx", "Paris", 33.66, -95.56, "USA", 3, 25_000, "US.TX"),
    place_entry("geonames:lyon", "Lyon", 45.76, 4.84, "FRA", 3, 500_000, "FR.84"),
    place_entry("country:GBR", "United Kingdom", 54.0, -2.0, "GBR", 0, 66_000_000),
    place_entry("region:GB.ENG", "England", 52.5, -1.5, "GBR", 1, 55_000_000, "GB.ENG"),
    place_entry("geonames:london", "London", 51.51, -0.13, "GBR", 3, 8_900_000, "GB.ENG", capital=True),
    place_entry("geonames:dc", "Washington", 38.9, -77.04, "USA", 3, 690_000, "US.DC", capital=True),
    place_entry("geonames:waeng", "Washington", 54.9, -1.52, "GBR", 3, 53_000, "GB.ENG"),
    place_entry("geonames:cin", "Cincinnati", 39.10, -84.51, "USA", 3, 300_000, "US.OH"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


def test_the_state_a_story_keeps_naming_beats_a_bigger_namesake_county(gaz):
    text = ("Boone County's jobless rate rose. Indiana officials said Indiana lost jobs, and Indiana "
            "lawmakers met, while Kentucky, Ohio and Cincinnati fared better.")
    names = ["Boone County", "Indiana", "Indiana", "Indiana", "Kentucky", "Ohio", "Cincinnati"]
    assert resolve_names(gaz, text, names)[0].pid == "region:US.IN.011"


def test_a_state_named_once_among_others_makes_no_home(gaz):
    text = ("Boone County's jobless rate rose. Indiana officials said so, while Kentucky, Ohio and "
            "Cincinnati fared better.")
    names = ["Boone County", "Indiana", "Kentucky", "Ohio", "Cincinnati"]
    assert resolve_names(gaz, text, names)[0].pid == "region:US.KY.015"



LONGER = [
    place_entry("country:PRT", "Portugal", 39.6, -8.0, "PRT", 0, 10_300_000),
    place_entry("country:CAN", "Canada", 60.1, -113.6, "CAN", 0, 37_000_000),
    place_entry("geonames:littlept", "Little Portugal", 43.65, -79.43, "CAN", 3, 15_000, "CA.08"),
    place_entry("region:US.VA", "Virginia", 37.5, -78.9, "USA", 1, 8_500_000, "US.VA"),
    place_entry("region:US.WV", "West Virginia", 38.6, -80.6, "USA", 1, 1_800_000, "US.WV"),
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
]


@pytest.fixture(scope="module")
def component(tmp_path_factory):
    from sitroom.components import ensure_extensions
    from sitroom.components.places import PlacesComponent

    ensure_extensions()
    return PlacesComponent(slice_gazetteer(tmp_path_factory.mktemp("gaz2"), LONGER))


def _doc(text: str, ents: list[tuple[str, str]]):
    import spacy

    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=label) for n, label in ents]
    return doc


def test_a_name_the_model_cut_short_is_read_whole(component):
    doc = _doc("Police were called to the Little Portugal home she shared in Canada.",
               [("Portugal", "GPE"), ("Canada", "GPE")])
    places = {s.text: s._.place.id for s in component(doc).spans["places"]}
    assert places == {"Little Portugal": "geonames:littlept", "Canada": "country:CAN"}


def test_a_capitalised_word_that_makes_no_place_is_left_out(component):
    doc = _doc("Police were called to the Sunny Portugal home.", [("Portugal", "GPE")])
    assert [s.text for s in component(doc).spans["places"]] == ["Portugal"]
