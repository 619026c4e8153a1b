"""An event's status from its clause: attempts, requests, resolve (model-marked: real parses,
hand-marked span groups, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"
KINDS = {"person:navalny": "person", "sector:COP": "other", "sector:INS": "other"}


def test_a_tried_attack_took_place_but_a_tried_arrest_did_not():
    events = coded("Gunmen tried to storm a police station in the north on Saturday.",
                   actors={"Gunmen": "sector:INS"}, kinds=KINDS, published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"], listed(events)
    events = coded("Police tried to arrest Navalny at the airport on Monday.",
                   actors={"Police": "sector:COP", "Navalny": "person:navalny"}, kinds=KINDS,
                   published=PUB)
    assert of_type(events, "COERCE") and all(e.status == "hypothetical" for e in of_type(events, "COERCE")), \
        listed(events)


def test_a_tried_attack_that_is_only_possible_stays_possible():
    events = coded("Russia would try to attack Ukraine.", actors={"Russia": "RUS", "Ukraine": "UKR"},
                   published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["hypothetical"], listed(events)


def test_what_a_call_asks_for_is_not_shown_as_planned_or_done():
    events = coded("Foreign missions issued a joint call for a Taliban ceasefire.",
                   actors={"Taliban": "TALIBAN"}, published=PUB)
    assert all(e.status != "planned" and e.status != "occurred" for e in of_type(events, "RETREAT")), \
        listed(events)


def test_resolve_to_act_puts_the_act_ahead():
    events = coded("Afghanistan is determined to fight terrorist groups.",
                   actors={"Afghanistan": "AFG", "terrorist groups": "sector:INS"}, kinds=KINDS,
                   published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["planned"], listed(events)


def test_a_yes_no_question_asks_whether_the_act_happened():
    # it reports no act at all (turn 28, judged as the audit judges: event_unreported.py)
    events = coded("Has Russia increased its forces near Ukraine?", actors={"Russia": "RUS"},
                   published=PUB)
    assert of_type(events, "MOBILIZE") == [], listed(events)


def test_a_wh_question_takes_the_act_as_given():
    events = coded("Why did Russia attack Ukraine?", actors={"Russia": "RUS", "Ukraine": "UKR"},
                   published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"], listed(events)


def test_an_obligation_is_not_an_act():
    events = coded("The United States must withdraw its troops from Syria.",
                   actors={"The United States": "USA", "Syria": "SYR"}, published=PUB)
    assert [e.status for e in of_type(events, "RETREAT")] == ["hypothetical"], listed(events)
    events = coded("The army had to withdraw its troops from the city on Monday.",
                   actors={"The army": "sector:MIL"}, kinds={"sector:MIL": "other"}, published=PUB)
    assert [e.status for e in of_type(events, "RETREAT")] == ["occurred"], listed(events)


def test_a_trip_during_which_something_will_happen_lies_ahead():
    events = coded("Putin will oversee the agreement during his trip to India this week.",
                   actors={"Putin": "person:putin", "India": "IND"}, kinds={"person:putin": "person"},
                   published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["planned"], listed(events)


def test_nobody_arrested_is_no_arrest():
    events = coded("No one was arrested by police after the protest.",
                   actors={"police": "sector:COP"}, kinds=KINDS, published=PUB)
    assert [e.status for e in of_type(events, "COERCE")] == ["negated"], listed(events)
    events = coded("Russia said no fewer than 20 soldiers were killed by Ukrainian forces.",
                   actors={"Ukrainian": "UKR", "Russia": "RUS"}, published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"], listed(events)


def test_what_a_party_considers_or_was_supposed_to_do_it_has_not_done():
    events = coded("Russia is considering sending troops to Syria.",
                   actors={"Russia": "RUS", "Syria": "SYR"}, published=PUB)
    assert all(e.status == "hypothetical" for e in events if e.trigger.text == "sending"), \
        listed(events)
    events = coded("Iran had hoped to meet Saudi officials in Baghdad.",
                   actors={"Iran": "IRN", "Saudi": "SAU"}, published=PUB)
    assert [e.status for e in of_type(events, "CONSULT")] == ["planned"], listed(events)


def test_an_act_in_a_phrase_of_circumstance_is_a_fact_whatever_the_clause_asks():
    events = coded("Amid reports of a Russian offensive in Syria, the West must talk to Tehran.",
                   actors={"Russian": "RUS", "Tehran": "IRN"}, published=PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"], listed(events)


def test_an_option_or_a_condition_is_not_an_act():
    events = coded("Expanding sanctions against Iran remains one of the options on the table.",
                   actors={"Iran": "IRN"}, published=PUB)
    assert all(e.status == "hypothetical" for e in of_type(events, "SANCTION")), listed(events)
    events = coded("Iran said it was prepared to reverse its steps once the United States lifted "
                   "the sanctions.", actors={"Iran": "IRN", "the United States": "USA"},
                   published=PUB)
    assert all(e.status != "occurred" for e in events if e.trigger.text == "lifted"), listed(events)


def test_an_act_that_someone_considers_a_mistake_was_done():
    events = coded("Ames told reporters that he considered Kenya's temporary blockade a mistake.",
                   actors={"Ames": "person:ames", "Kenya": "KEN"}, kinds={"person:ames": "person"},
                   published=PUB)
    blockade = [e.status for e in events if e.trigger.text == "blockade"]
    assert blockade and all(s == "occurred" for s in blockade), listed(events)
