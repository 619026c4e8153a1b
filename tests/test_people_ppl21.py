"""People an analyst can trust (issue 11, ppl21): a bare surname is never a family member of the
person meant. A courtesy title the NER left out of the name ("Mr" before the entity "Garvey") says
the gender; a son named after his father ("Carl Dobbs Jr.") is not the one the bare surname names
when the father is named too. Own sentences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from people_support import people_mentions
from sitroom.resolve.person_evidence import Evidence, choose

model = pytest.mark.model


@dataclass
class _Cand:
    id: str
    name: str


def test_a_junior_is_not_the_bare_surname_when_his_father_is_named():
    father, son = _Cand("f", "Carl Dobbs"), _Cand("s", "Carl Dobbs Jr.")
    evidence = {"f": Evidence(gender="m", office=True), "s": Evidence(office=True)}
    order = {"f": 1, "s": 10}
    assert choose(Evidence(), [father, son], evidence, order, 20) is father
    # his father named as such ("his father, Carl Dobbs"): the son is still the family member
    evidence = {"f": Evidence(gender="m", family=True), "s": Evidence(gender="m")}
    assert choose(Evidence(), [father, son], evidence, {"f": 10, "s": 1}, 20) is father
    # controls: "the younger Dobbs" is the son; a junior named alone is the bare surname
    assert choose(Evidence(family=True), [father, son], evidence, order, 20) is son
    assert choose(Evidence(), [son], {"s": Evidence()}, {"s": 1}, 20) is son
    # control: a junior beside his mother, who does not bear his name: the bare surname is his
    mother = _Cand("m", "Helen Ruth Dobbs")
    evidence = {"m": Evidence(gender="f", family=True), "s": Evidence(gender="m")}
    assert choose(Evidence(), [mother, son], evidence, {"m": 1, "s": 10}, 20) is son


def test_a_title_says_which_of_a_couple_whatever_the_office():
    husband, wife = _Cand("h", "Alan Garvey"), _Cand("w", "Fiona Garvey")
    evidence = {"h": Evidence(gender="m"), "w": Evidence(office=True)}  # "a member of Fiona Garvey's chambers"
    order = {"h": 1, "w": 5}
    assert choose(Evidence(gender="m"), [husband, wife], evidence, order, 20) is husband
    assert choose(Evidence(gender="f"), [husband, wife], evidence, order, 20) is wife
    # "Mrs Garvey" when only her husband's family is named: she may be the family member
    evidence = {"h": Evidence(gender="m"), "w": Evidence(gender="f", family=True)}
    assert choose(Evidence(gender="f"), [husband, wife], evidence, order, 20) is wife
    assert choose(Evidence(), [husband, wife], evidence, order, 20) is husband


@model
def test_mr_before_a_surname_is_the_man_not_his_wife(real_nlp):
    text = ("Alan Garvey has rejected calls to publish the report. Mr Garvey told reporters in Leeds that "
            "the summary was fair. Ruth Kell, a colleague of the lawyer Fiona Garvey, disagreed. "
            "Mrs Garvey did not comment.")
    people = people_mentions(real_nlp, text)
    assert people.get("Alan Garvey", []).count("Garvey") == 1
    assert people.get("Fiona Garvey", []).count("Garvey") == 1


@model
def test_mrs_before_a_surname_is_not_a_man_of_that_name(real_nlp):
    # a given name borne by men only ("Alan"): "Mrs Garvey" is another member of his family
    people = people_mentions(real_nlp, "The mayor, Alan Garvey, has rejected calls to publish the report. "
                                       "Mrs Garvey told reporters in Leeds that the summary was unfair.")
    assert people.get("Alan Garvey") == ["Alan Garvey"]
    # control: a man's title joins him
    people = people_mentions(real_nlp, "The mayor, Alan Garvey, has rejected calls to publish the report. "
                                       "Mr Garvey told reporters in Leeds that the summary was fair.")
    assert people.get("Alan Garvey") == ["Alan Garvey", "Garvey"]


@model
def test_a_bare_surname_beside_a_junior_is_the_father(real_nlp):
    text = ("The White House said on Friday that Carl Dobbs Jr. had refused to answer questions about a talk "
            "with his father, President Carl Dobbs. Investigators want to know whether Dobbs associates met "
            "foreign agents. Dobbs has denied any wrongdoing.")
    people = people_mentions(real_nlp, text)
    assert "Dobbs" not in people.get("Carl Dobbs Jr.", [])
    assert "Dobbs" in people.get("Carl Dobbs", [])
