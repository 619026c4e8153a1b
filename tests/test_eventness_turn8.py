"""Eventness and category, turn 8: a participle that describes a noun, a thing that endangers, a
vow of reprisal, electoral targets and the other senses of seizing, taking over and amassing
(model-marked: real parses, hand-marked actors). The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import annotate, coded, listed, of_type, parser

from sitroom.components.events import code_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


# -- a participle before its noun describes the noun's state -----------------------------------

@pytest.mark.parametrize("text, category", [
    ("Police said the detained man, a 34-year-old builder, was questioned overnight.", "COERCE"),
    ("The arrested suspects were taken to a police station in the capital.", "COERCE"),
])
def test_a_participle_describing_a_noun_is_no_act(text, category):
    events = coded(text, actors={"Police": "sector:COP"}, published=PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.parametrize("text", [
    "The injured were taken to the provincial hospital, police said.",
    "Police said the wounded included two children.",
])
def test_a_participle_standing_for_people_is_no_act(text):
    events = coded(text, actors={"police": "sector:COP", "Police": "sector:COP"}, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


def test_a_participle_with_its_own_party_and_a_verb_still_report_acts():
    events = coded("Iran-backed militias attacked the base, and police detained two men.",
                   actors={"Iran": "IRN", "militias": "sector:INS", "police": "sector:COP"},
                   published=PUB)
    assert of_type(events, "SUPPORT") and of_type(events, "COERCE"), listed(events)


# -- a party threatens; a thing of a party endangers -------------------------------------------

def test_a_partys_measures_that_threaten_something_are_no_threat():
    events = coded("Trump's budget cuts threaten to dismantle the diplomatic service.",
                   actors={"Trump": "person:trump"}, kinds={"person:trump": "person"}, published=PUB)
    assert not of_type(events, "THREATEN"), listed(events)


def test_a_party_that_threatens_still_threatens():
    events = coded("Iran's military threatened to close the strait.",
                   actors={"Iran's military": "sector:IRN:MIL"}, published=PUB)
    (e,) = of_type(events, "THREATEN")
    assert e.actors == ("sector:IRN:MIL",)


# -- a vow of reprisal is a threat -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Iran vowed revenge for the killing of its commander.",
    "Russia pledged a crushing response to any attack on its bases.",
])
def test_a_vow_of_reprisal_is_a_threat(text):
    events = coded(text, actors={"Iran": "IRN", "Russia": "RUS"}, published=PUB)
    assert of_type(events, "THREATEN") and not of_type(events, "AGREE"), listed(events)


def test_a_promised_answer_to_a_letter_is_no_threat():
    events = coded("The minister promised Germany a response to the letter.",
                   actors={"Germany": "DEU"}, published=PUB)
    assert not of_type(events, "THREATEN"), listed(events)


# -- electoral targets are no assault --------------------------------------------------------------

def _with_sectors(text: str, actors: dict[str, str], sectors: dict[str, str]):
    doc = annotate(parser()(text), actors=actors, published=PUB,
                   kinds={ident: "organization" for ident in sectors})
    for span in doc.spans["actors"]:
        if span._.actor.id in sectors:
            span._.actor = replace(span._.actor, sector=sectors[span._.actor.id])
    return code_events(doc)


@pytest.mark.parametrize("text", [
    "The Democrats have targeted six Republican-held districts in the state.",
    "If the Democrats were to recapture both chambers, they would block the budget.",
])
def test_a_party_targeting_districts_or_chambers_is_no_assault(text):
    events = _with_sectors(text, {"Democrats": "US-DEMOCRATS"}, {"US-DEMOCRATS": "PTY"})
    assert not of_type(events, "ASSAULT"), listed(events)


def test_armed_groups_capturing_a_district_still_assault():
    events = coded("The Taliban captured the district after a week of fighting.",
                   actors={"Taliban": "TALIBAN"}, kinds={"TALIBAN": "organization"}, published=PUB)
    assert of_type(events, "ASSAULT"), listed(events)


# -- seizing a moment, taking over a function, amassing a fortune ----------------------------------

@pytest.mark.parametrize("text, category", [
    ("The Tories are seizing a poll advantage over the issue.", "COERCE"),
    ("The regulator took over regulation of the insurance sector in January.", "COERCE"),
    ("Jaynes amassed a fortune from his sales, prosecutors said.", "MOBILIZE"),
])
def test_other_senses_of_seizing_taking_over_and_amassing(text, category):
    events = coded(text, actors={"Tories": "UK-TORIES", "regulator": "sector:GOV", "Jaynes": "person:jaynes"},
                   kinds={"person:jaynes": "person", "UK-TORIES": "organization"}, published=PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.parametrize("text, category", [
    ("Iranian forces seized a British tanker in the strait.", "COERCE"),
    ("Russia amassed troops on the border.", "MOBILIZE"),
])
def test_seizing_ships_and_amassing_troops_still_count(text, category):
    events = coded(text, actors={"Iranian forces": "sector:IRN:MIL", "Russia": "RUS"}, published=PUB)
    assert of_type(events, category), listed(events)


# -- charging a price, conceding a point ---------------------------------------------------------

def test_a_price_charged_is_no_accusation_a_crime_charged_is():
    events = coded("Shoppers were charged VAT by the government on Friday.",
                   actors={"the government": "sector:GOV"}, published=PUB)
    assert not of_type(events, "ACCUSE"), listed(events)
    events = coded("Police charged the man with murder.", actors={"Police": "sector:COP"}, published=PUB)
    assert of_type(events, "ACCUSE"), listed(events)


def test_conceding_that_something_is_so_admits_a_fact():
    events = coded("Gaetz conceded on Tuesday that the dollar figure is relatively low.",
                   actors={"Gaetz": "person:gaetz"}, kinds={"person:gaetz": "person"}, published=PUB)
    assert not of_type(events, "CONCEDE"), listed(events)
    events = coded("The rebels conceded defeat and laid down their arms.",
                   actors={"The rebels": "sector:REB"}, published=PUB)
    assert of_type(events, "CONCEDE"), listed(events)


def test_conceding_to_demands_concedes():
    events = coded("The president conceded to demands from the rebels to overhaul the courts.",
                   actors={"The president": "person:president", "the rebels": "sector:REB"},
                   kinds={"person:president": "person"}, published=PUB)
    assert of_type(events, "CONCEDE"), listed(events)


# -- an investigation launched is an investigation, a probe launched a spacecraft ------------------

def test_a_launched_investigation_is_one_a_launched_space_probe_is_not():
    events = coded("Police launched an investigation into the shooting.", actors={"Police": "sector:COP"},
                   published=PUB)
    (e,) = of_type(events, "ACCUSE")
    assert e.mode == "investigate" and e.actors == ("sector:COP",)
    events = coded("The agency launched a probe to Mars.", actors={}, published=PUB)
    assert not of_type(events, "ACCUSE"), listed(events)


def test_a_party_of_a_named_network_still_threatens():
    events = coded("The al-Qaeda network has threatened to strike the United States.",
                   actors={"al-Qaeda": "AL-QAEDA", "the United States": "USA"},
                   kinds={"AL-QAEDA": "organization"}, published=PUB)
    assert of_type(events, "THREATEN"), listed(events)


def test_a_threat_made_in_a_programme_is_a_threat():
    events = coded("Bush has threatened further action against Russia in a television programme.",
                   actors={"Bush": "person:bush", "Russia": "RUS"}, kinds={"person:bush": "person"},
                   published=PUB)
    assert of_type(events, "THREATEN"), listed(events)
