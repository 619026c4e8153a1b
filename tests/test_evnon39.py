"""Eventness and category, evnon39: attacks only arms make, exercises a party joins, exits from
part of an alliance, and plans that meet a reception.

An attack or an assault on what only arms attack ("enemy lines", "rebel positions") is force
(ASSAULT) even when a person, not a force, makes or orders it; a speaker's attack on a policy stays
criticism (ACCUSE). Exercises a party joins or takes part in are held with others (COOPERATE);
exercises one party holds stay MOBILIZE. Withdrawing from a part that an alliance owns ("NATO's
command") leaves the alliance (SANCTION); withdrawing troops stays RETREAT. A plan that "met
resistance" meets no one (no CONSULT). Sentences written for these tests (real parses, the full
pipeline), with controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


def _with(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word", [
    ("General Ortiz ordered an attack on the enemy lines at dawn.", "attack"),
    ("Colonel Haller led the assault on the rebel positions near the river on Friday.", "assault"),
    ("General Ortiz attacked the enemy trenches with two battalions.", "attacked"),
])
def test_an_attack_on_what_only_arms_attack_is_force(real_nlp, text, word):
    found = _with(dated_events(real_nlp, text, PUB), word)
    assert found and all(e.type == "ASSAULT" for e in found), listed(found)


@pytest.mark.parametrize("text, word", [
    ("Senator Marsh attacked the new budget as reckless.", "attacked"),
    ("Senator Marsh attacked Governor Delaney's tax plan on Tuesday.", "attacked"),
    ("President Trump attacked Senator Corker on Twitter.", "attacked"),
])
def test_a_speakers_attack_on_a_policy_or_a_person_stays_criticism(real_nlp, text, word):
    found = _with(dated_events(real_nlp, text, PUB), word)
    assert found and all(e.type == "ACCUSE" for e in found), listed(found)


@pytest.mark.parametrize("text", [
    "Finland will also join the naval exercises next month, the navy commander said.",
    "Chile joined the drills off the coast on Monday, the defence ministry said.",
])
def test_exercises_a_party_joins_are_cooperation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    found = [e for e in events if e.trigger.text in ("exercises", "drills")]
    assert found and all(e.type == "COOPERATE" for e in found), listed(events)


def test_exercises_one_party_holds_stay_mobilization(real_nlp):
    events = dated_events(real_nlp, "Brazil held naval exercises off its coast on Monday.", PUB)
    found = _with(events, "exercises")
    assert found and all(e.type == "MOBILIZE" for e in found), listed(events)


@pytest.mark.parametrize("text", [
    "In 1966 France withdrew from NATO's integrated military command but stayed in the alliance.",
    "Peru withdrew from the regional alliance's command structure in 2019.",
])
def test_leaving_a_part_of_an_alliance_is_a_sanction(real_nlp, text):
    found = _with(dated_events(real_nlp, text, PUB), "withdrew")
    assert found and all(e.type == "SANCTION" for e in found), listed(found)


def test_withdrawing_troops_stays_a_retreat(real_nlp):
    text = "Peru withdrew its troops from the border region on Monday."
    found = _with(dated_events(real_nlp, text, PUB), "withdrew")
    assert found and all(e.type == "RETREAT" for e in found), listed(found)


@pytest.mark.parametrize("text", [
    "President Obama's plan met fierce resistance in Congress.",
    "The governor's budget met sharp criticism from both parties on Tuesday.",
])
def test_a_plan_that_meets_a_reception_meets_no_one(real_nlp, text):
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "CONSULT"]
    assert not found, listed(found)


def test_meeting_resistance_leaders_stays_a_meeting(real_nlp):
    text = "President Obama met resistance leaders in Paris on Monday."
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "CONSULT"]
    assert found, listed(found)


@pytest.mark.parametrize("text", [
    "Senator Tom Hagen admitted he was willing to commit fraud to meet the targets.",
    "Senator Tom Hagen and Senator Carl Lutz deny conspiring to commit tax fraud to deceive the bank.",
])
def test_committing_an_offence_is_no_pledge(real_nlp, text):
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "AGREE"]
    assert not found, listed(found)


def test_committing_troops_stays_a_pledge(real_nlp):
    events = dated_events(real_nlp, "Germany pledged to commit troops to the mission.", PUB)
    assert any(e.type == "AGREE" for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "President Zelensky assured Ukrainians that the army had repelled the attacks on Kyiv.",
    "The Chilean foreign minister assured his Peruvian counterpart that Santiago's stance is based "
    "on restraint.",
])
def test_an_assurance_of_a_fact_is_no_pledge(real_nlp, text):
    found = [e for e in dated_events(real_nlp, text, PUB) if "assured" in e.trigger.text]
    assert not found, listed(found)


@pytest.mark.parametrize("text", [
    "President Obama assured the air force's pilots that they would be shielded from any lawsuit.",
    "Vice President Lund assured Senator Berg the government would work with her on farm policy.",
])
def test_an_assurance_of_what_will_be_done_stays_a_pledge(real_nlp, text):
    found = [e for e in dated_events(real_nlp, text, PUB) if "assured" in e.trigger.text]
    assert found and all(e.type == "AGREE" for e in found), listed(found)


def test_an_order_for_goods_after_another_clause_is_no_request(real_nlp):
    text = ("At that point, President Nixon disliked the options for dealing with Cuba, so he ordered "
            "a new bomber.")
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REQUEST"]
    assert not found, listed(found)


@pytest.mark.parametrize("text", [
    "President Nixon ordered that all troops leave the island by Friday.",
    "All troops must leave the island by Friday, President Nixon ordered.",
])
def test_an_order_given_in_words_stays_a_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "REQUEST" and "ordered" in e.trigger.text for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Canadian forces will also practice evacuating Canadian civilians from the island.", "evacuating"),
    ("Danish marines rehearsed an amphibious assault on the coast of Bornholm on Tuesday.", "assault"),
    ("Danish marines staged a mock attack on the harbour on Tuesday.", "attack"),
])
def test_an_act_rehearsed_is_a_drill(real_nlp, text, word):
    found = _with(dated_events(real_nlp, text, PUB), word)
    assert found and all(e.type == "MOBILIZE" for e in found), listed(found)


@pytest.mark.parametrize("text, word, category", [
    ("Canadian forces began evacuating Canadian civilians from the island on Monday.", "evacuating", "AID"),
    ("Danish marines launched an amphibious assault on the rebel-held port on Tuesday.", "assault", "ASSAULT"),
])
def test_an_act_done_keeps_its_category(real_nlp, text, word, category):
    found = _with(dated_events(real_nlp, text, PUB), word)
    assert found and all(e.type == category for e in found), listed(found)


def test_a_demand_that_puts_a_question_is_no_request(real_nlp):
    text = "Senator Marsh repeatedly demanded how the minister could be so sure of the figures."
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REQUEST"]
    assert not found, listed(found)


@pytest.mark.parametrize("text", [
    "Norway demanded that Russia release the fishermen.",
    "Norway demanded the release of the crew.",
    "Senator Marsh demanded to know why the border with Chile had been closed.",
    "Earlier in March, Norway protested that the Danish side was demanding too much for rebuilding "
    "the bridge, what it called far beyond the usual fees.",
])
def test_a_demand_of_an_act_or_an_account_stays_a_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "REQUEST" and "demand" in e.trigger.text for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Ukrainian troops rebuffed the Russian advance on the town of Bakhmut.", "rebuffed"),
    ("The garrison resisted the rebel assault for three days.", "resisted"),
])
def test_an_armed_advance_fought_off_is_no_refusal(real_nlp, text, word):
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REJECT"]
    assert not found, listed(found)


@pytest.mark.parametrize("text", [
    "Ukraine rebuffed the Russian offer of talks.",
    "Senator Marsh resisted pressure from the White House.",
])
def test_an_offer_or_pressure_rebuffed_stays_a_rejection(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "REJECT" for e in events), listed(events)


def test_breaching_a_private_trust_is_no_rejection(real_nlp):
    text = "The lawsuit alleges Senator Marsh breached the firm's trust as its chairman."
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REJECT"]
    assert not found, listed(found)


def test_an_argument_a_judge_rejects_is_no_refusal(real_nlp):
    text = ("Lawyers for the firm argued that the goods were not for export, but Justice Anna Berg "
            "rejected this defence.")
    found = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REJECT"]
    assert not found, listed(found)


@pytest.mark.parametrize("text", [
    "Norway rejected the proposal for a new quota.",
    "Ukraine rejected the Russian demand to withdraw.",
])
def test_a_proposal_or_a_demand_rejected_stays_a_refusal(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "REJECT" and "rejected" in e.trigger.text for e in events), listed(events)


def test_an_act_practised_by_habit_is_no_drill(real_nlp):
    doc = real_nlp("The regime practises torture against prisoners in Peru, the report said.")
    assert [s._.event.type for s in doc.spans["events"] if s.text == "torture"] == ["ASSAULT"]
