"""Event status and dates, turn 8: plans denied outright, speech acts still to be made, standing
measures, conjuncts with a tense of their own, claims after verbs that may also ask, and dates
that belong to the act a verb governs (real parses, sentences written for these tests)."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with

pytestmark = pytest.mark.model

PUB = "2025-03-05"  # a Wednesday


def test_an_act_there_are_no_plans_for_is_negated(real_nlp):
    text = "The ministry said there are no plans for the army to withdraw from the border."
    assert event_with(dated_events(real_nlp, text, PUB), "withdraw").status == "negated"
    text = "Tehran has no intention of attacking its neighbours, the minister said."
    assert event_with(dated_events(real_nlp, text, PUB), "attack").status == "negated"


def test_an_act_whose_plans_are_denied_is_negated(real_nlp):
    text = "Moscow has denied any plans to invade Ukraine."
    assert event_with(dated_events(real_nlp, text, PUB), "invade").status == "negated"


def test_an_offer_that_will_be_made_is_not_yet_made(real_nlp):
    text = "Officials said the offer would be made to Cairo at a meeting later this month."
    assert event_with(dated_events(real_nlp, text, PUB), "offer").status == "planned"


def test_a_standing_measure_exists_whatever_is_considered_for_it(real_nlp):
    text = "Washington is considering enhancing the current sanctions against Tehran."
    assert event_with(dated_events(real_nlp, text, PUB), "sanctions").status == "ongoing"


def test_a_present_conjunct_does_not_share_the_modal_of_its_neighbour(real_nlp):
    text = ("The delivery might take place within months and is the result of several visits to "
            "Moscow by Iranian officials.")
    assert event_with(dated_events(real_nlp, text, PUB), "visits").status == "occurred"


def test_an_indicative_clause_after_suggest_is_a_claim_not_a_request(real_nlp):
    text = "The senator suggested Tehran is working with Moscow on the drones."
    assert event_with(dated_events(real_nlp, text, PUB), "working").status != "hypothetical"
    text = "The senator suggested that Washington withdraw its troops from Syria."
    assert event_with(dated_events(real_nlp, text, PUB), "withdraw").status == "hypothetical"


def test_a_date_inside_what_was_vowed_is_not_the_vows_date(real_nlp):
    text = "France and Germany vowed to run their budget deficits below the EU cap in 2027."
    vowed = event_with(dated_events(real_nlp, text, PUB), "vowed")
    assert vowed.date is None or vowed.date.start != "2027"


def test_an_act_a_party_has_yet_to_do_has_not_happened(real_nlp):
    text = "Iran has yet to sign the deal with Russia, the ministry said."
    assert event_with(dated_events(real_nlp, text, PUB), "sign").status == "negated"
    text = "The army is yet to withdraw from the town."
    assert event_with(dated_events(real_nlp, text, PUB), "withdraw").status == "negated"


def test_an_agreement_a_party_will_not_renew_exists(real_nlp):
    text = "Ankara will not renew the trade agreement with Athens when it expires in March."
    assert event_with(dated_events(real_nlp, text, PUB), "agreement").status == "occurred"


def test_a_clause_inside_a_reported_future_is_planned(real_nlp):
    text = ("The ministry announced that the envoy would travel to Ankara, where he would meet "
            "the Turkish foreign minister.")
    assert event_with(dated_events(real_nlp, text, PUB), "meet").status == "planned"
