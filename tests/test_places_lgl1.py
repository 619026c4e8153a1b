"""Places, turn 24 (helper lgl1): where a local paper's places lie (LGL).

1. The towns of a local story lie together (``resolve.place_cluster``): a reading of a name that
   some reading of another name of the story lies near (60 km, same first-level region) is
   supported by it, whichever reading that name ends up with. Controls: a name with no partner
   near keeps its bigger reading; a city of a million keeps its name.
2. Bare names listed before a plural district word ("between Walton and Oconee counties") are
   counties, found and read as such (``components.place_counties``, ``_kind_after``). Controls:
   a state's name before "counties" stays the state ("Indiana counties"); a name before a full
   stop is no list member ("Paris and London. Two counties ...").

Own short texts; a hand-made gazetteer slice for 1, the full pipeline for 2.
"""

from __future__ import annotations

import pytest

from places_support import place_entry, place_seen, resolve_names, slice_gazetteer

model = pytest.mark.model

# the bigger namesakes far apart in three states; in YB small towns and a county together
CLUSTER = [
    place_entry("country:USA", "United States", 39.5, -97.5, "USA", 0, 327_000_000),
    place_entry("geonames:1", "Kelby", 31.0, -90.0, "USA", 3, 24_000, admin1="US.XA"),
    place_entry("geonames:2", "Marlow", 34.0, -86.0, "USA", 3, 21_000, admin1="US.XB"),
    place_entry("region:US.XC.1", "Tresham County", 36.0, -82.0, "USA", 2, 30_000, admin1="US.XC"),
    place_entry("geonames:3", "Kelby", 45.0, -95.0, "USA", 3, 3_200, admin1="US.YB"),
    place_entry("geonames:4", "Marlow", 45.3, -95.3, "USA", 3, 3_500, admin1="US.YB"),
    place_entry("region:US.YB.1", "Tresham County", 45.1, -95.2, "USA", 2, 20_000, admin1="US.YB"),
    place_entry("geonames:5", "Ardmoor", 33.0, -88.0, "USA", 3, 40_000, admin1="US.XA"),
    place_entry("geonames:6", "Ardmoor", 44.0, -100.0, "USA", 3, 2_500, admin1="US.ZC"),
    place_entry("geonames:7", "Big Harbor", 29.0, -95.0, "USA", 3, 2_300_000, admin1="US.XA"),
    place_entry("geonames:8", "Big Harbor", 45.2, -95.1, "USA", 3, 1_300, admin1="US.YB"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("lgl1"), CLUSTER)


@model
def test_towns_of_a_local_story_pull_each_other_into_their_corner(real_nlp):
    # Rochester, Delano and Hutchinson: one corner of Minnesota, not New York, California, Kansas
    doc = real_nlp("A Rochester wrestler lost to Delano, and Hutchinson came third.")
    places = {s.text: s._.place for s in [*doc.spans["places"], *doc.spans["place_refs"]]}
    assert {name: places[name].country for name in ("Rochester", "Delano", "Hutchinson")} == dict.fromkeys(
        ("Rochester", "Delano", "Hutchinson"), "USA")
    assert places["Delano"].id == "geonames:5024138"  # Delano, Minnesota
    assert places["Hutchinson"].id == "geonames:5030977"  # Hutchinson, Minnesota
    assert places["Rochester"].id == "geonames:5043473"  # Rochester, Minnesota


def test_a_name_with_no_partner_near_keeps_its_bigger_reading(gaz):
    text = "An Ardmoor man was hurt in a crash on Friday, the sheriff said."
    (found,) = resolve_names(gaz, text, ["Ardmoor"])
    assert found.admin1 == "US.XA"


def test_a_city_of_a_million_keeps_its_name(gaz):
    text = "A Kelby man who moved to Big Harbor was hurt near Marlow on Friday."
    found = resolve_names(gaz, text, ["Kelby", "Big Harbor", "Marlow"])
    assert found[1].pop == 2_300_000


def test_the_cluster_rule_skips_a_single_reading_name_and_big_towns():
    from sitroom.resolve.gazetteer import Candidate
    from sitroom.resolve.place_cluster import cluster_support

    def town(rid, name, lat, lon, admin1, pop):
        return Candidate(rid, f"geonames:{rid}", name, lat, lon, "USA", "city", 3, pop, admin1, False)

    cands = {
        "kelby": (town(1, "Kelby", 31.0, -90.0, "US.XA", 24_000), town(3, "Kelby", 45.0, -95.0, "US.YB", 3_200)),
        "marlow": (town(4, "Marlow", 45.3, -95.3, "US.YB", 3_500),),
    }
    support = cluster_support(cands)
    assert support == {"kelby": {3: 1.5}}  # one partner; "marlow" has a single reading


@model
@pytest.mark.parametrize("text, names", [
    ("Deputies searched the woods between Walton and Oconee counties on Saturday.", ["Walton", "Oconee"]),
    ("Girls from Cooke, Grayson and Love counties may enter the rodeo queen contest.", ["Cooke", "Grayson", "Love"]),
    ("Jobless rates fell in Douglas and Wyandotte counties last year.", ["Douglas", "Wyandotte"]),
])
def test_names_listed_before_counties_are_counties(real_nlp, text, names):
    seen = place_seen(real_nlp, text)
    for name in names:
        assert seen.get(name, (None, None)) == ("literal", "USA"), (name, seen)


@model
def test_the_listed_counties_are_read_as_counties(real_nlp):
    doc = real_nlp("Jobless rates fell in Douglas and Wyandotte counties last year.")
    places = {s.text: s._.place for s in doc.spans["places"]}
    assert places["Douglas"].name == "Douglas County"
    assert places["Wyandotte"].name == "Wyandotte County"


@model
@pytest.mark.parametrize("text, name, pid", [
    ("Boone County ranked near the middle of Indiana counties in March.", "Indiana", "region:US.IN"),
    ("Rain fell on Paris and London. Two counties were flooded in England.", "London", None),
])
def test_a_state_or_a_name_outside_the_list_stays(real_nlp, text, name, pid):
    doc = real_nlp(text)
    places = {s.text: s._.place for s in [*doc.spans["places"], *doc.spans["place_refs"]]}
    if pid is not None:
        assert places[name].id == pid
    else:
        assert name not in places or places[name].feature != "region"


def test_the_plural_words_are_data():
    from sitroom.resolve.place_names import plural_districts

    assert plural_districts() == {"counties": "county", "parishes": "parish", "boroughs": "borough"}
