"""Whose act it is: possessors of acts done to them, pronouns inside a noun's infinitive, counted
nationals and bracketed wire credits (model-marked: real parses, hand-marked span groups,
sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:weber": "person", "person:martin": "person", "REUTERS": "media",
          "person:ames": "person"}


def test_the_owner_of_an_arrest_is_the_one_arrested():
    events = coded("Paul Martin is on trial for fraud following his arrest in October.",
                   actors={"Paul Martin": "person:martin"}, kinds=PEOPLE, published=PUB)
    arrest = event_with(events, "arrest")
    assert arrest.actors == () and arrest.targets == ("person:martin",)


def test_an_owner_with_an_of_phrase_did_the_act():
    events = coded("Protesters were angry over the Kenyan government's execution of Paul Martin.",
                   actors={"Kenyan": "KEN", "Paul Martin": "person:martin"}, kinds=PEOPLE,
                   published=PUB)
    assert event_with(events, "execution").actors == ("KEN",)


def test_his_in_a_request_to_do_something_is_the_requester():
    events = coded("Anna Weber argued that the judge should deny a request by Paul Martin to lift "
                   "his house arrest.",
                   actors={"Anna Weber": "person:weber", "Paul Martin": "person:martin"},
                   kinds=PEOPLE, published=PUB)
    arrest = event_with(events, "arrest")
    assert "person:weber" not in arrest.actors + arrest.targets


def test_people_counted_by_nationality_are_not_their_state():
    events = coded("Gunmen killed two Kenyans near the border on Monday.",
                   actors={"Kenyans": "KEN"}, published=PUB)
    killed = event_with(events, "killed")
    assert "KEN" not in killed.actors + killed.targets


def test_a_wire_credit_in_brackets_is_no_party():
    events = coded("(Reuters) - Paul Martin pleaded guilty on Friday to lying to investigators.",
                   actors={"Reuters": "REUTERS", "Paul Martin": "person:martin"}, kinds=PEOPLE,
                   published=PUB)
    assert "REUTERS" not in event_with(events, "pleaded").actors


def test_with_its_doer_named_the_of_phrase_is_the_target():
    events = coded("Anna Weber said Germany's condemnation of Kenya would have an impact.",
                   actors={"Anna Weber": "person:weber", "Germany": "DEU", "Kenya": "KEN"},
                   kinds=PEOPLE, published=PUB)
    condemnation = event_with(events, "condemnation")
    assert condemnation.actors == ("DEU",) and condemnation.targets == ("KEN",)


def test_names_coordinated_after_a_dateline_are_all_doers():
    events = coded("NAIROBI – Foreign Minister Anna Weber and Defence Minister Paul Martin on Monday "
                   "called for further talks.",
                   actors={"NAIROBI": "KEN", "Anna Weber": "person:weber", "Paul Martin": "person:martin"},
                   kinds=PEOPLE, published=PUB)
    assert set(event_with(events, "called").actors) == {"person:weber", "person:martin"}


def test_a_country_before_an_owned_invasion_is_invaded_even_when_the_owner_is_unknown():
    events = coded("Martin’s 1983 Kenya invasion had nothing to do with rescuing students.",
                   actors={"Kenya": "KEN"}, published=PUB)
    invasion = event_with(events, "invasion")
    assert "KEN" not in invasion.actors and invasion.targets == ("KEN",)


def test_who_reports_a_clause_left_without_its_subject_did_not_do_it():
    events = coded("Anna Weber noted Paul Martin this week promised that the losses would be "
                   "compensated.",
                   actors={"Anna Weber": "person:weber"}, kinds=PEOPLE, published=PUB)
    assert "person:weber" not in event_with(events, "promised").actors


def test_a_modifier_inside_the_of_phrase_is_only_its_topic():
    events = coded("Germany's criticism of Kenyan allegations was sharp, and Germany's occupation "
                   "of Kenyan territory ended.",
                   actors={"Germany": "DEU", "Kenyan": "KEN"}, published=PUB)
    assert "KEN" not in event_with(events, "criticism").targets
    assert event_with(events, "occupation").targets == ("KEN",)
