"""Eventness, turn 10: denials of a charge or a report, quarrels named as wars, and accidents and
disasters coded as deliberate force (model-marked: real parses, hand-marked actors). The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"


# -- denying a charge or a report is a statement; refusing what a party asked is REJECT ---------

@pytest.mark.parametrize("text, actors", [
    ("Moscow denies any such effort to sway the vote.", {"Moscow": "RUS"}),
    ("Franken has denied some of the claims and apologized to other accusers.", {"Franken": "person:franken"}),
    ("Several women have accused the senator of misconduct, which he has denied.", {"the senator": "LEG"}),
    ("Trump's denials of her accusations were defamatory, the lawsuit says.", {"Trump": "person:trump"}),
    ("Pakistan's foreign ministry dismissed the concerns raised by Kabul.", {"Pakistan": "PAK", "Kabul": "AFG"}),
    ("The spokesman dismissed claims of any new negotiation about the plan.", {"The spokesman": "GOV"}),
])
def test_denying_a_charge_or_a_report_is_no_refusal(text, actors):
    events = coded(text, actors=actors, published=PUB)
    assert not of_type(events, "REJECT"), listed(events)


@pytest.mark.parametrize("text, actors", [
    ("The court denied the government's request to delay the hearing.", {"The court": "JUD"}),
    ("Russia denied the delegation access to the site on Monday.", {"Russia": "RUS"}),
    ("The judge dismissed the appeal filed by the ministry.", {"The judge": "JUD"}),
])
def test_denying_a_request_or_access_is_still_a_refusal(text, actors):
    events = coded(text, actors=actors, published=PUB)
    assert of_type(events, "REJECT"), listed(events)


# -- a war of words is a quarrel ------------------------------------------------------------------

def test_a_war_of_words_is_no_assault():
    events = coded("Tehran and Washington have been locked in a war of words over the deal for months.",
                   actors={"Tehran": "IRN", "Washington": "USA"}, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


def test_a_war_of_independence_is_still_a_war():
    events = coded("Eritrea fought a war of independence against Ethiopia for thirty years.",
                   actors={"Eritrea": "ERI", "Ethiopia": "ETH"}, published=PUB)
    assert of_type(events, "ASSAULT"), listed(events)


# -- accidents and disasters kill, wound and destroy without an assault -------------------------

@pytest.mark.parametrize("text", [
    "At least 12 miners were killed in a gas explosion at a coal mine on Monday.",
    "An explosion ripped through a chemical plant in Tianjin, killing 173 people.",
    "A blast at a fireworks factory killed 20 people on Monday.",
    "The train derailed near Lahore, killing 12 passengers and injuring 40.",
])
def test_an_industrial_blast_or_a_crash_is_no_assault(text):
    events = coded(text, published=PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


def test_a_fire_or_a_storm_that_destroys_homes_coerces_nobody():
    events = coded("The wildfire destroyed 200 homes in California on Sunday.", published=PUB)
    assert not of_type(events, "COERCE"), listed(events)


@pytest.mark.parametrize("text, actors", [
    ("A car bomb explosion killed 12 soldiers in Baghdad on Monday.", {}),
    ("A suicide bomber blew himself up at a mosque in Kabul, killing 20 worshippers.", {}),
    ("Militants set fire to a school in Kandahar and killed two guards.", {"Militants": "INS"}),
])
def test_bombings_and_arson_stay_assaults(text, actors):
    events = coded(text, actors=actors, published=PUB)
    assert of_type(events, "ASSAULT") or of_type(events, "COERCE"), listed(events)
