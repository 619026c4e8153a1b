"""Eventness and category, turn 9b: denials of a charge, a source declining to comment, leaving a
treaty named by its acronym or by a relative clause, and trips for leisure or faith (model-marked:
real parses, hand-marked actors). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"


# -- denying a charge refuses nobody anything -------------------------------------------------

@pytest.mark.parametrize("text, actors", [
    ("Moscow has denied meddling in the vote.", {"Moscow": "RUS"}),
    ("The ministry denied any collusion with the rebels.", {"The ministry": "GOV"}),
    ("The company denies any kind of misconduct by its staff.", {"The company": "ORG"}),
])
def test_denying_a_charge_is_no_refusal(text, actors):
    events = coded(text, actors=actors, published=PUB)
    assert not of_type(events, "REJECT"), listed(events)


def test_denying_a_party_something_is_still_a_refusal():
    events = coded("Israel denied Palestinian farmers entry to the valley on Monday.",
                   actors={"Israel": "ISR"}, published=PUB)
    assert of_type(events, "REJECT"), listed(events)


# -- a source who will not comment is the newsroom's exchange, no event -------------------------

@pytest.mark.parametrize("text", [
    "The spokesman refused to comment on the new budget.",
    "The envoy smiled, refusing to comment about any timeline.",
])
def test_refusing_to_comment_is_no_event(text):
    events = coded(text, published=PUB)
    assert not of_type(events, "REJECT"), listed(events)


def test_refusing_a_demand_is_still_a_refusal():
    events = coded("The government refused to release the prisoners.",
                   actors={"The government": "GOV"}, published=PUB)
    assert of_type(events, "REJECT"), listed(events)


# -- leaving a treaty cuts a relation (SANCTION), it retreats from nothing ------------------------

@pytest.mark.parametrize("text, actors", [
    ("Tehran may consider quitting the NPT next year.", {"Tehran": "IRN"}),
    ("Parliament studied Iran's withdrawal from the NPT.", {"Iran": "IRN"}),
    ("The arms treaty, which Washington withdrew from in 2019, had limited missiles.",
     {"Washington": "USA"}),
])
def test_leaving_a_treaty_is_a_sanction(text, actors):
    events = coded(text, actors=actors, published=PUB)
    assert of_type(events, "SANCTION") and not of_type(events, "RETREAT"), listed(events)


def test_troops_leaving_a_town_still_retreat():
    events = coded("The army withdrew from the town, which the rebels had held for years.",
                   actors={"The army": "MIL"}, published=PUB)
    assert of_type(events, "RETREAT"), listed(events)


# -- tourists and pilgrims travel; they pay no diplomatic visit -----------------------------------

@pytest.mark.parametrize("text", [
    "Pilgrims who come to visit the shrine fill the hotels every spring.",
    "The explorer Marco Polo, who visited Hangzhou long ago, praised the city.",
])
def test_leisure_trips_are_no_visits(text):
    events = coded(text, published=PUB)
    assert not of_type(events, "CONSULT"), listed(events)


def test_a_minister_still_visits():
    events = coded("The foreign minister visited Kabul on Monday.", published=PUB)
    assert of_type(events, "CONSULT"), listed(events)


# -- an armed group that attacks does so with arms, not words ---------------------------------------

ARMED = {"taliban": "armed_group", "isis": "armed_group"}


@pytest.mark.parametrize("text, actors", [
    ("The Taliban attacked the Afghan government's positions along the border on Monday.",
     {"The Taliban": "taliban"}),
    ("ISIS attacked a government and police headquarters near the capital on Monday.",
     {"ISIS": "isis"}),
])
def test_armed_groups_attack_with_arms(text, actors):
    events = coded(text, actors=actors, kinds=ARMED, published=PUB)
    assert of_type(events, "ASSAULT") and not of_type(events, "ACCUSE"), listed(events)


def test_a_politician_still_attacks_with_words():
    events = coded("Fox attacked the government's record on immigration.",
                   actors={"Fox": "person:fox"}, kinds={"person:fox": "person"}, published=PUB)
    assert of_type(events, "ACCUSE"), listed(events)
