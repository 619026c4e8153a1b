"""Eventness and category, turn 9: support given in words, protests made by states, attacks on
things only words attack, and what a participle after its noun acts on (model-marked: real
parses, hand-marked actors). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"
PERSON = {"person:tillerson": "person", "person:howard": "person", "person:ortiz": "person"}


# -- a message, a letter or a statement of support is words, no aid -------------------------

@pytest.mark.parametrize("text", [
    "Tillerson delivered a message of support to European allies in Brussels on Tuesday.",
    "Tillerson sent the prime minister a letter of support after the vote.",
    "Tillerson came to Brussels to give a public statement of support to the alliance.",
])
def test_support_given_in_words_is_no_aid(text):
    events = coded(text, actors={"Tillerson": "person:tillerson"}, kinds=PERSON, published=PUB)
    assert not of_type(events, "AID"), listed(events)


def test_support_supplied_is_still_aid():
    events = coded("The United States sent weapons and ammunition to Ukraine on Tuesday.",
                   actors={"The United States": "USA", "Ukraine": "UKR"}, published=PUB)
    (e,) = of_type(events, "AID")
    assert e.actors == ("USA",), listed(events)


# -- a protest by a state or its government is criticism, not a demonstration -----------------

@pytest.mark.parametrize("text, actors", [
    ("China this week protested the visit by Indian Prime Minister Narendra Modi to the border state.",
     {"China": "CHN"}),
    ("The administration protested the constitutionality of the special prosecutor law.",
     {"The administration": "sector:GOV"}),
])
def test_a_states_protest_is_criticism(text, actors):
    events = coded(text, actors=actors, kinds={"sector:GOV": "other"}, published=PUB)
    assert not of_type(events, "PROTEST"), listed(events)
    (e,) = of_type(events, "ACCUSE")
    assert e.actors == tuple(actors.values()), listed(events)


def test_groups_a_country_name_only_describes_still_demonstrate():
    events = coded("Environmental groups and Native American tribal organizations plan to protest "
                   "the visit at the state capitol.", actors={"American": "USA"}, published=PUB)
    assert of_type(events, "PROTEST"), listed(events)


def test_people_who_protest_still_demonstrate():
    events = coded("Thousands of students protested the ruling outside the court in Cairo.",
                   actors={"students": "sector:EDU"}, kinds={"sector:EDU": "other"}, published=PUB)
    assert of_type(events, "PROTEST"), listed(events)


# -- an attack on a thing only words attack is criticism ---------------------------------------

@pytest.mark.parametrize("text", [
    "Howard has launched an attack on the cost of Britain's chaotic asylum system.",
    "Howard attacked the government's failure to control immigration.",
])
def test_a_speakers_attack_on_a_failure_or_a_cost_is_criticism(text):
    # the state that owns the thing attacked is no party attacked with force
    actors = {"Howard": "person:howard", "Britain": "GBR", "the government": "sector:GOV"}
    events = coded(text, actors=actors, kinds={**PERSON, "sector:GOV": "other"}, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)
    (e,) = of_type(events, "ACCUSE")
    assert e.actors == ("person:howard",), listed(events)


def test_an_armed_attack_on_a_base_stays_an_assault():
    events = coded("Militants launched an attack on the army base near the border.",
                   actors={"Militants": "sector:INS"}, kinds={"sector:INS": "other"}, published=PUB)
    assert of_type(events, "ASSAULT"), listed(events)


# -- a participle after its noun acts on the noun ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The video, shot by a bystander, shows the officer walking away.",
    "The footage, shot by Ortiz near the border, was broadcast on state television.",
])
def test_a_video_shot_is_filmed(text):
    events = coded(text, actors={"Ortiz": "person:ortiz"}, kinds=PERSON, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


def test_a_protester_shot_by_police_is_still_shot():
    events = coded("The protester, shot by police, died in hospital on Sunday.",
                   actors={"police": "sector:COP"}, kinds={"sector:COP": "other"}, published=PUB)
    assert of_type(events, "ASSAULT"), listed(events)


# -- leaving a pact, or a part of one, cuts a relation (SANCTION); forces withdraw (RETREAT) ----

@pytest.mark.parametrize("text", [
    "On May 8, Iran announced a partial withdrawal from some aspects of the nuclear pact.",
    "The administration has already withdrawn from the Trans-Pacific Partnership.",
])
def test_leaving_a_pact_or_part_of_one_cuts_a_relation(text):
    events = coded(text, actors={"Iran": "IRN", "The administration": "sector:GOV"},
                   kinds={"sector:GOV": "other"}, published=PUB)
    assert of_type(events, "SANCTION") and not of_type(events, "RETREAT"), listed(events)


def test_troops_leaving_part_of_a_province_retreat():
    events = coded("The army completed its withdrawal from parts of the northern province.",
                   actors={"The army": "sector:MIL"}, kinds={"sector:MIL": "other"}, published=PUB)
    assert of_type(events, "RETREAT"), listed(events)


# -- a visit that ends has closed; ties that end are cut ---------------------------------------

def test_a_visit_ended_is_no_sanction():
    events = coded("The Iranian foreign minister ended a two-day visit to Moscow on Friday.",
                   actors={"Iranian": "IRN", "Moscow": "RUS"}, published=PUB)
    assert not of_type(events, "SANCTION"), listed(events)


def test_cooperation_ended_is_still_cut():
    events = coded("Russia ended its military cooperation with Iran in May.",
                   actors={"Russia": "RUS", "Iran": "IRN"}, published=PUB)
    assert of_type(events, "SANCTION"), listed(events)


# -- a campaign against a scourge is no fighting; a prize seized is won ------------------------

@pytest.mark.parametrize("text", [
    "Iran had been fighting against illicit drugs on behalf of the world.",
    "The troops do not fight against narcotics in that country, he said.",
])
def test_fighting_against_a_scourge_is_no_assault(text):
    events = coded(text, actors={"Iran": "IRN", "The troops": "sector:MIL"},
                   kinds={"sector:MIL": "other"}, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


def test_fighting_against_troops_is_still_an_assault():
    events = coded("Rebels fought against government troops near the town on Sunday.",
                   actors={"Rebels": "sector:REB", "government troops": "sector:MIL"},
                   kinds={"sector:REB": "other", "sector:MIL": "other"}, published=PUB)
    assert of_type(events, "ASSAULT"), listed(events)


def test_a_medal_seized_is_won():
    events = coded("In the final, Pouresmaeil seized the gold medal by beating Fang.",
                   actors={"Pouresmaeil": "person:pouresmaeil"}, kinds={"person:pouresmaeil": "person"},
                   published=PUB)
    assert not of_type(events, "COERCE"), listed(events)


def test_ground_seized_is_still_seized():
    events = coded("Taliban fighters have seized control of a key district in the west.",
                   actors={"Taliban": "TAL"}, kinds={"TAL": "armed_group"}, published=PUB)
    assert of_type(events, "COERCE"), listed(events)


def test_a_people_named_by_its_demonym_still_demonstrates():
    events = coded("Iranians protested the decision in Tehran on Friday.",
                   actors={"Iranians": "IRN"}, published=PUB)
    assert of_type(events, "PROTEST") and not of_type(events, "ACCUSE"), listed(events)
