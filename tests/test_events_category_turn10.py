"""Categories, turn 10: insisting on one's own stance, vows that squeeze or carry on a campaign
against another party, arms captured, cooperation a party wants, forces sent to no one, rights
violated, acts offered (model-marked: real parses, hand-marked actors). The sentences are
written for these tests; each rule has its control."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2022-09-20"


# -- insisting on one's own position asks nothing of anyone ------------------------------------

@pytest.mark.parametrize("text", [
    "The president insisted on his government's neighbourhood policy.",
    "The minister insisted on Tehran's long-held position on the war.",
])
def test_insisting_on_a_stance_is_no_request(text):
    events = coded(text, actors={"The president": "person:p", "The minister": "person:m", "Tehran": "IRN"},
                   kinds={"person:p": "person", "person:m": "person"}, published=PUB)
    assert not of_type(events, "REQUEST"), listed(events)


def test_insisting_on_an_act_to_be_done_is_still_a_request():
    events = coded("The delegation insisted on a six-month truce.",
                   actors={"The delegation": "USA"}, published=PUB)
    assert of_type(events, "REQUEST"), listed(events)


# -- a vow to squeeze another party, or to carry on fighting it, is a threat --------------------

def test_a_vow_to_drive_down_another_party_s_exports_is_a_threat():
    events = coded("Washington left the deal, vowing to drive Iran's oil exports down to zero.",
                   actors={"Washington": "USA", "Iran": "IRN"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "vowing"] == ["THREATEN"], listed(events)


def test_a_vow_to_cut_one_s_own_deficit_is_no_threat():
    events = coded("The British government vowed to cut Britain's deficit by half.",
                   actors={"The British government": "GBR", "Britain": "GBR"}, published=PUB)
    assert not of_type(events, "THREATEN"), listed(events)


def test_a_vow_to_continue_a_campaign_against_a_party_is_a_threat():
    events = coded("The rebels have vowed to continue their violent campaign against the government.",
                   actors={"The rebels": "REBELS", "the government": "GOV"},
                   kinds={"REBELS": "armed_group", "GOV": "other"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "vowed"] == ["THREATEN"], listed(events)


# -- arms captured are seized; ground captured is taken by force -----------------------------------

def test_captured_weapons_are_seized():
    events = coded("The army also captured large amounts of weaponry near the border.",
                   actors={"The army": "sector:TCD:MIL"}, kinds={"sector:TCD:MIL": "other"}, published=PUB)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "seize")], listed(events)


def test_a_crossing_recaptured_is_still_an_assault():
    events = coded("Government forces recaptured a key border crossing on Thursday.",
                   actors={"Government forces": "sector:AFG:MIL"}, kinds={"sector:AFG:MIL": "other"},
                   published=PUB)
    assert [e.type for e in events] == ["ASSAULT"], listed(events)


# -- cooperation a party wants to widen is a stated intent (AGREE) ------------------------------

def test_cooperation_a_party_wants_to_strengthen_is_an_agreement():
    events = coded("The White House wants to strengthen cooperation with these countries.",
                   actors={"The White House": "USA"}, published=PUB)
    assert [e.type for e in events] == ["AGREE"], listed(events)


def test_cooperation_others_conjecture_is_not_a_promise():
    events = coded("Analysts said Iran and Russia could cooperate on energy projects.",
                   actors={"Iran": "IRN", "Russia": "RUS"}, published=PUB)
    assert not of_type(events, "AGREE"), listed(events)


# -- forces sent to no one are deployed, not given ----------------------------------------------

def test_troops_sent_to_no_party_are_a_deployment():
    events = coded("The Indian army sent troops to stop construction of a road.",
                   actors={"The Indian army": "sector:IND:MIL"}, kinds={"sector:IND:MIL": "other"},
                   published=PUB)
    assert [(e.type, e.mode) for e in events if e.trigger.text == "sent"] == [("MOBILIZE", "troops")], \
        listed(events)


def test_troops_sent_to_a_party_or_to_keep_the_peace_stay_aid():
    events = coded("The United States sent more troops to Saudi Arabia.",
                   actors={"The United States": "USA", "Saudi Arabia": "SAU"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "sent"] == ["AID"], listed(events)
    events = coded("China sent troops to Mali as part of the UN peacekeeping force.",
                   actors={"China": "CHN"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "sent"] == ["AID"], listed(events)


# -- violating rights is abuse, no refusal; violating a ceasefire refuses it ----------------------

@pytest.mark.parametrize("text", [
    "The report listed human rights violations committed by the regime.",
    "The regime has violated the human rights of its citizens.",
])
def test_rights_violated_are_no_refusal(text):
    events = coded(text, actors={"the regime": "GOV", "The regime": "GOV"}, published=PUB)
    assert not of_type(events, "REJECT"), listed(events)


def test_a_ceasefire_violated_is_still_a_refusal():
    events = coded("Israel violated the ceasefire on Monday.", actors={"Israel": "ISR"}, published=PUB)
    assert of_type(events, "REJECT"), listed(events)


# -- an act offered is the offer ------------------------------------------------------------------

def test_an_offer_to_mediate_is_one_agreement():
    events = coded("Russia has offered to mediate between India and Pakistan.",
                   actors={"Russia": "RUS", "India": "IND", "Pakistan": "PAK"}, published=PUB)
    assert [e.type for e in events] == ["AGREE"], listed(events)


# -- a vow to press on with one's own plans, whoever objects, is an intention -------------------

def test_a_vow_to_press_on_despite_a_critic_is_no_agreement():
    events = coded("The home secretary has vowed to plough on with plans for ID cards despite a call "
                   "from Kennedy to pause.",
                   actors={"The home secretary": "person:clarke", "Kennedy": "person:kennedy"},
                   kinds={"person:clarke": "person", "person:kennedy": "person"}, published=PUB)
    assert not of_type(events, "AGREE"), listed(events)


def test_a_pledge_to_another_party_despite_criticism_stays_an_agreement():
    events = coded("China has pledged to lend $2 billion to Pakistan despite criticism from Washington.",
                   actors={"China": "CHN", "Pakistan": "PAK", "Washington": "USA"}, published=PUB)
    assert of_type(events, "AGREE"), listed(events)
