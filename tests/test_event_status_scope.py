"""How far a clause's mood reaches: conjoined past verbs, participles, relative clauses, nouns
that are subjects or aims, acts called off (model-marked: real parses, sentences written for
these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def test_a_past_verb_joined_to_a_plan_was_done():
    events = coded("Ankara will host the talks next week and criticized Athens for its delay.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert [e.status for e in of_type(events, "ACCUSE")] == ["occurred"], listed(events)


def test_a_participle_is_not_what_its_verb_orders_or_denies():
    events = coded("Ankara ordered a cut in staff at the embassy of Athens, expelling ten diplomats.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert all(e.status == "occurred" for e in events if e.trigger.text == "expelling"), listed(events)
    events = coded("Cairo denied the report, saying it condemned the attack on Ankara.",
                   actors={"Cairo": "EGY", "Ankara": "TUR"}, published=PUB)
    assert [e.status for e in of_type(events, "ACCUSE")] == ["occurred"], listed(events)


def test_a_relative_clause_states_its_own_act():
    events = coded("The accord, which was endorsed by Ankara in May, was dropped by Athens.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert [e.status for e in of_type(events, "SUPPORT")] == ["occurred"], listed(events)


def test_would_have_is_a_counterfactual_not_a_plan():
    events = coded("Ankara said the deal would have violated the embargo on Syria.",
                   actors={"Ankara": "TUR", "Syria": "SYR"}, published=PUB)
    assert all(e.status == "hypothetical" for e in events if e.trigger.text == "violated"), listed(events)


def test_an_act_inside_the_aim_of_a_noun_is_not_done():
    events = coded("Cairo praised the effort to restart peace talks between Israel and Syria.",
                   actors={"Cairo": "EGY", "Israel": "ISR", "Syria": "SYR"}, published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["hypothetical"], listed(events)
    events = coded("Tehran was one of the first states to recognize Syria after the war.",
                   actors={"Tehran": "IRN", "Syria": "SYR"}, published=PUB)
    assert [e.status for e in of_type(events, "SUPPORT")] == ["occurred"], listed(events)


def test_a_noun_that_is_subject_of_a_negated_verb_was_made():
    events = coded("Washington's sanctions do not have any effect on the trade of Tehran.",
                   actors={"Washington": "USA", "Tehran": "IRN"}, published=PUB)
    assert [e.status for e in of_type(events, "SANCTION")] == ["occurred"], listed(events)
    events = coded("The talks between Seoul and Pyongyang did not take place.",
                   actors={"Seoul": "KOR", "Pyongyang": "PRK"}, published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["negated"], listed(events)


def test_a_rejected_call_was_made():
    events = coded("Moscow rejected calls by Washington for a ceasefire in Syria.",
                   actors={"Moscow": "RUS", "Washington": "USA", "Syria": "SYR"}, published=PUB)
    assert [e.status for e in of_type(events, "REQUEST")] == ["occurred"], listed(events)


def test_a_happening_called_off_did_not_take_place_and_one_put_off_lies_ahead():
    events = coded("Pyongyang cancelled the talks with Seoul on Monday.",
                   actors={"Seoul": "KOR", "Pyongyang": "PRK"}, published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["negated"], listed(events)
    events = coded("Athens postponed the visit by the foreign minister of Ankara.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["planned"], listed(events)
    events = coded("Brussels will cancel the sanctions on Tehran.", actors={"Tehran": "IRN"},
                   published=PUB)
    assert [e.status for e in of_type(events, "SANCTION")] == ["occurred"], listed(events)


def test_a_negation_under_a_condition_is_a_case_put():
    events = coded("If Ankara does not accept the plan, Athens will leave the talks.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert all(e.status == "hypothetical" for e in events if e.trigger.text == "accept"), listed(events)


def test_an_act_said_to_continue_is_under_way():
    events = coded("Moscow will continue military cooperation with Tehran.",
                   actors={"Moscow": "RUS", "Tehran": "IRN"}, published=PUB)
    assert [e.status for e in of_type(events, "COOPERATE")] == ["ongoing"], listed(events)


def test_a_past_condition_contrary_to_fact_took_place():
    events = coded("If Ankara had not attacked Athens, the talks would have gone ahead.",
                   actors={"Ankara": "TUR", "Athens": "GRC"}, published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"], listed(events)
    events = coded("Ankara did not attack Athens.", actors={"Ankara": "TUR", "Athens": "GRC"},
                   published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["negated"], listed(events)
