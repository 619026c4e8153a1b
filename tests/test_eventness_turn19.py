"""Eventness, turn 19 (evne30): stances and characterisations coded as acts (model-marked: real
parses). The sentences are written for these tests, not taken from any corpus or gold file.

A good endangered is no party threatened: "threatens Poland's national security", "threatened
the party's Senate majority", "threatening the world order" describe a danger or a stance, no
threat made. Controls: a party, a place or an act as the object ("threatened Mosul",
"threatened retaliation", "threatened the firms with sanctions"), a threat to do something.

A thing that "promises" or "guarantees" binds no one ("this notion promises to deepen the
conflicts", "the treaty guarantees Georgia's access"). Controls: parties that promise, a summit.
Agreeing "on the need to" shares a view; terms, a position or a development agreed on stay."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry said that foreign spy planes regularly fly close to its coast, which seriously "
    "threatens Poland's national security.",
    "The senator's aide said the governor had threatened the party's Senate majority by backing "
    "an independent candidate in Ohio.",
    "Brazil, India and Turkey are threatening the world order, the commentator wrote.",
    "The Kenyan president said foreign bullying threatens the independence of African nations.",
    "The envoy said the border dispute threatens the stability of the region with a long "
    "stalemate.",
])
def test_a_good_endangered_is_no_threat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "THREATEN"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Within weeks the rebels were threatening Iraq's northern city of Mosul.",
    "Russia has threatened retaliation over the expulsion of its diplomats.",
    "The U.S. envoy threatened Chinese state firms with sanctions on Tuesday.",
    "Chile threatened to recall its ambassador if the talks failed.",
    # a good threatened with a means of force is a threat made (the audit mix's second look)
    "If Pyongyang threatens the safety of the Japanese people and the alliance with its "
    "ballistic missiles, our navy will respond, the admiral warned.",
    "Tehran threatened the security of the Gulf with its naval drills, the minister said.",
])
def test_a_party_threatened_stays_a_threat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "THREATEN"), listed(events)


# A thing that "promises" or "guarantees" binds no one: "this notion promises to deepen the
# conflicts" is a prospect, "his signature does not guarantee a normalisation" and "the treaty
# guarantees Georgia's access" characterise a signature and a treaty. Controls: a party that
# assures another, a party that pledges a loan, a summit (its members) that pledges.
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "This notion of Saudi-funded wars promises not only to deepen regional conflicts but also to "
    "put the lives of French soldiers at risk.",
    "The analyst said Macron's signature alone does not guarantee a normalisation of Algeria's "
    "trade ties with Europe.",
    "The treaty guarantees Georgia's access to the Black Sea, the diplomat said.",
    "The merger of the two banks promises to create thousands of jobs in Ghana, analysts say.",
])
def test_a_thing_that_promises_is_no_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "AGREE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan envoy assured Somalia that the troops would stay.",
    "Japan has pledged to lend $3 billion to Sri Lanka.",
    "The summit pledged to set up a relief fund for Haiti.",
    "Chile promised Peru that it would open the border on Monday.",
])
def test_a_party_that_promises_still_agrees(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "AGREE"), listed(events)


# Agreeing on the need (the necessity) of something shares a view, no terms agreed. Controls:
# a position, a development, an act agreed on.
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The two ministers stressed that Chile and Peru cooperate closely and agree on the need to "
    "respect the law of the sea.",
    "Kenya and Uganda agreed on the necessity of closer trade ties.",
])
def test_a_need_agreed_on_is_no_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "AGREE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed on a common position on the dam.",
    "Kenya and Uganda agreed on the development of rail links between the two countries.",
    "Kenya agreed to send an envoy to Uganda next week.",
])
def test_terms_agreed_on_stay_an_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "AGREE"), listed(events)
