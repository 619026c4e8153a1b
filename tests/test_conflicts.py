"""Conflict rules on constructed claims: conversion, rounding, subjects, times."""

from __future__ import annotations

from dataclasses import replace

from sitroom.analyze.conflicts import Claim, agree, comparable, conflicts

BORDER = Claim(subject="border:AFG-TJK", subject_name="Afghanistan–Tajikistan border",
               attribute="length", value=1200.0, unit="km", approximate=False,
               written_value=1200.0, text="1,200-kilometer", document="d2013",
               published="2013-09-03", start=10, end=25)


def claim(**changes) -> Claim:
    return replace(BORDER, **changes)


def test_border_lengths_from_two_years_conflict():
    later = claim(value=1303.0, written_value=800.0, text="800-mile-long (1,303 kilometers)",
                  document="d2021", published="2021-08-01")
    found = conflicts([BORDER, later])
    assert len(found) == 1
    assert found[0]["attribute"] == "length"
    assert [c["value"] for c in found[0]["claims"]] == [1200.0, 1303.0]


def test_unit_conversion_is_not_a_conflict():
    miles = claim(value=1287.48, written_value=800.0, text="800 miles", document="x")
    km = claim(value=1287.0, written_value=1287.0, text="1,287 km", document="y")
    assert agree(miles, km)
    assert conflicts([miles, km]) == []


def test_rounding_is_not_a_conflict():
    about = claim(attribute="strength", value=7000.0, written_value=7000.0, approximate=True,
                  text="some 7,000", document="a")
    exact = claim(attribute="strength", value=7150.0, written_value=7150.0, text="7,150", document="b")
    assert agree(about, exact)
    far = claim(attribute="strength", value=9000.0, written_value=9000.0, text="9,000", document="c")
    assert not agree(about, far)


def test_different_subjects_never_conflict():
    other = claim(subject="border:AFG-UZB", value=144.0, written_value=144.0, document="u")
    assert not comparable(BORDER, other)
    assert conflicts([BORDER, other]) == []


def test_changing_figures_at_different_times_are_change_not_conflict():
    then = claim(attribute="troops", subject="USA", value=68000.0, written_value=68000.0)
    now = claim(attribute="troops", subject="USA", value=2500.0, written_value=2500.0,
                published="2021-08-01", document="d2021")
    assert not comparable(then, now)
    same_day = replace(now, published=then.published, document="other")
    assert conflicts([then, same_day])


def test_a_claim_never_conflicts_with_itself():
    assert conflicts([BORDER, BORDER]) == []


def test_a_range_agrees_with_a_figure_inside_it():
    vague = claim(attribute="deaths", value=10000.0, high=100000.0, written_value=None,
                  approximate=True, text="tens of thousands", document="v")
    inside = claim(attribute="deaths", value=50000.0, written_value=50000.0, text="50,000", document="w")
    outside = claim(attribute="deaths", value=300000.0, written_value=300000.0, text="300,000", document="z")
    assert agree(vague, inside)
    assert not agree(vague, outside)


TOLL = Claim(subject="toll:nice", subject_name="Nice attack", attribute="killed", value=84.0, unit="count",
             approximate=True, written_value=84.0, text="at least 84 people", document="nyt",
             published="2016-07-14T17:47:10", start=0, end=18, change=">")


def test_a_hedged_toll_agrees_with_a_lower_exact_one_but_exact_tolls_conflict():
    eighty = replace(TOLL, value=80.0, written_value=80.0, approximate=False, change="=", text="80", document="cnn")
    assert agree(TOLL, eighty) and conflicts([TOLL, eighty]) == []
    exact = replace(TOLL, approximate=False, change="=", text="84 people", document="sun")
    seventy_seven = replace(eighty, value=77.0, written_value=77.0, text="77 people", document="xinhua")
    found = conflicts([exact, seventy_seven])
    assert len(found) == 1
    assert sorted(c["text"] for c in found[0]["claims"]) == ["77 people", "84 people"]
    assert all(c["published"] for c in found[0]["claims"])


