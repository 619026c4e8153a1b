"""Eventness, evnon19: a dealing with one's own kin or friend is a private matter ("promised his
sons a pony", "has long criticised her brother", "appealed to their son to get in touch", "her
boyfriend drove over to meet Anna Pell"); one person marching up to someone or toward a spot
walks, no demonstration; a trip "between" two places is a route. Force against a relative,
dealings with officials and a people's figurative kin stay events; crowds that march stay
demonstrations; trips and visits of parties stay visits. Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _of(nlp, text: str, category: str):
    return [e for e in dated_events(nlp, text, PUB) if e.type == category]


@pytest.mark.parametrize("text, category", [
    ("The pony, which the mayor promised his sons on election night, arrived at the farm in May.",
     "AGREE"),
    ("On the radio Mrs Tull admitted that she has long criticised her brother over his drinking.",
     "ACCUSE"),
    ("After the boy vanished, the couple appealed to their son to get in touch.", "REQUEST"),
    ("Two days later his parents pleaded for their son to come home.", "REQUEST"),
    ("On Friday her boyfriend Tom Barlow drove from Leeds to meet Anna Pell at the cottage.", "CONSULT"),
])
def test_dealings_with_ones_own_kin_are_private(real_nlp, text, category):
    events = _of(real_nlp, text, category)
    assert not events, listed(events)


@pytest.mark.parametrize("text, category", [
    ("President Bolton criticised Governor Reyes for the delays.", "ACCUSE"),
    ("Her mother called on Governor Reyes to release the prisoners.", "REQUEST"),
    ("Ruritania will keep supporting our Sylvanian brothers and sisters through the winter.",
     "SUPPORT"),
    ("The minister visited Kabul with his wife on Monday.", "CONSULT"),
    ("Her sister was shot by a sniper on the roof of their home.", "ASSAULT"),
    ("In a court filing last week she accused her stepfather of stealing the family's savings.",
     "ACCUSE"),
    ("Governor Reyes praised Senator Lowe and his family as honorable people.", "SUPPORT"),
    ("The president met his daughter Ivana Marsh, a White House adviser, to discuss the trade deal.",
     "CONSULT"),
])
def test_dealings_with_parties_stay_events(real_nlp, text, category):
    assert _of(real_nlp, text, category)


@pytest.mark.parametrize("text", [
    "During the broadcast Ellen Dawkins marched up to the host and told him the plan was nonsense.",
    "The quarrel started on a talk show, with Ellen Dawkins marching over to him in front of the "
    "cameras.",
    "Police said Tom Dorn, 44, opened fire at a farm. An hour later Dorn smashed a window and "
    "marched toward the library.",
])
def test_one_person_striding_is_no_demonstration(real_nlp, text):
    events = _of(real_nlp, text, "PROTEST")
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Thousands of protesters marched toward parliament on Sunday to demand new elections.",
    "Ken Ross, a retired teacher, marched with striking nurses through the town last year.",
    "The opposition leader marched to Tahrir Square with thousands of supporters.",
    "Hundreds of students marched across the campus chanting slogans against the fee rise.",
])
def test_marches_of_crowds_stay_demonstrations(real_nlp, text):
    assert _of(real_nlp, text, "PROTEST")


def test_a_trip_between_two_places_is_a_route(real_nlp):
    text = ("Once the rail line is completed, the trip between Leeds and York will be shortened to a "
            "little more than twenty minutes.")
    events = _of(real_nlp, text, "CONSULT")
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "The minister's trip to Jakarta was postponed on Monday.",
    "Officials said reciprocal visits between the two defence ministers would resume in June.",
    "The prime minister made a trip to Ruritania last week to meet its president.",
])
def test_trips_and_visits_of_parties_stay_visits(real_nlp, text):
    assert _of(real_nlp, text, "CONSULT")
