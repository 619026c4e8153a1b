"""Eventness, turn 11: a bare threat is a danger, a bare opposition is a party, demand met that no
party owns is the market's, a population's trips are no visits, propping up a market figure backs
no party (model-marked: real parses). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _events(text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in coded(text, published=PUB)}


# -- a threat made names what is threatened; a bare one is a danger ------------------------------

@pytest.mark.parametrize("text", [
    "Seoul will have to defend itself against Pyongyang's threat for years to come.",
    "Officials in Riyadh see Tehran as their main threat in the Gulf.",
    "Analysts in Tokyo discussed the Chinese threat to the region on Monday.",
])
def test_a_bare_threat_is_a_danger(text):
    assert "threat" not in _events(text)


@pytest.mark.parametrize("text, trigger", [
    ("Pyongyang's threat to strike Guam alarmed officials in Tokyo.", "threat"),
    ("Iran has made such a threat before, officials in Washington said.", "threat"),
    ("Moscow repeated its threats against Kyiv on Monday.", "threats"),
])
def test_a_threat_made_stays_a_threat(text, trigger):
    assert _events(text).get(trigger) == "THREATEN"


# -- an opposition held is to something; a bare one is the party out of power -------------------

@pytest.mark.parametrize("text", [
    "The Venezuelan opposition has welcomed the release of the prisoners.",
    "The opposition said on Sunday that the vote would be held in May.",
])
def test_a_bare_opposition_is_a_party(text):
    assert "opposition" not in _events(text)


@pytest.mark.parametrize("text", [
    "Democrats reiterated their opposition to the bill on Tuesday.",
    "Beijing voiced opposition to the new tariffs.",
])
def test_an_opposition_to_something_is_a_refusal(text):
    assert _events(text).get("opposition") == "REJECT"


# -- demand met that no party owns is the market's ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Producers raised output in March to meet growing global demand for copper.",
    "Saudi Arabia pumped more oil to meet demand during the winter.",
    "The ministry will take steps to meet the firms' concerns about the tax.",
])
def test_demand_of_the_market_is_no_concession(text):
    assert not {"meet"} & set(_events(text))


def test_a_partys_demand_met_is_a_concession():
    got = _events("The government met the protesters' demand that the minister resign.")
    assert got.get("met") == "CONCEDE"


# -- a trip by private people is no visit between parties -----------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Turkish people are always welcome to visit the old bazaar in Tabriz.", "visit"),
    ("More than two million tourists having visited Turkey last year spent less than before.",
     "visited"),
    ("Turkish citizens, for their part, spend more money while visiting another country.",
     "visiting"),
    ("The other cases are Iraqis who caught the virus while travelling to Iran, officials said.",
     "travelling to"),
])
def test_a_trip_by_private_people_is_no_visit(text, trigger):
    assert trigger not in _events(text)


@pytest.mark.parametrize("text, trigger", [
    ("Turkish officials visited Tehran on Monday to discuss trade.", "visited"),
    ("The Iranian delegation travelled to Ankara on Tuesday.", "travelled to"),
    ("Putin visited Tehran in July.", "visited"),
    ("The Americans visited Kabul on Monday while negotiating the deal.", "visited"),
])
def test_an_official_trip_is_still_a_visit(text, trigger):
    assert _events(text).get(trigger) == "CONSULT"


# -- propping up a market figure backs no party ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The central bank sold gold to support the rupee against the dollar.",
    "Ankara took new loans to support the balance of payments, the ministry said.",
    "The measures should support exports of textiles, officials in Dhaka said.",
])
def test_support_for_a_market_figure_is_no_support(text):
    assert "SUPPORT" not in _events(text).values()


@pytest.mark.parametrize("text", [
    "Russia supports Iran's membership in the SCO.",
    "China supports the nuclear deal, the spokesman said.",
])
def test_support_for_a_party_or_a_pact_stays(text):
    assert "SUPPORT" in _events(text).values()


def test_a_bare_opposition_that_is_no_subject_is_left_as_it_was():
    assert _events("The bill passed despite Democratic opposition in the Senate.").get(
        "opposition") == "REJECT"
