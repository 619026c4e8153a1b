"""People an analyst can trust (issue 11, ppl27): a descriptor written with capitals right before a
person's full name ("Legal Scholar Jonathan Turley", "the Rt Rev Dr Alan Webb") that the NER made a
person of its own is what the man is, not another person. A surname the story names again and a
given name keep the first name. A short title after an office in lower case ("Committee chairman
Sen. X") is no part of the role. Own sentences, names changed."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def people(nlp, text: str) -> dict[str, str]:
    """Each person mention's words -> the person it is resolved to."""
    doc = nlp(text)
    return {s.text: s._.actor.name for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_capitalised_descriptor_before_a_full_name_is_no_person(real_nlp):
    found = people(real_nlp, "Must watch: Legal Scholar Jonathan Turley was on the news this morning.")
    assert set(found.values()) == {"Jonathan Turley"}, found
    found = people(real_nlp, "The Dean of York, the Rt Rev Dr Alan Webb, said the play was moving.")
    assert set(found.values()) == {"Alan Webb"}, found


@model
def test_a_title_alone_before_a_full_name_is_no_person_when_written_again(real_nlp):
    # the title recurs before other names of the story: it is still no one's name
    found = people(real_nlp, "The Dean of York, the Rt Rev Dr Alan Webb, said the play was moving. Dr Webb left early.")
    assert set(found.values()) == {"Alan Webb"}, found


@model
def test_names_side_by_side_stay_people(real_nlp):
    # controls: a given name opens the first name; a surname the story names again
    found = people(real_nlp, "Deputies Maria Gomez Peter Hall and Ann Lee voted against.")
    assert {"Maria Gomez", "Peter Hall", "Ann Lee"} <= set(found.values()), found
    found = people(real_nlp, "Elvis Presley Jerry Lee Lewis and Johnny Cash recorded there in 1956. "
                             "Presley left first.")
    assert {"Elvis Presley", "Jerry Lee Lewis", "Johnny Cash"} <= set(found.values()), found



@model
def test_an_airfield_is_no_person(real_nlp):
    found = people(real_nlp, "The last soldiers left Shindand Airfield after nearly two decades, cutting the power "
                             "as they went.")
    assert not found, found
    # control: a man's name is no airfield's
    found = people(real_nlp, "The last soldiers left with Colonel Dan Fielding after nearly two decades.")
    assert "Dan Fielding" in found.values(), found


def roles(nlp, text: str) -> dict[str, str | None]:
    """Each person -> the role shown."""
    doc = nlp(text)
    return {s._.actor.name: s._.actor.role for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_short_title_after_an_office_is_no_part_of_the_role(real_nlp):
    found = roles(real_nlp, '"We will act," Senate Finance Committee chairman Sen. Tom Walden said in a statement.')
    assert found.get("Tom Walden") == "Senate Finance Committee chairman", found
    found = roles(real_nlp, "Police official Gen. Abdul Karim met the elders in Kandahar.")
    assert found.get("Abdul Karim") == "Police official", found
    # control: a short title after a capitalised word is one title with it
    found = roles(real_nlp, "Kentucky Republican Gov. Matt Byers wrote on Twitter.")
    assert found.get("Matt Byers") == "Kentucky Republican Gov.", found
