"""Cooperation a party says it will carry on is its stated intent to cooperate: PLOVER AGREE
("promises, offers, stated intent to cooperate; future or planned cooperation"), made when said,
not COOPERATE under way. Cooperation carried on now or before, forecast by the narrator or by
others, feared, or negated stays as it was (model-marked: real parses, hand marks; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Peru": "PER", "Chile": "CHL", "Lima": "PER", "Santiago": "CHL"}


def _coded(text):
    return [(e.type, e.status) for e in coded(text, actors=ACTORS, published=PUB)]


@pytest.mark.parametrize("text", [
    # the content of a verb of stating, its subject a noun or a pronoun
    "The ministry said Chile will continue its customs cooperation with the port authority.",
    "Lima has said that Peru and Chile will continue cooperation against smuggling.",
    "Peru will keep cooperating with the inspectors, the envoy added.",
    # the party's own words in the first person
    "“We shall continue cooperating with the inspectors,” the spokesman said.",
    "“We are going to keep cooperating with the governor,” she told reporters.",
    # the content of a noun of stating
    "As an assurance that Lima would continue its naval cooperation with Santiago, the admiral "
    "visited the port.",
])
def test_cooperation_a_party_says_it_will_continue_is_agree_made_when_said(text):
    events = _coded(text)
    assert ("AGREE", "occurred") in events, (text, events)
    assert not any(t == "COOPERATE" for t, _ in events), (text, events)


def test_the_stated_intent_keeps_its_parties():
    events = coded("Lima has said that Peru and Chile will continue cooperation against smuggling.",
                   actors=ACTORS, published=PUB)
    assert [(e.type, e.actors) for e in events] == [("AGREE", ("PER", "CHL"))], listed(events)


@pytest.mark.parametrize("text, expected", [
    # carried on now or until now: under way
    ("Chile continues to cooperate fully with the inquiry.", "ongoing"),
    ("Peru has continued to cooperate with Chile.", "ongoing"),
    # the narrator's forecast, a forecast by others, a fear: no statement of the party's intent
    ("Peru will continue naval cooperation with Chile.", "ongoing"),
    ("There are fears that Peru will continue its cooperation with Chile.", "ongoing"),
    ("Analysts predict Peru will continue to cooperate with Chile.", "hypothetical"),
    # negated, in the clause or in the report
    ("Peru said it would not continue to cooperate with Chile.", "negated"),
    ("Peru did not say it would continue to cooperate with Chile.", "ongoing"),
    # a joint act carried on is that act, not cooperation in general
    ("The navies of Peru and Chile said they will continue their joint exercises in the Pacific.",
     "ongoing"),
])
def test_cooperation_carried_on_forecast_or_negated_stays_cooperation(text, expected):
    events = _coded(text)
    assert "AGREE" not in {t for t, _ in events}, (text, events)
    assert ("COOPERATE", expected) in events, (text, events)
