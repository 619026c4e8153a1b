"""People on real news (turn 26, ppweb15): a lower-case noun right before a one-word name says a
person is named only when it is a noun of a person.

"coach Parry", "singer Kenzie", "legend Pele", "his wife Sandra" name people; "the planet X", "the
operating system X", "its property business X" say what kind of thing X is. The noun counts when it
is a role word, an occupation, a family word, one of ``person_context.yaml`` ``person_nouns``, or
ends as a doer's noun does ("-er", "-ist", "-ian", "-man", ...). Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name", [
    ("The camera uses a sensor called the screen Brightix.", "Brightix"),
    ("The discs will not play on computers running the operating system Quenix.", "Quenix"),
    ("The group sold its property business Marlowe to a rival last year.", "Marlowe"),
    ("Ministers described the drills as a maritime security Belt in the ocean.", "Belt"),
])
def test_a_thing_noun_before_a_one_word_name_names_no_person(real_nlp, text, name):
    assert name not in roles(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("The trophy was handed to Brazilian legend Pele.", "Pele"),
    ("The crowd cheered for singer Kenzie.", "Kenzie"),
    ("The film stars newcomer Radek in the lead.", "Radek"),
    ("The cheque was made out to his wife Sandra.", "Sandra"),
    ("Fans booed the arrival of striker Drogba.", "Drogba"),
    ("The study was written by the economist team Jim and Mary Roe.", "Jim Roe"),  # kept, and (turn 37) named with the family name after "and"
])
def test_a_person_noun_before_a_one_word_name_keeps_the_person(real_nlp, text, name):
    assert name in roles(real_nlp, text)


@model
@pytest.mark.parametrize("text,name,role", [
    ("Barlow Stern and Co analyst Ruth Gale said the bid was too low.", "Ruth Gale", "analyst"),
    ("Fenwick Holdings (Asia) Corp president Tom Reyes urged more reform.", "Tom Reyes", "president"),
    ("Hartwell Telegraph Co chairman Dan Moss spoke first.", "Dan Moss", "Hartwell Telegraph Co chairman"),
])
def test_a_legal_form_cut_from_its_firm_opens_no_role(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role
