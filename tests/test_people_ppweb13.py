"""People on real news (turn 25, ppweb13): shadow offices, an office's word used as a verb, and given
names after an honorific that opens a whole name.

- "shadow" makes an office a lesser one (``titles.yaml``: ``lesser_offices``): "shadow foreign
  secretary X" speaks for the opposition and is no foreign secretary.
- An office's word used as a verb ("who used to head X's bodyguards", "will chair X's panel") gives
  the name after it no office.
- After "Sheikh", "Ayatollah" and the like (``titles.yaml``: ``name_openers``) the whole name
  follows: a given name the NER left out or made a person of its own belongs to the name after it.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_mentions, people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name,role", [
    ("Conservative shadow foreign secretary Alan Pryce said the vote was a mistake.", "Alan Pryce",
     "shadow foreign secretary"),
    ("The Tory shadow chancellor Graham Hale promised lower taxes.", "Graham Hale", "shadow chancellor"),
    ("But former shadow attorney general Neil Upton said the bill was flawed.", "Neil Upton",
     "former shadow attorney general"),
    ("Labour shadow local government secretary Irene Voss attacked the plan.", "Irene Voss",
     "shadow local government secretary"),
    ("Peter Lomax, the shadow health secretary, said waiting lists had grown.", "Peter Lomax",
     "shadow health secretary"),
])
def test_a_shadow_office_keeps_shadow(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


@model
@pytest.mark.parametrize("text,name", [
    ("It was like a sect, said Omid Tavana, who used to head Leila Sarvi's guards.", "Leila Sarvi"),
    ("She will chair Anna Berg's review panel next year.", "Anna Berg"),
    ("He was picked to head Anna Berg's campaign team.", "Anna Berg"),
])
def test_an_office_word_used_as_a_verb_is_no_office(real_nlp, text, name):
    found = roles(real_nlp, text)
    assert name in found and found[name] is None


@model
@pytest.mark.parametrize("text,name", [
    ("Crowds mourned the cleric Sheikh Hamid Yusuf al-Karimi after his death.", "Hamid Yusuf al-Karimi"),
    ("He met his Qatari counterpart Sheikh Salem Abdullah Al Jaber on Monday.", "Salem Abdullah Al Jaber"),
])
def test_given_names_after_sheikh_belong_to_the_name(real_nlp, text, name):
    assert name in people_mentions(real_nlp, text)


@model
@pytest.mark.parametrize("text,name,role", [
    ("The report was written in the shadow of President Anna Berg's reforms.", "Anna Berg", "President"),
    ("He went to meet Foreign Minister Anna Berg in Rome.", "Anna Berg", "Foreign Minister"),
    ("Tom wants to see President Anna Berg soon.", "Anna Berg", "President"),
    ("This is what is happening to officer Dale Brook, whose posts were read out in court.", "Dale Brook",
     "officer"),
])
def test_controls_keep_the_office(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


@model
def test_control_two_people_after_an_honorific_stay_apart(real_nlp):
    found = people_mentions(real_nlp, "Mr Tom Lane met Sheikh Ali Salman in Manama on Monday.")
    assert "Tom Lane" in found and "Ali Salman" in found