def test_one_report_updating_its_own_toll_is_not_a_conflict():
    first = replace(TOLL, value=77.0, written_value=77.0, change="=", text="77", start=100, end=102)
    later = replace(TOLL, value=84.0, change="=", text="84", start=300, end=302)
    assert conflicts([first, later]) == []


def test_a_toll_revised_weeks_later_is_a_change_and_a_border_never_is():
    from sitroom.analyze.changes import changes

    exact = replace(TOLL, approximate=False, change="=", text="84 people", document="mail",
                    published="2016-07-15T19:11:52")
    later = replace(exact, value=85.0, written_value=85.0, text="85", document="xinhua", published="2016-08-05")
    assert conflicts([exact, later]) == []
    found = changes([TOLL, exact, later])
    assert [(c.before.value, c.after.value) for c in found] == [(84.0, 85.0)]
    assert len(found[0].history) == 3
    border_2021 = claim(value=1303.0, written_value=800.0, text="800-mile-long (1,303 kilometers)",
                        document="d2021", published="2021-08-01")
    assert changes([BORDER, border_2021]) == []
    assert conflicts([BORDER, border_2021])


def test_undated_tolls_are_not_compared_but_undated_border_lengths_are():
    a = replace(TOLL, change="=", approximate=False, published=None, document="x")
    b = replace(a, value=20.0, written_value=20.0, text="20", document="y")
    assert conflicts([a, b]) == []
    c = claim(published=None, document="p")
    d = claim(value=1303.0, written_value=800.0, text="800-mile-long (1,303 kilometers)", published=None, document="q")
    assert conflicts([c, d])



def test_many_claims_are_judged_as_when_every_pair_is_compared():
    """The publication-date window that keeps large stores fast flags what comparing every pair flags."""
    import datetime
    import random

    from sitroom.analyze.conflicts import _disagreeing

    def member(attribute, value, document, published, i=0):
        return claim(attribute=attribute, value=float(value), written_value=float(value), text=f"{value} km",
                     document=document, published=published, start=i, end=i + 3)

    groups = [  # at the edges of each window: two days for tolls, a day for troops, 15 years for a length
        [member("killed", 10, "a", "2015-01-01"), member("killed", 300, "b", "2015-01-03"),
         member("killed", 12, "c", "2015-01-06")],
        [member("troops", 1200, "a", "2015-01-01"), member("troops", 300, "b", "2015-01-01"),
         member("troops", 10, "c", "2015-01-02")],
        [member("length", 1200, "a", "2000-01-01"), member("length", 1303, "b", "2014-12-01"),
         member("length", 10, "c", "2015-03-01")],
        [member("length", 300, "d", None), member("length", 1200, "a", "2000-01-01")],
    ]
    rng = random.Random(7)
    day0 = datetime.date(2015, 1, 1)
    for attribute in ("killed", "troops", "length"):
        groups.append([member(attribute, rng.choice([10, 12, 300, 1200, 1303]), f"d{rng.randrange(40)}",
                              None if rng.random() < 0.05 else
                              (day0 + datetime.timedelta(days=rng.randrange(12) * rng.choice([1, 1, 50, 600]))).isoformat(), i)
                       for i in range(60)])
    for members in groups:
        every_pair = {x for a in members for b in members
                      if a is not b and comparable(a, b) and not agree(a, b) for x in (a, b)}
        assert every_pair, members[0].attribute  # the constructed claims do disagree
        assert _disagreeing(members) == every_pair


