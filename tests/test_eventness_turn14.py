"""Eventness, turn 14 (model-marked: real parses). The sentences are written for these tests, not
taken from any corpus or gold file.

A figure that hits a level, or a market goal that is targeted, is no attack; a view that is backed
is an opinion shared, not a party supported; a media conference is a statement to reporters; one
"insists on" a broadcast where one speaks, asking nothing; what a field or a meeting yields is
produced, not conceded; arming oneself aids no other party; recognising a quality or a defect
acknowledges it, it recognises no party."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


# -- a figure that hits a level, a market goal targeted: no attack ---------------------------------

@pytest.mark.parametrize("text", [
    "Chile's trade surplus with Brazil hit a record 9.4 billion Brazilian reals in 2019.",
    "Peru's efforts to slow its economy have also hit Bolivian firms' exports abroad.",
    "Georgia, a close partner of the EU, is now targeting NATO membership.",
])
def test_a_figure_hit_or_a_goal_targeted_is_no_assault(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "ASSAULT", "hit", "target"), listed(events)


@pytest.mark.parametrize("text", [
    "Rebel drones hit a military base near Aden on Tuesday, killing four soldiers.",
    "Turkish warplanes targeted Kurdish fighters in northern Iraq on Sunday.",
    "Militants hit a police convoy in Kandahar province, officials said.",
])
def test_armed_parties_hitting_targets_stay_assaults(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "ASSAULT", "hit", "target"), listed(events)


# -- a view that is backed is an opinion shared ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Halvorsen backed that view on Monday, saying the candidate was not eligible to stand.",
    "The finance minister supported the opinion of the central bank's economists.",
])
def test_backing_a_view_is_no_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "SUPPORT", "back", "support"), listed(events)


@pytest.mark.parametrize("text", [
    "Mr Halvorsen backed the candidate on Monday, saying she was the right choice for the party.",
    "Portugal supported the Greek proposal at the summit in Brussels.",
])
def test_backing_a_party_or_a_proposal_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "SUPPORT", "back", "support"), listed(events)


# -- a media conference is a statement to reporters ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rumours grew after Ms Varga chose to hold her weekly media conference on the same day.",
])
def test_a_media_conference_is_no_meeting(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "CONSULT", "conference"), listed(events)


@pytest.mark.parametrize("text", [
    "The foreign ministers of Latvia and Estonia held a joint conference in Riga on Monday.",
])
def test_a_conference_of_parties_stays_a_meeting(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "CONSULT", "conference"), listed(events)


# -- "insisted on" a broadcast: where it was said, not what is asked -------------------------------

@pytest.mark.parametrize("text", [
    "\"Any of them would make good MPs,\" former MP Alan Reed insisted on BBC Radio Scotland's "
    "morning programme.",
])
def test_insisting_on_a_programme_is_no_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "REQUEST", "insist"), listed(events)


@pytest.mark.parametrize("text", [
    "The Danish delegation insisted on a three-month truce before any talks with the rebels.",
])
def test_insisting_on_a_truce_stays_a_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "REQUEST", "insist"), listed(events)


# -- what a field or a meeting yields is produced, not conceded ------------------------------------

@pytest.mark.parametrize("text", [
    "Denmark's 30 pct stake in the Halfdan field yielded 12,400 barrels per day in May, the "
    "partners said.",
    "The talks between Kenya and Somalia yielded no results, officials said.",
])
def test_what_is_produced_is_not_yielded_up(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "CONCEDE", "yield"), listed(events)


@pytest.mark.parametrize("text", [
    "Senator Ruiz refused to yield, and the vote went ahead.",
    "The Estonian government yielded to pressure from farmers and scrapped the tax.",
    "Serbia yielded control of the bridge to NATO peacekeepers on Friday.",
])
def test_yielding_to_pressure_or_yielding_ground_stays_a_concession(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "CONCEDE", "yield"), listed(events)


# -- arming or funding oneself aids no other party -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Japan will arm itself with new legal powers to retaliate against Korean insurers.",
])
def test_arming_oneself_is_no_aid(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "AID", "arm"), listed(events)


@pytest.mark.parametrize("text", [
    "Russia armed the separatists with tanks and rockets, the report said.",
    "The United States will fund the Jordanian army's border posts.",
])
def test_arming_or_funding_another_party_stays_aid(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "AID", "arm", "fund"), listed(events)


# -- recognising a quality, a fact or a defect acknowledges it, it recognises no party -----------

@pytest.mark.parametrize("text", [
    "Austria and Switzerland recognise the lynx's rarity and protect it by law.",
    "The Danish government recognises the ability of the courts to settle the matter.",
    "The Polish government should recognise the shortcomings of the Treasury review, she said.",
])
def test_recognising_a_quality_or_a_defect_is_no_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "SUPPORT", "recogni"), listed(events)


@pytest.mark.parametrize("text", [
    "Ghana was one of the first countries to recognise Namibia after its independence.",
    "Russia recognised the two breakaway regions as independent states on Monday.",
    "Iran does not recognise the unilateral sanctions imposed by Canada.",
])
def test_recognising_a_state_or_a_measure_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "SUPPORT", "recogni"), listed(events)
