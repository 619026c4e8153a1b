"""Categories, evcat9: a vow of backing is backing (PLOVER SUPPORT: "pledged its support to the
peace process", "vowed to support Azerbaijan"), no agreement beside it (a promise made to a party
stays AGREE); a text signed into law, or a memorandum or declaration signed by one authority with
no partner in view, backs no party; a pact that acts ("the accord gives firms access") or is only
endorsed names a standing pact, no agreeing; a clash or a war between politicians is a quarrel, no
assault; an inquiry ordered is an investigation (ACCUSE), no request. Sentences written for these
tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


def _at(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, target", [
    ("Norway has pledged its support to the peace effort in Chad.", None),
    ("Brazil has pledged its support for Bolivians in their struggle against poverty.", None),
    ("The Turkish minister vowed to support Azerbaijan in the talks.", "AZE"),
])
def test_vow_of_backing_is_support(real_nlp, text, target):
    """The backing promised is the event (SUPPORT, planned, where the coder reads it on its own
    word); the promise is no AGREE beside it."""
    events = dated_events(real_nlp, text, PUB)
    backing = [e for e in events if e.type == "SUPPORT"]
    assert backing and not any(e.type == "AGREE" for e in events), listed(events)
    if target:
        assert any(target in e.targets for e in backing), listed(events)


@pytest.mark.parametrize("text, word, category", [
    # a promise of aid, or of backing and aid, stays a promise; so does one made to a party
    ("Bolivia assured Chile of its continued support for the process.", "assured", "AGREE"),
    ("Norway pledged Finland's financial assistance to Estonia.", "pledged", "AGREE"),
    ("Chile pledged support and aid to the flood victims in Peru.", "pledged", "AGREE"),
    # a vow to strengthen ties is an intent to cooperate
    ("The envoy read a message from the president pledging to strengthen Peru-Chile relations.",
     "pledging", "AGREE"),
    # a vow of restraint, and a vow of force
    ("Japan pledged not to support the resolution.", "pledged", "AGREE"),
    ("Hezbollah vowed to retaliate against Israel for the strike.", "vowed", "THREATEN"),
])
def test_other_vows_keep_their_category(real_nlp, text, word, category):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == category, listed(events)


@pytest.mark.parametrize("text", [
    "The governor of Texas signed the budget deal into law on Friday.",
    "The Mexican president signed a presidential memorandum ordering the army to guard the border.",
])
def test_signing_that_backs_no_party(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _at(events, "signed"), listed(events)
    assert not any(e.type in ("SUPPORT", "AGREE") for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "Bolivia and Chile signed a trade agreement in La Paz on Monday.",
    "The two sides signed a joint declaration on Monday.",
    "Argentina signed a declaration with Brazil on nuclear cooperation.",
    "Iran signed a memorandum of commitments on Wednesday to join the Shanghai Cooperation Organization.",
    "Peru and Ecuador signed a protocol on border security.",
])
def test_signing_between_parties_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, "signed")
    assert hits and hits[0].type == "SUPPORT", listed(events)


@pytest.mark.parametrize("text", [
    "The accord between Japan and Korea gives Korean firms access to the Japanese market.",
    "The deal gave Venezuela relief from sanctions.",
    "The Security Council endorsed the 2015 nuclear deal in a resolution.",
])
def test_standing_pact_is_no_agreeing(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "AGREE" for e in events), listed(events)


def test_endorsing_a_pact_stays_support(real_nlp):
    events = dated_events(real_nlp, "The Security Council endorsed the 2015 nuclear deal in a resolution.", PUB)
    hits = _at(events, "endorsed")
    assert hits and hits[0].type == "SUPPORT", listed(events)


@pytest.mark.parametrize("text, word", [
    ("Iran and Saudi Arabia reached an agreement on Friday to restore ties.", "agreement"),
    # the gap of a relative clause is no subject that acts
    ("Their latest offer, the second sweetened deal Murdoch has proposed in the takeover contest, also "
     "adds new terms.", "deal"),
    ("Moscow and Kyiv extended the grain deal for another 60 days.", "deal"),
    ("A deal between the two parties came after months of talks.", "deal"),
    ("Bolivia and Chile signed a trade agreement in La Paz on Monday.", "agreement"),
])
def test_pact_made_stays_agree(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == "AGREE", listed(events)


@pytest.mark.parametrize("text", [
    "Ada Brenner, who clashed with the mayor and his staff, resigned in March.",
    "Tony Blair and Gordon Brown have declared war on each other.",
])
def test_quarrel_between_politicians_is_no_assault(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "ASSAULT" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Protesters clashed with police in the capital.", "clashed"),
    ("Saddam Hussein's war against Iran lasted eight years.", "war"),
    ("The Taliban clashed with Afghan soldiers in Helmand.", "clashed"),
    ("Two men clashed with a police officer outside the bar.", "clashed"),
])
def test_clash_with_a_state_or_force_stays_assault(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, word)
    assert hits and hits[0].type == "ASSAULT", listed(events)


@pytest.mark.parametrize("text, word", [
    ("The Chilean premier ordered a full inquiry into the accident.", "inquiry"),
    ("The defense secretary ordered a new probe into the airstrike in Syria.", "probe"),
])
def test_inquiry_ordered_is_investigation_not_request(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _at(events, "ordered"), listed(events)
    hits = _at(events, word)
    assert hits and hits[0].type == "ACCUSE", listed(events)


@pytest.mark.parametrize("text", [
    "The president ordered the army to investigate the attack.",
    "Putin ordered Washington to halve its embassy staff.",
])
def test_order_given_to_a_party_stays_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    hits = _at(events, "ordered")
    assert hits and hits[0].type == "REQUEST", listed(events)
