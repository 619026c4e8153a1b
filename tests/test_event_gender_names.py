"""A pronoun does not stand for a person whose given name shows the other gender ("she" is not
Timothy Hart), while a surname alone, a name borne by men and women, or a courtesy title decide as
before (sentences written for these tests)."""

from __future__ import annotations

import pytest
import spacy
from events_support import coded, event_with, listed

from sitroom import model
from sitroom.components.event_gender import person_genders

PUB = "2024-03-01"


def _genders(text: str, names: dict[str, str]) -> dict[str, str]:
    doc = spacy.blank("en")(text)
    spans, refs = [], {}
    for phrase, ident in names.items():
        start = text.index(phrase)
        spans.append((doc.char_span(start, start + len(phrase)), ident))
        refs.setdefault(ident, model.EntityRef(id=ident, name=phrase, kind="person"))
    return person_genders(doc, spans, refs)


def test_a_given_name_borne_by_one_sex_is_evidence_of_gender():
    assert _genders("Timothy Hart spoke.", {"Timothy Hart": "HART"}) == {"HART": "m"}
    assert _genders("Dianne Moss spoke.", {"Dianne Moss": "MOSS"}) == {"MOSS": "f"}


def test_no_gender_from_a_surname_alone_or_a_name_of_either_sex():
    assert _genders("Hart spoke.", {"Hart": "HART"}) == {}
    assert _genders("Kelly Hart spoke.", {"Kelly Hart": "HART"}) == {}
    assert _genders("Jordan Moss spoke.", {"Jordan Moss": "MOSS"}) == {}


def test_a_courtesy_title_outweighs_the_given_name():
    assert _genders("Mrs Timothy Hart spoke.", {"Timothy Hart": "HART"}) == {"HART": "f"}


@pytest.mark.model
def test_she_does_not_stand_for_a_man_named_by_his_given_name():
    events = coded("Timothy Hart arrived in the capital on Monday. She rejected the offer from Canada.",
                   actors={"Timothy Hart": "HART", "Canada": "CAN"}, kinds={"HART": "person"},
                   published=PUB)
    assert all("HART" not in e.actors for e in events if "rejected" in e.trigger.text), listed(events)
    # control: "he" still stands for him
    events = coded("Timothy Hart arrived in the capital on Monday. He rejected the offer from Canada.",
                   actors={"Timothy Hart": "HART", "Canada": "CAN"}, kinds={"HART": "person"},
                   published=PUB)
    assert event_with(events, "rejected").actors == ("HART",), listed(events)
    # control: a name borne by men and women is no evidence
    events = coded("Kelly Hart arrived in the capital on Monday. She rejected the offer from Canada.",
                   actors={"Kelly Hart": "HART", "Canada": "CAN"}, kinds={"HART": "person"},
                   published=PUB)
    assert event_with(events, "rejected").actors == ("HART",), listed(events)


@pytest.mark.model
def test_her_request_is_not_the_request_of_a_man_named_before():
    events = coded("Judge Robert Lane heard the case on Friday. He denied her request for an injunction.",
                   actors={"Robert Lane": "LANE"}, kinds={"LANE": "person"}, published=PUB)
    assert all("LANE" not in e.actors for e in events if "request" in e.trigger.text), listed(events)
    # control: his request is his
    events = coded("Judge Robert Lane heard the case on Friday. He repeated his request for an injunction.",
                   actors={"Robert Lane": "LANE"}, kinds={"LANE": "person"}, published=PUB)
    assert event_with(events, "request").actors == ("LANE",), listed(events)
