"""The places component on hand-built docs (no model) and on the seed articles (model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from places_support import ENTRIES

from sitroom.components import ensure_extensions
from sitroom.components.places import PlacesComponent
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.gazetteer_build import build_slice
from sitroom.resolve.geo import haversine


@pytest.fixture(scope="module")
def component(tmp_path_factory) -> PlacesComponent:
    path = tmp_path_factory.mktemp("gaz") / "slice.sqlite"
    build_slice(
        path,
        ENTRIES,
        neighbours={"TJK": ["AFG", "KGZ"]},
        borders={("AFG", "TJK"): (37.4, 71.5)},
    )
    ensure_extensions()
    return PlacesComponent(Gazetteer(path))


def _doc(text: str, ents: list[tuple[str, str]]):
    nlp = spacy.blank("en")
    doc = nlp(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    return doc


def test_mislabelled_person_with_a_cue_becomes_the_place(component):
    doc = _doc(
        "Kyrgyzstan hosts the Kant air base near the capital, Bishkek.",
        [("Kyrgyzstan", "GPE"), ("Kant", "PERSON"), ("Bishkek", "GPE")],
    )
    places = {s.text: s._.place for s in component(doc).spans["places"]}
    assert places["Kant"].id == "geonames:1528193" and places["Kant"].country == "KGZ"


def test_person_without_cue_or_country_stays_a_person(component):
    doc = _doc("Kant wrote a book.", [("Kant", "PERSON")])
    assert list(component(doc).spans["places"]) == []


def test_unknown_facility_is_placed_at_the_border_area(component):
    doc = _doc(
        "Drills at the Harbmaidon training ground on the Afghan-Tajik border.",
        [("Harbmaidon", "ORG"), ("Afghan", "NORP"), ("Tajik", "NORP")],
    )
    places = {s.text: s._.place for s in component(doc).spans["places"]}
    assert (
        places["Harbmaidon"].precision == "area"
        and places["Harbmaidon"].feature == "facility"
    )
    assert places["Afghan-Tajik border"].id == "area:border-afg-tjk"


def test_span_offsets_match_the_record_text(component):
    doc = _doc(
        "In Georgia and Tajikistan.", [("Georgia", "GPE"), ("Tajikistan", "GPE")]
    )
    for span in component(doc).spans["places"]:
        assert doc.text[span.start_char : span.end_char] == span.text
        assert -90 <= span._.place.lat <= 90 and -180 <= span._.place.lon <= 180


SEEDS = {  # name -> (lat, lon, ISO3, feature)
    "Bishkek": (42.87, 74.59, "KGZ", "city"),
    "Kant": (42.89, 74.85, "KGZ", "city"),
    "Ashgabat": (37.95, 58.38, "TKM", "city"),
    "Kabul": (34.53, 69.17, "AFG", "city"),
    "Gorno-Badakshchan": (38.3, 72.9, "TJK", "region"),
    "Ningxia Hui Autonomous Region": (37.3, 106.2, "CHN", "region"),
    "Xinjiang": (41.1, 85.2, "CHN", "region"),
    "Moscow": (55.75, 37.62, "RUS", "city"),
    "Chechnya": (43.4, 45.7, "RUS", "region"),
}
COUNTRIES = {
    "Tajikistan": "TJK",
    "Afghanistan": "AFG",
    "Kyrgyzstan": "KGZ",
    "Uzbekistan": "UZB",
    "Turkmenistan": "TKM",
    "Russia": "RUS",
    "China": "CHN",
    "Syria": "SYR",
    "Iraq": "IRQ",
    "Pakistan": "PAK",
    "India": "IND",
    "Turkey": "TUR",
    "Iran": "IRN",
}


@pytest.fixture(scope="module")
def seed_places(real_nlp):
    out = {}
    for path in sorted(
        (Path(__file__).resolve().parents[1] / "examples").glob("*.txt")
    ):
        doc = real_nlp(path.read_text("utf-8"))
        for span in doc.spans["places"]:
            out.setdefault(span.text, span._.place)
        # a country named only as a party of relations ("relations with China, India, ...") is
        # exported as a metonym of the same place: its resolution counts too
        for span in doc.spans["place_refs"]:
            if span.label_ == "METONYM":
                out.setdefault(span.text, span._.place)
    return out


@pytest.mark.model
def test_seed_places_at_the_right_coordinates(seed_places):
    for name, (lat, lon, cc, feature) in SEEDS.items():
        hit = [p for text, p in seed_places.items() if name in text]
        assert hit, f"{name} not found"
        assert hit[0].country == cc and hit[0].feature == feature, (name, hit[0])
        assert haversine(lat, lon, hit[0].lat, hit[0].lon) < 60, (name, hit[0])


@pytest.mark.model
def test_seed_countries_and_areas(seed_places):
    for name, cc in COUNTRIES.items():
        assert seed_places[name].id == f"country:{cc}", name
    assert seed_places["North Caucasus"].precision == "area"
    harb = [p for t, p in seed_places.items() if "Harbmaidon" in t]
    assert harb and harb[0].precision == "area"
