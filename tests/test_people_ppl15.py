"""People an analyst can trust (issue 11, ppl15): a place's name of two or more words written
before a facility's noun ("the X Y border crossing", "X Y refinery's unit", "the X Y customs
facilities") names the place, not a person; a lone surname, a titled name and a name before other
nouns ("the X Y team", "the Jones campaign") stay people. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from people_support import people_mentions
from sitroom.resolve.person_context import facility_after

model = pytest.mark.model


def _tagged(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)


def test_a_name_before_a_facility_noun_is_a_place():
    doc = _tagged(["the", "Kalat", "Sefid", "border", "crossing", "closed"],
                  ["DET", "PROPN", "PROPN", "NOUN", "NOUN", "VERB"])
    assert facility_after(doc, doc[1:3])
    doc = _tagged(["the", "Qara", "Tepe", "railway", "electrification", "project"],
                  ["DET", "PROPN", "PROPN", "NOUN", "NOUN", "NOUN"])
    assert facility_after(doc, doc[1:3])


def test_a_lone_word_a_titled_name_or_another_noun_is_left_alone():
    # a lone word may be a surname ("the Trump pipeline decision")
    doc = _tagged(["the", "Walsh", "pipeline", "decision"], ["DET", "PROPN", "NOUN", "NOUN"])
    assert not facility_after(doc, doc[1:2])
    # a title before the name says a person
    doc = _tagged(["Governor", "Peter", "Walsh", "pipeline", "plans"], ["PROPN", "PROPN", "PROPN", "NOUN", "NOUN"])
    assert not facility_after(doc, doc[1:3])
    # a noun a person's name qualifies ("the Maria Lopez team"), and a verb after the name
    doc = _tagged(["the", "Maria", "Lopez", "team", "met"], ["DET", "PROPN", "PROPN", "NOUN", "VERB"])
    assert not facility_after(doc, doc[1:3])
    doc = _tagged(["Maria", "Lopez", "inspected", "the", "refinery"], ["PROPN", "PROPN", "VERB", "DET", "NOUN"])
    assert not facility_after(doc, doc[0:2])


@model
def test_places_before_facilities_are_no_people(real_nlp):
    for text in ("Officials said on Tuesday that the Kalat Sefid border crossing with Iran, located in "
                 "Herat province, was closed after heavy fighting.",
                 "Output rose after Bandar Lengeh refinery's new unit went into operation last month.",
                 "Engineers inspected the Qara Tepe pipeline on Sunday."):
        assert people_mentions(real_nlp, text) == {}, text


@model
def test_people_before_other_nouns_stay_people(real_nlp):
    assert "Peter Walsh" in people_mentions(real_nlp, "Governor Peter Walsh pipeline plans were rejected by the council.")
    assert "Maria Lopez" in people_mentions(real_nlp, "Officials from the Maria Lopez team met on Monday.")
    people = people_mentions(real_nlp, "The Jones campaign welcomed the result, and Doug Jones thanked voters.")
    assert people.get("Doug Jones") == ["Jones", "Doug Jones"]


@model
def test_a_family_word_qualifying_a_noun_names_no_relative(real_nlp):
    # "child health" is a field: the professor is no one's child, so "Prof X" is he
    text = ("Britain's first national professor of child health, Tom Rydell-Hart, was chosen for the post. "
            "Prof Rydell-Hart has also been a lecturer. Prof Rydell-Hart said he was pleased.")
    assert people_mentions(real_nlp, text) == {"Tom Rydell-Hart": ["Tom Rydell-Hart", "Rydell-Hart", "Rydell-Hart"]}


@model
def test_a_relative_named_in_full_is_still_no_default(real_nlp):
    # control: "His son, Mark Reyes" is a relative, so a bare "Reyes" is the minister
    text = "The minister, Paul Reyes, spoke. His son, Mark Reyes, was there. Reyes said the plan would work."
    people = people_mentions(real_nlp, text)
    assert people["Paul Reyes"] == ["Paul Reyes", "Reyes"] and people["Mark Reyes"] == ["Mark Reyes"]