def _places(docs: dict[str, dict[str, int]], keys: dict[tuple[str, str], str]):
    """A constructed TollPlaces: documents' place mentions (each named in its lede) and the place each toll key names."""
    from collections import Counter

    from sitroom.resolve.gazetteer import Candidate
    from sitroom.analyze.toll_places import TollPlaces

    where = {c.pid: c for c in (
        Candidate(1, "country:FRA", "France", 46.0, 2.0, "FRA", "country", 0, 66987244, None, False),
        Candidate(2, "geonames:2990440", "Nice", 43.70313, 7.26608, "FRA", "city", 3, 342669, "FR.93", False),
        Candidate(3, "geonames:2988507", "Paris", 48.85341, 2.3488, "FRA", "city", 3, 2138551, "FR.11", True),
        Candidate(4, "geonames:2643743", "London", 51.50853, -0.12574, "GBR", "city", 3, 8961989, "GB.ENG", True),
        Candidate(5, "geonames:2651817", "Croydon", 51.38333, -0.1, "GBR", "city", 3, 173314, "GB.ENG", False))}
    return TollPlaces(key_place=keys, mentions={d: Counter(m) for d, m in docs.items()},
                      lede={d: set(m) for d, m in docs.items()}, where=where)


def test_a_district_and_its_city_on_the_same_days_are_one_event():
    croydon = replace(TOLL, subject="toll:croydon", subject_name="Croydon crash", value=7.0, written_value=7.0,
                      approximate=False, change="=", text="seven people", document="bbc")
    london = replace(croydon, subject="toll:london", subject_name="London crash", value=8.0, written_value=8.0,
                     text="eight people", document="sun", published="2016-07-15T08:00:00")
    places = _places({"bbc": {"geonames:2651817": 4}, "sun": {"geonames:2643743": 2, "geonames:2651817": 3}},
                     {("bbc", "toll:croydon"): "geonames:2651817", ("sun", "toll:london"): "geonames:2643743"})
    assert conflicts([croydon, london]) == []  # without places, two keys
    found = conflicts([croydon, london], places)
    assert [(g["subject"], sorted(c["text"] for c in g["claims"])) for g in found] == [
        ("Croydon crash", ["eight people", "seven people"])]
    places.lede["sun"] = {"geonames:2643743"}  # a London report that names Croydon only further down
    assert conflicts([croydon, london], places) == []


def test_two_cities_of_one_country_stay_two_events():
    exact = replace(TOLL, approximate=False, change="=", text="84 people", document="a")
    nice = [exact, replace(exact, value=77.0, written_value=77.0, text="77 people", document="b")]
    paris = [replace(exact, subject="toll:paris", subject_name="Paris shooting", value=5.0, written_value=5.0,
                     text="five people", document="c"),
             replace(exact, subject="toll:paris", subject_name="Paris shooting", value=7.0, written_value=7.0,
                     text="seven people", document="d")]
    france = dict(subject="toll:france", subject_name="France attack")
    both = replace(exact, **france, value=10.0, written_value=10.0, text="ten people", document="e")
    in_nice = replace(exact, **france, value=80.0, written_value=80.0, text="80 people", document="f")
    months_later = replace(in_nice, value=3.0, written_value=3.0, text="three people", document="g",
                           published="2017-03-01")
    nice_id, paris_id = "geonames:2990440", "geonames:2988507"
    places = _places({"a": {nice_id: 2}, "b": {nice_id: 2}, "c": {paris_id: 2}, "d": {paris_id: 2},
                      "e": {nice_id: 3, paris_id: 3, "country:FRA": 2}, "f": {nice_id: 2, "country:FRA": 1},
                      "g": {nice_id: 2, "country:FRA": 1}},
                     {**{(d, "toll:nice"): nice_id for d in "ab"}, **{(d, "toll:paris"): paris_id for d in "cd"},
                      **{(d, "toll:france"): "country:FRA" for d in "efg"}})
    found = conflicts([*nice, *paris, both, in_nice, months_later], places)
    assert sorted((g["subject_id"], sorted(c["text"] for c in g["claims"])) for g in found) == [
        ("toll:nice", ["77 people", "80 people", "84 people"]),
        ("toll:paris", ["five people", "seven people"])]
    from sitroom.analyze.changes import changes

    assert all(ch.after.text != "three people" for ch in changes([*nice, in_nice, months_later], places))
