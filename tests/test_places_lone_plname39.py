"""Places (issue 11, helper plname39): a small town abroad that nothing in the story points at,
in a story whose places lie in one other country that holds a town of the name, is the story's
own town ("the stalemate in Washington" of a Kansas election story is the capital, not the town in
England; "supporters in Blackburn" of a British story the Lancashire town). Where the story's
country holds no town of the name, where the town's country or a place near it is named, or
where the story lies in no one country, the reading stays. Own sentences, a hand-made gazetteer
slice, the component's reading handed in as the resolver left it."""

from __future__ import annotations

import pytest
import spacy
from places_support import place_entry, slice_gazetteer

from sitroom.components.place_lone import lone_abroad

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("country:GBR", "United Kingdom", 54.0, -2.0, "GBR", 0, 67_000_000),
    place_entry("country:ESP", "Spain", 40.0, -4.0, "ESP", 0, 47_000_000),
    place_entry("region:US.KS", "Kansas", 38.5, -98.4, "USA", 1, 2_900_000, "US.KS"),
    place_entry("geonames:1000001", "Washington", 38.895, -77.036, "USA", 3, 690_000, "US.DC", capital=True),
    place_entry("geonames:1000002", "Washington", 54.9, -1.52, "GBR", 3, 67_000, "GB.ENG"),
    place_entry("geonames:1000003", "Wichita", 37.69, -97.34, "USA", 3, 390_000, "US.KS"),
    place_entry("geonames:1000004", "Denver", 39.74, -104.98, "USA", 3, 715_000, "US.CO"),
    place_entry("geonames:1000005", "Blackburn", 53.75, -2.48, "GBR", 3, 146_000, "GB.ENG"),
    place_entry("geonames:1000006", "Blackburn", -37.82, 145.15, "AUS", 3, 18_000, "AU.VIC"),
    place_entry("geonames:1000007", "Manchester", 53.48, -2.24, "GBR", 3, 550_000, "GB.ENG"),
    place_entry("geonames:1000008", "Leeds", 53.8, -1.55, "GBR", 3, 790_000, "GB.ENG"),
    place_entry("geonames:1000009", "La Manga", 37.64, -0.72, "ESP", 3, 9_000, "ES.MU"),
    place_entry("geonames:1000010", "London", 51.51, -0.13, "GBR", 3, 8_900_000, "GB.ENG", capital=True),
    place_entry("geonames:1000011", "Sunderland", 54.9, -1.38, "GBR", 3, 170_000, "GB.ENG"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("plname39"), ENTRIES)


def _read(gaz, text: str, readings: list[tuple[str, str]], named=frozenset()):
    """Each (name, country) of ``readings``, found in order in ``text`` and read as the entry of
    that country; the rereadings lone_abroad makes, by name -> (name, country) or None."""
    doc = spacy.blank("en")(text)
    spans, found, pos = [], {}, 0
    for name, cc in readings:
        start = text.index(name, pos)
        span = doc.char_span(start, start + len(name))
        pos = start + len(name)
        spans.append(span)
        found[(span.start, span.end)] = next(c for c in gaz.find(name) if c.cc == cc)
    out = lone_abroad(spans, found, frozenset(named), gaz)
    return {s.text: (c.name, c.cc) if c else None
            for s in spans if (s.start, s.end) in out for c in [out[(s.start, s.end)]]}


def test_a_small_namesake_abroad_is_the_story_capital(gaz):
    text = ("Voters in Wichita and across Kansas backed the challenger; analysts in Denver said "
            "a stalemate in Washington would follow, and Kansas farmers agreed.")
    got = _read(gaz, text, [("Wichita", "USA"), ("Kansas", "USA"), ("Denver", "USA"),
                            ("Washington", "GBR"), ("Kansas", "USA")])
    assert got == {"Washington": ("Washington", "USA")}


def test_a_british_story_keeps_its_own_town(gaz):
    text = ("The minister told supporters in Blackburn that the party would hold Manchester and "
            "Leeds, and later spoke in London.")
    got = _read(gaz, text, [("Blackburn", "AUS"), ("Manchester", "GBR"), ("Leeds", "GBR"),
                            ("London", "GBR")])
    assert got == {"Blackburn": ("Blackburn", "GBR")}


def test_a_town_with_no_namesake_at_home_stays(gaz):
    # control: the story's country has no La Manga; the Spanish resort keeps its reading
    text = "After a camp in La Manga the sprinter flew to London, then raced in Manchester and Leeds."
    got = _read(gaz, text, [("La Manga", "ESP"), ("London", "GBR"), ("Manchester", "GBR"),
                            ("Leeds", "GBR")])
    assert got == {}


def test_the_towns_country_named_keeps_it(gaz):
    # control: the story names the town's country (a place, or its adjective)
    text = ("Kansas officials met in Wichita and Denver; a delegation from the United Kingdom "
            "visited Washington, near Sunderland.")
    got = _read(gaz, text, [("Kansas", "USA"), ("Wichita", "USA"), ("Denver", "USA"),
                            ("United Kingdom", "GBR"), ("Washington", "GBR")])
    assert got == {}
    text = "Kansas officials met in Wichita and Denver; British engineers built a plant in Washington."
    got = _read(gaz, text, [("Kansas", "USA"), ("Wichita", "USA"), ("Denver", "USA"),
                            ("Washington", "GBR")], named={"GBR"})
    assert got == {}


def test_a_place_near_the_town_keeps_it(gaz):
    # control: a city within a short drive of the town points at it
    text = "Fans from Wichita, Denver and Kansas drove from Sunderland to Washington for the match."
    got = _read(gaz, text, [("Wichita", "USA"), ("Denver", "USA"), ("Kansas", "USA"),
                            ("Sunderland", "GBR"), ("Washington", "GBR")])
    assert got == {}


def test_a_story_of_no_one_country_is_left_alone(gaz):
    # control: the places lie in two countries alike
    text = "Flights from Denver and Wichita to London and Leeds were cut; Washington was quiet."
    got = _read(gaz, text, [("Denver", "USA"), ("Wichita", "USA"), ("London", "GBR"), ("Leeds", "GBR"),
                            ("Washington", "GBR")])
    assert got == {}
