"""Eventness, turn 18 (evne28): a standing strengthened that is no armed force (model-marked: real
parses). The sentences are written for these tests, not taken from any corpus or gold file.

The posture verbs of MOBILIZE ("strengthen", "boost", "build up", "reinforce") show force only
when what they strengthen is forces: "its diplomatic position", "a consumer fraud unit" and
"the morale of the troops" are a standing, an office and a spirit (no event). Controls:
"reinforced its border", "strengthened its military positions", "increased its deployment of
police forces", "bolstered its naval presence", "the army reinforced its units"."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Over the past decade Brazil has steadily strengthened its diplomatic position in Latin America.",
    "Since March the Oregon attorney general has expanded her office's consumer fraud unit to "
    "handle complaints against lenders.",
    "Baghdad hopes that the pay rise will boost the morale of the Iraqi troops in the north.",
])
def test_a_civil_standing_strengthened_is_no_mobilization(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "MOBILIZE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Poland has reinforced its border with Belarus to stop migrants crossing, the ministry said.",
    "Russia strengthened its military positions near the Ukrainian border on Monday.",
    "The Interior Ministry said it had increased its deployment of police forces to 40,000.",
    "China bolstered its naval presence in the South China Sea last month.",
])
def test_forces_strengthened_stay_a_mobilization(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "MOBILIZE"), listed(events)


# A trip for leisure or faith is no diplomatic visit, as a noun too: "Korean tourist visits to
# Egypt", "pilgrimage trips to Najaf". Controls: a minister's visit, an official trip.
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry expects Korean tourist visits to Egypt to double next year.",
    "Officials said pilgrimage trips to Najaf by Pakistani families rose sharply in May.",
    "Egypt hopes that holiday trips to Luxor by Russian families will resume in the spring.",
])
def test_a_private_trip_is_no_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "CONSULT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Korean foreign minister's visit to Egypt was postponed, the ministry said on Monday.",
    "Egypt hopes that the official trip to Cairo by the Russian foreign minister will take place soon.",
])
def test_an_official_trip_stays_a_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "CONSULT"), listed(events)


# An idiom's object: slamming the brakes or the door stops or shuts something, and a concern or a
# process "hijacked" is taken over in words. Controls: a party slammed, an airliner hijacked.
@pytest.mark.model
@pytest.mark.parametrize("text,category", [
    ("The shooting down of the Jordanian drone slammed the brakes on warming relations between "
     "Jordan and Syria.", "ACCUSE"),
    ("Critics say Ruritania wants to hijack the legitimate security concerns of its neighbours to "
     "extend its influence.", "COERCE"),
])
def test_an_idiom_names_no_act(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text,category", [
    ("The Jordanian foreign minister slammed Syria for the drone incident on Monday.", "ACCUSE"),
    ("Gunmen hijacked a Jordanian airliner over Syria on Monday.", "COERCE"),
])
def test_the_literal_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)


# The scene of an incident at home is a site: officials who go there meet no other party.
# Controls: the scene of a blast abroad, a trip to a foreign capital.
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Two senior Egyptian police generals travelled to the location of the shootout near Arish on Tuesday.",
    "Senior Egyptian army officers visited the scene of the blast in Sinai on Tuesday.",
])
def test_a_scene_at_home_is_no_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "CONSULT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Egyptian foreign minister visited the scene of the blast in Beirut on Tuesday.",
    "The Egyptian foreign minister travelled to Beirut on Tuesday.",
])
def test_a_trip_abroad_stays_a_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "CONSULT"), listed(events)
