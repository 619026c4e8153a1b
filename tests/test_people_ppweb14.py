"""People on real news (turn 26, ppweb14): the lower-case words before an office word that say what
the office is over, and two broadcasters read as people.

- "chief technology officer X", "press secretary X", "legislative affairs director X": the words
  before the office word belong to the office, as they do written with capitals ("Government
  spokesman X"); an adjective only where it qualifies one of those words ("national security
  adviser"), not the office itself ("the new director X").
- Al Alam and Al Mayadeen are broadcasters (``actors.yaml``): "according to Al Mayadeen" names no
  person.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name,role", [
    ("\"Demand is rising,\" said Vexcom's chief technology officer Dan Price.", "Dan Price",
     "chief technology officer"),
    ("White House press secretary Jen Walsh told reporters the trip was off.", "Jen Walsh", "press secretary"),
    ("The White House legislative affairs director Mark Stone met senators.", "Mark Stone",
     "legislative affairs director"),
    ("Her national security adviser Tom Rhee flew to Seoul on Friday.", "Tom Rhee", "national security adviser"),
    ("The company's managing director Ann Lee resigned last week.", "Ann Lee", "managing director"),
    ("The party's local government spokesman Gareth Rees called it a disgrace.", "Gareth Rees",
     "local government spokesman"),
    ("Home affairs spokesman Neil Barton told the radio it was a matter of principle.", "Neil Barton",
     "Home affairs spokesman"),
    ("Chinese foreign ministry spokesperson Hua Lin rejected the charge.", "Hua Lin",
     "foreign ministry spokesperson"),
    ("The ruling party leader Ali Khan spoke first.", "Ali Khan", "ruling party leader"),
])
def test_words_naming_what_an_office_is_over_belong_to_it(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


@model
@pytest.mark.parametrize("text", [
    "The talks were held in Doha, according to Al Mayadeen.",
    "The minister said in an interview with Al Alam that the talks would go on.",
])
def test_broadcasters_are_no_people(real_nlp, text):
    assert roles(real_nlp, text) == {}


@model
@pytest.mark.parametrize("text,name,role", [
    ("The new director Paul Gray began work on Monday.", "Paul Gray", "director"),
    ("Oscar-winning director Paul Gray chose her for the part.", "Paul Gray", "director"),
    ("The agency's Obama-era director Paul Gray resigned on Friday.", "Paul Gray", "director"),
    ("Union leader Joe Hart called a strike.", "Joe Hart", "Union leader"),
    ("White House deputy press secretary Raj Shore spoke first.", "Raj Shore", "deputy press secretary"),
    ("Government spokesman Ali Rezai denied the report.", "Ali Rezai", "Government spokesman"),
    ("The Kremlin told reporters spokesman Yuri Orlov was ill.", "Yuri Orlov", "spokesman"),
    # a verb's participle before the office is no part of it (coordinator, from the audit's check)
    ("Police are looking into a shooting involving officer Dale Hume on Sunday.", "Dale Hume", "officer"),
])
def test_controls_keep_the_office(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role
