"""A small hand-made gazetteer slice shared by the places tests, and how they resolve names in it."""

from __future__ import annotations

from pathlib import Path

from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.gazetteer_build import build_slice
from sitroom.resolve.places import Toponym, resolve_toponyms

ENTRIES = [
    {
        "pid": "country:KGZ",
        "name": "Kyrgyzstan",
        "lat": 41.5,
        "lon": 74.5,
        "cc": "KGZ",
        "feature": "country",
        "level": 0,
        "pop": 6_000_000,
    },
    {
        "pid": "country:IND",
        "name": "India",
        "lat": 22.7,
        "lon": 79.4,
        "cc": "IND",
        "feature": "country",
        "level": 0,
        "pop": 1_300_000_000,
    },
    {
        "pid": "country:GEO",
        "name": "Georgia",
        "lat": 41.9,
        "lon": 43.7,
        "cc": "GEO",
        "feature": "country",
        "level": 0,
        "pop": 3_700_000,
    },
    {
        "pid": "country:USA",
        "name": "United States",
        "lat": 39.5,
        "lon": -97.5,
        "cc": "USA",
        "feature": "country",
        "level": 0,
        "pop": 327_000_000,
    },
    {
        "pid": "country:TJK",
        "name": "Tajikistan",
        "lat": 38.2,
        "lon": 72.6,
        "cc": "TJK",
        "feature": "country",
        "level": 0,
        "pop": 8_000_000,
    },
    {
        "pid": "country:AFG",
        "name": "Afghanistan",
        "lat": 34.2,
        "lon": 66.5,
        "cc": "AFG",
        "feature": "country",
        "level": 0,
        "pop": 37_000_000,
    },
    {
        "pid": "region:US.GA",
        "name": "Georgia",
        "lat": 32.9,
        "lon": -83.3,
        "cc": "USA",
        "feature": "region",
        "level": 1,
        "pop": 4_800_000,
        "admin1": "US.GA",
    },
    {
        "pid": "region:TJ.01",
        "name": "Kuhistoni Badakhshon",
        "lat": 38.0,
        "lon": 72.9,
        "cc": "TJK",
        "feature": "region",
        "level": 1,
        "pop": 200_000,
        "admin1": "TJ.01",
        "aliases": ["Gorno-Badakhshan"],
    },
    {
        "pid": "geonames:1528675",
        "name": "Bishkek",
        "lat": 42.87,
        "lon": 74.59,
        "cc": "KGZ",
        "feature": "city",
        "level": 3,
        "pop": 900_000,
        "admin1": "KG.01",
        "capital": True,
    },
    {
        "pid": "geonames:1528193",
        "name": "Kant",
        "lat": 42.891,
        "lon": 74.851,
        "cc": "KGZ",
        "feature": "city",
        "level": 3,
        "pop": 22_617,
        "admin1": "KG.02",
    },
    {
        "pid": "geonames:1267979",
        "name": "Kant",
        "lat": 27.81,
        "lon": 79.79,
        "cc": "IND",
        "feature": "city",
        "level": 3,
        "pop": 24_430,
        "admin1": "IN.36",
    },
    {
        "pid": "geonames:4180439",
        "name": "Atlanta",
        "lat": 33.75,
        "lon": -84.39,
        "cc": "USA",
        "feature": "city",
        "level": 3,
        "pop": 463_000,
        "admin1": "US.GA",
    },
    {
        "pid": "area:central-asia",
        "name": "Central Asia",
        "lat": 43.0,
        "lon": 66.0,
        "feature": "area",
        "level": 4,
    },
]


def place_entry(pid, name, lat, lon, cc, level, pop, admin1=None, capital=False, aliases=()) -> dict:
    """One gazetteer entry for ``slice_gazetteer``: level 0 a country, 1 or 2 a region, 3 a city."""
    feature = {0: "country", 1: "region", 2: "region", 3: "city"}[level]
    return {"pid": pid, "name": name, "lat": lat, "lon": lon, "cc": cc, "feature": feature,
            "level": level, "pop": pop, "admin1": admin1, "capital": capital, "aliases": list(aliases)}


def slice_gazetteer(folder: Path, entries: list[dict]) -> Gazetteer:
    """A gazetteer built from ``entries`` in ``folder``."""
    path = folder / "slice.sqlite"
    build_slice(path, entries)
    return Gazetteer(path)


def resolve_names(gaz: Gazetteer, text: str, names: list[str]):
    """Resolve ``names`` (in the order they occur in ``text``) as the places component would."""
    tops, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        tops.append(Toponym(start, start + len(name), name))
        pos = start + len(name)
    return resolve_toponyms(gaz, tops, text)


def place_uses(nlp, text: str) -> dict[str, str]:
    """Each place mention's words -> its use as the export shows it (full pipeline)."""
    doc = nlp(text)
    out = {s.text: "literal" for s in doc.spans["places"]}
    out.update((s.text, s.label_.lower()) for s in doc.spans["place_refs"])
    return out


def place_seen(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """Each place mention's words -> (use, country) as the export shows them (full pipeline)."""
    doc = nlp(text)
    out = {s.text: ("literal", s._.place.country) for s in doc.spans["places"]}
    out.update((s.text, (s.label_.lower(), s._.place.country)) for s in doc.spans["place_refs"])
    return out


def place_mentions(nlp, text: str) -> list[tuple[int, str, str, str | None, str]]:
    """(start char, words, use, country, place name) of each place mention, in order (full pipeline)."""
    doc = nlp(text)
    out = [(s.start_char, s.text, "literal", s._.place.country, s._.place.name) for s in doc.spans["places"]]
    out += [(s.start_char, s.text, s.label_.lower(), s._.place.country, s._.place.name) for s in doc.spans["place_refs"]]
    return sorted(out)
