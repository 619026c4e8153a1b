"""Who did what to whom, turn 9b: an outlet that quotes someone is not the quoted "we", and a
country's traders and producers are not its state (model-marked: real parses, hand-marked actors,
sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def test_traders_and_producers_of_a_country_are_not_its_state():
    events = coded("Iranian carpet weavers have complained about Pakistani manufacturers.",
                   actors={"Iranian": "IRN", "Pakistani": "PAK"}, published=PUB)
    assert all("IRN" not in e.actors for e in events), listed(events)
    events = coded("Canada's largest textile producer has been negotiating with U.S. companies.",
                   actors={"Canada": "CAN", "U.S.": "USA"}, published=PUB)
    assert all("CAN" not in e.actors for e in events), listed(events)
    # the state itself still acts through its name
    events = coded("Iran complained about Pakistan's new tariffs.",
                   actors={"Iran": "IRN", "Pakistan": "PAK"}, published=PUB)
    assert event_with(events, "complained").actors == ("IRN",), listed(events)


def test_we_in_a_quote_an_outlet_reports_is_not_the_outlet():
    quote = "We urge the United States to correct its policy"
    events = coded(f"\u201c{quote},\u201d Tasnim quoted her as saying.",
                   actors={"Tasnim": "TASNIM", "the United States": "USA"},
                   kinds={"TASNIM": "media"}, quotes={quote: "TASNIM"}, published=PUB)
    assert all("TASNIM" not in e.actors for e in events), listed(events)
    # an outlet that says "we" of itself still acts ("we deeply regret the error", it said)
    quote = "We deeply regret and apologize for the serious error we made yesterday"
    events = coded(f"\u201c{quote},\u201d Tasnim said in a statement.",
                   actors={"Tasnim": "TASNIM"}, kinds={"TASNIM": "media"},
                   quotes={quote: "TASNIM"}, published=PUB)
    assert event_with(events, "apologize").actors == ("TASNIM",), listed(events)
