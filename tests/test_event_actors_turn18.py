"""Who did what, turn 18 (evact29): an actor's country is the one any of its mentions gives it. The
actor group gives a person's country where a title says it ("U.S. President Ron Diaz") and none
where a later mention is bare ("Diaz"); the events coder read the last mention only, so a trip at
home ("Diaz will travel to Utah") took the visitor's own country as the host it met. Controls: a
trip abroad keeps its host; a person of no known country keeps the country visited (model-parsed
sentences written for these tests, hand-marked actors and places). And a noun described as its
owner's fellows ("Chile's fellow Andean states") names the owner's peers, not the owner."""

from __future__ import annotations

import dataclasses

import pytest
from events_support import annotate, coded, event_with, listed, parser

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _coded(text: str, country: str | None, places: dict[str, tuple[str, str]], more: dict[str, str] | None = None):
    """Code ``text`` with Ron Diaz marked; the first mention has ``country``, later bare "Diaz"
    mentions none (as the actor group marks a name without its title)."""
    from sitroom.components.events import code_events

    doc = annotate(parser()(text), actors={"Ron Diaz": "DIAZ", "Diaz": "DIAZ", **(more or {})}, kinds={"DIAZ": "person"},
                   countries={"DIAZ": country} if country else {}, places=places, published=PUB)
    first = min(s.start for s in doc.spans["actors"])
    for span in doc.spans["actors"]:
        if span.start > first + 3:
            span._.actor = dataclasses.replace(span._.actor, country=None)
    return code_events(doc)


def test_a_trip_at_home_has_no_host_when_an_earlier_mention_gives_the_country():
    events = _coded("U.S. President Ron Diaz spoke at a rally on Friday. Diaz will travel to Utah next "
                    "week to meet ranchers.", "USA", {"Utah": ("geonames:9", "USA")})
    assert event_with(events, "travel").targets == (), listed(events)


def test_a_trip_abroad_keeps_its_host():
    # control: the place is in another country than the one the first mention gives
    events = _coded("U.S. President Ron Diaz spoke at a rally on Friday. Diaz will travel to Mexico next "
                    "week to meet ranchers.", "USA", {}, {"Mexico": "MEX"})
    assert event_with(events, "travel").targets == ("MEX",), listed(events)


def test_a_visitor_of_no_known_country_keeps_the_country_visited():
    # control: no mention gives the visitor a country; the place stands for its country
    events = _coded("Ron Diaz spoke at a rally on Friday. Diaz will travel to Utah next week to meet "
                    "ranchers.", None, {"Utah": ("geonames:9", "USA")})
    assert event_with(events, "travel").targets == ("USA",), listed(events)


def test_the_owners_fellows_are_not_the_owner():
    events = coded("None of Chile's fellow Andean states sanctioned Lima despite heavy pressure to do so.",
                   actors={"Chile": "CHL", "Lima": "PER"}, published=PUB)
    assert "CHL" not in event_with(events, "sanctioned").actors, listed(events)
    events = coded("Chile's fellow members of the bloc accused Lima of breaking the accord.",
                   actors={"Chile": "CHL", "Lima": "PER"}, published=PUB)
    assert "CHL" not in event_with(events, "accused").actors, listed(events)


def test_the_owner_itself_and_its_envoy_keep_their_party():
    # controls: the owner acting, and an owner's own envoy, keep the owner
    events = coded("Chile sanctioned Lima last year over the border dispute.",
                   actors={"Chile": "CHL", "Lima": "PER"}, published=PUB)
    assert event_with(events, "sanctioned").actors == ("CHL",), listed(events)
    events = coded("Chile's envoy accused Lima of breaking the accord.",
                   actors={"Chile": "CHL", "Lima": "PER"}, published=PUB)
    assert event_with(events, "accused").actors == ("CHL",), listed(events)
