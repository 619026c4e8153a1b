"""Places, turn 37 (helper plname37, issue 11): a world city abroad over a small namesake.

A national capital or a city of a million that far outranks a town of its name in another country
keeps its name in a story whose places lie mostly abroad of the town when only the town's
first-level region is named somewhere ("Ohio" in a list of cities, "Georgia" beside Armenia); a
container, a county that holds the town, another of the story's towns around it, or a story whose
places lie mostly in the town's country still make the town. Own short texts, a hand-made gazetteer slice."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:GBR", "United Kingdom", 54.0, -2.0, "GBR", 0, 66_000_000),
    place_entry("country:AUT", "Austria", 47.5, 14.5, "AUT", 0, 8_900_000),
    place_entry("country:ARM", "Armenia", 40.2, 45.0, "ARM", 0, 3_000_000),
    place_entry("region:US.OH", "Ohio", 40.4, -82.7, "USA", 1, 11_700_000, "US.OH"),
    place_entry("region:US.GA", "Georgia", 32.7, -83.4, "USA", 1, 10_000_000, "US.GA"),
    place_entry("region:US.TX", "Texas", 31.2, -99.3, "USA", 1, 28_000_000, "US.TX"),
    place_entry("region:US.CA", "California", 37.2, -119.5, "USA", 1, 39_000_000, "US.CA"),
    place_entry("geonames:lon", "London", 51.51, -0.13, "GBR", 3, 8_900_000, "GB.ENG", capital=True),
    place_entry("geonames:lonoh", "London", 39.89, -83.45, "USA", 3, 10_000, "US.OH"),
    place_entry("geonames:springoh", "Springfield", 39.92, -83.81, "USA", 3, 58_000, "US.OH"),
    place_entry("geonames:xenia", "Xenia", 39.68, -83.93, "USA", 3, 26_000, "US.OH"),
    place_entry("geonames:vie", "Vienna", 48.21, 16.37, "AUT", 3, 1_900_000, "AT.09", capital=True),
    place_entry("geonames:viega", "Vienna", 32.09, -83.8, "USA", 3, 3_800, "US.GA"),
    place_entry("geonames:yer", "Yerevan", 40.18, 44.51, "ARM", 3, 1_090_000, "AM.11", capital=True),
    place_entry("geonames:paris", "Paris", 48.86, 2.35, "FRA", 3, 2_100_000, "FR.11", capital=True),
    place_entry("geonames:paristx", "Paris", 33.66, -95.56, "USA", 3, 25_000, "US.TX"),
    place_entry("geonames:houston", "Houston", 29.76, -95.37, "USA", 3, 2_300_000, "US.TX"),
    place_entry("country:IRL", "Ireland", 53.2, -8.0, "IRL", 0, 4_900_000),
    place_entry("geonames:dublin", "Dublin", 53.33, -6.25, "IRL", 3, 1_020_000, "IE.L", capital=True),
    place_entry("geonames:dublinca", "Dublin", 37.70, -121.94, "USA", 3, 60_000, "US.CA"),
    place_entry("geonames:hayward", "Hayward", 37.67, -122.08, "USA", 3, 160_000, "US.CA"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


@pytest.mark.parametrize("text, names, name, country", [
    ("Drivers rammed crowds in Yerevan, Ohio, Vienna and now London, where five people died.",
     ["Yerevan", "Ohio", "Vienna", "London"], "London", "GBR"),
    ("The envoys of Georgia and Armenia will meet in Vienna next week, Austria said.",
     ["Georgia", "Armenia", "Vienna", "Austria"], "Vienna", "AUT"),
    ("Born in Texas, she taught in Yerevan and Dublin, Ireland, and spent a summer in Paris.",
     ["Texas", "Yerevan", "Dublin", "Ireland", "Paris"], "Paris", "FRA"),
])
def test_region_named_alone_does_not_pull_a_world_city_abroad(gaz, text, names, name, country):
    found = resolve_names(gaz, text, names)
    place = found[names.index(name)]
    assert place is not None and place.cc == country


@pytest.mark.parametrize("text, names, name, pid", [
    # a container names the town
    ("The fire destroyed two shops in Paris, Texas, on Sunday.", ["Paris", "Texas"], "Paris", "geonames:paristx"),
    # the story's towns lie around it: a local story
    ("Police in Springfield and Xenia joined the search for the boy last seen in London on Friday.",
     ["Springfield", "Xenia", "London"], "London", "geonames:lonoh"),
    # one town of the region near it, in a story mostly abroad
    ("A nurse from London who studies in Springfield flew to Yerevan, Armenia, then to Vienna, Austria.",
     ["London", "Springfield", "Yerevan", "Armenia", "Vienna", "Austria"], "London", "geonames:lonoh"),
    # a story mostly in the town's country
    ("The Paris council met on Monday. Texas officials and Houston police attended.",
     ["Paris", "Texas", "Houston"], "Paris", "geonames:paristx"),
    # a namesake not far enough below the capital is left to the other rules
    ("Police from Hayward and Dublin searched the land, California officials said.",
     ["Hayward", "Dublin", "California"], "Dublin", "geonames:dublinca"),
])
def test_the_text_pointing_at_the_town_keeps_it(gaz, text, names, name, pid):
    found = resolve_names(gaz, text, names)
    place = found[names.index(name)]
    assert place is not None and place.pid == pid
