"""Eventness, evnon15 (model-marked: real parses). The sentences are written for these tests, not
taken from any corpus or gold file.

A gunman who blocks a door stages no protest; "appear threatening" names a manner, no threat.
Controls: sanctions imposed, condemned or suffered under stay reported (the coordinator took out
this branch's reading of sanctions named as a backdrop, "despite U.S. sanctions", as no event: the
audit's judges count such sanctions, in force, as reported), rebels blocking roads, a threat made."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


def _measures(events):
    return [e for e in of_type(events, "SANCTION")
            if e.trigger.text.lower().startswith(("sanction", "embargo", "ban"))]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The United States imposed new sanctions on Ruritania on Monday.",
    "Freedonia condemned the new U.S. sanctions against Ruritania on Tuesday.",
    "The EU announced sanctions against three Ruritanian banks on Friday.",
    "Fishermen in Sylvania suffered under EU sanctions for a decade.",  # what is suffered
])
def test_a_measure_reported_stays_a_sanctioning(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "SANCTION"), listed(events)  # "imposed" may carry the act


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police said the gunman blocked the side entrance of the school with a van on Monday.",
    "Witnesses said the attacker blocked the door of the hall with a truck before the shooting.",
])
def test_a_gunman_blocking_a_way_is_no_protest(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "PROTEST"), listed(events)


@pytest.mark.model
def test_protesters_blocking_a_road_still_protest(real_nlp):
    events = dated_events(real_nlp, "Hundreds of farmers blocked the main road into the capital on "
                          "Monday to protest the new tax.", PUB)
    assert of_type(events, "PROTEST"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ruritanian leader does not want to appear threatening before the summit, aides said.",
    "Officials said the letter sounded threatening but contained no demand.",
])
def test_seeming_threatening_is_a_manner_not_a_threat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "THREATEN"), listed(events)


@pytest.mark.model
def test_threatening_a_party_stays_a_threat(real_nlp):
    events = dated_events(real_nlp, "Freedonia is threatening Ruritania with new tariffs, the "
                          "minister said on Monday.", PUB)
    assert of_type(events, "THREATEN"), listed(events)


@pytest.mark.model
def test_rebels_blocking_transport_still_protest(real_nlp):
    events = dated_events(real_nlp, "Rebels in Sylvania on Friday blocked the roads into the "
                          "capital.", PUB)
    assert of_type(events, "PROTEST"), listed(events)
