"""Gazetteer and resolver on a small hand-made slice: no model, no full index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from places_support import ENTRIES, resolve_names

from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.gazetteer_build import build_slice
from sitroom.resolve.geo import haversine, normalise
from sitroom.resolve.places import border_place, to_place_ref


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "slice.sqlite"
    build_slice(
        path,
        ENTRIES,
        neighbours={"TJK": ["AFG", "KGZ"], "AFG": ["TJK"], "KGZ": ["TJK"]},
        borders={("AFG", "TJK"): (37.4, 71.5)},
    )
    return Gazetteer(path)


def test_normalise_strips_accents_case_and_article():
    assert normalise("The Kŭhistoni-Badakhshon") == "kuhistoni badakhshon"


def test_exact_lookup_finds_every_homonym(gaz):
    assert {c.cc for c in gaz.find("Kant")} == {"KGZ", "IND"}


def test_kant_near_bishkek_is_the_kyrgyz_town(gaz):
    text = "Russia maintains the Kant air base near the capital, Bishkek."
    kant, bishkek = resolve_names(gaz, text, ["Kant", "Bishkek"])
    assert kant.pid == "geonames:1528193" and bishkek.cc == "KGZ"


def test_kant_alone_with_india_in_context_is_indian(gaz):
    text = "India said the town of Kant was flooded."
    _, kant = resolve_names(gaz, text, ["India", "Kant"])
    assert kant.cc == "IND"


def test_georgia_depends_on_context(gaz):
    us = resolve_names(gaz, "Atlanta is the capital of Georgia.", ["Atlanta", "Georgia"])[1]
    caucasus = resolve_names(gaz, "Georgia and Central Asia.", ["Georgia", "Central Asia"])[
        0
    ]
    assert us.pid == "region:US.GA" and caucasus.pid == "country:GEO"


def test_container_after_comma_decides(gaz):
    kant = resolve_names(gaz, "in Kant, India", ["Kant", "India"])[0]
    assert kant.cc == "IND"


def test_fuzzy_variant_spelling_reaches_the_region(gaz):
    ref = to_place_ref(
        resolve_names(gaz, "the region of Gorno-Badakshchan", ["Gorno-Badakshchan"])[0]
    )
    assert (
        ref.id == "region:TJ.01"
        and ref.feature == "region"
        and ref.precision == "region"
    )


def test_fuzzy_refuses_short_and_distant_names(gaz):
    assert gaz.fuzzy("Kanto") == ()
    assert gaz.fuzzy("Bishkekistan") == ()


def test_unknown_name_is_none(gaz):
    assert resolve_names(gaz, "Harbmaidon", ["Harbmaidon"]) == [None]


def test_border_is_an_area_between_the_two_countries(gaz):
    ref = border_place(gaz, "Afghan", "Tajik")
    assert ref is not None and ref.precision == "area" and ref.feature == "area"
    assert ref.id == "area:border-afg-tjk" and abs(ref.lat - 37.4) < 1e-6


def test_area_resolves_with_area_precision(gaz):
    ref = to_place_ref(resolve_names(gaz, "Central Asia", ["Central Asia"])[0])
    assert ref.precision == "area" and ref.country is None


@given(
    st.floats(-89, 89), st.floats(-179, 179), st.floats(-89, 89), st.floats(-179, 179)
)
def test_haversine_is_a_finite_symmetric_distance(a, b, c, d):
    x, y = haversine(a, b, c, d), haversine(c, d, a, b)
    assert 0 <= x <= 20040 and abs(x - y) < 1e-6
