"""Eventness, turn 12: the names of sport's contests and governing bodies are sport cues
(model-marked: real parses, hand-marked span groups). The sentences are written for these tests,
not taken from any corpus or gold file."""

from __future__ import annotations

import pytest
from events_support import coded, dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


# -- a contest's or a governing body's name makes a sentence sport talk ---------------------------

@pytest.mark.parametrize("text, marks, category", [
    ("Reigning US Open champion Pablo Ruiz has ruled out any chance of winning Wimbledon next "
     "summer.", {"Pablo Ruiz": "person:ruiz"}, "REJECT"),
    ("The IOC president set up a disciplinary panel to look into claims by a former coach.",
     {"The IOC president": "person:head"}, "ACCUSE"),
])
def test_a_players_or_a_sport_bodys_act_in_sport_talk_is_no_event(text, marks, category):
    events = coded(text, actors=marks, published=PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.parametrize("text, marks, category", [
    # the same act outside sport talk
    ("The prime minister has ruled out taking part in a televised debate before the vote.",
     {"The prime minister": "person:pm"}, "REJECT"),
    ("The minister set up a panel to look into claims by a former adviser.",
     {"The minister": "person:minister"}, "ACCUSE"),
    # in sport talk, a government still acts (a country's name there may be its team)
    ("The government rejected the IOC ruling that barred its athletes from the Games.",
     {"The government": "sector:GOV"}, "REJECT"),
])
def test_the_same_acts_outside_sport_or_by_a_state_stay(text, marks, category):
    events = coded(text, actors=marks, published=PUB)
    assert of_type(events, category), listed(events)


# -- a news medium's request for a response and its own inquiry are the press at work ----------

PRESS = {"Reuters": "media:reuters", "The Courier": "media:courier", "Iran": "IRN", "IAEA": "org:iaea",
         "Russia": "RUS"}
PRESS_KINDS = {"media:reuters": "media", "media:courier": "media", "org:iaea": "organization"}


@pytest.mark.parametrize("text, category", [
    ("No one at the bank has been served, a spokesman said in reply to a request from Reuters.",
     "REQUEST"),
    ("A Reuters investigation in May found that a draft of the report had been rewritten.", "ACCUSE"),
    ("The Courier investigates how the smuggling ring worked and who paid for it.", "ACCUSE"),
])
def test_a_mediums_request_or_inquiry_is_no_event(text, category):
    events = coded(text, actors=PRESS, kinds=PRESS_KINDS, published=PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.parametrize("text, category", [
    ("Iran sent a request to the IAEA for technical help.", "REQUEST"),  # a state's request
    ("The Courier alleged that Russia had supplied the drones.", "ACCUSE"),  # what a medium says
])
def test_a_states_request_and_a_mediums_allegation_stay(text, category):
    events = coded(text, actors=PRESS, kinds=PRESS_KINDS, published=PUB)
    assert of_type(events, category), listed(events)


# -- a "talk" is a speech or a rumour; parties negotiate in "talks" --------------------------------

@pytest.mark.parametrize("text", [
    "Ms Okafor's talk also praised the way phones are being built around fashion and music.",
    "There was no talk among the ministers of sending troops to the border.",
])
def test_a_singular_talk_is_no_consultation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in of_type(events, "CONSULT") if e.trigger.text.lower() == "talk"], listed(events)


@pytest.mark.parametrize("text", [
    "Chile and Peru held talks in Lima on Tuesday on their maritime border.",
    "The talks between Serbia and Kosovo resumed in Brussels last week.",
])
def test_talks_between_parties_stay_a_consultation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "CONSULT"), listed(events)


def test_a_singular_talk_on_an_issue_stays_a_consultation(real_nlp):
    text = "Greek and Turkish envoys return to Vienna this week for talk on limiting naval patrols."
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "CONSULT"), listed(events)
