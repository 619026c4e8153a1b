"""People on real news (turn 25, ppweb12): a lesser office read as the full one; glued courtesy words.

- A word that makes an office a lesser one ("Assistant", "Associate", "Under" before "Secretary",
  "Deputy" before the words naming what the office is over) is read with the office: "Assistant
  Secretary of State X" is no Secretary of State, "X, assistant chief constable of Y" no chief
  constable. "under President X" and "under Secretary of State X" still name the office holder.
- "formerly" before an office says it is held no more.
- "His Majesty", "His Excellency", "Royal Highness": the courtesy word is no part of the name.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

from sitroom.resolve.actor_data import load_titles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name,role", [
    ("Assistant Secretary of State Linda Marsh flew to Lima on Monday.", "Linda Marsh",
     "Assistant Secretary of State"),
    ("Deputy Transport Secretary Joan Ruiz and Under Secretary Omar Patel attended the hearing.", "Omar Patel",
     "Under Secretary"),
    ("Helen Ford, assistant chief constable of Kent Police, said officers had acted lawfully.", "Helen Ford",
     "assistant chief constable of Kent Police"),
    ("Brian Osei, senior associate director of the audit office, said the review was late.", "Brian Osei",
     "senior associate director"),
    ("Assistant information commissioner Peter Lane said the calls broke the rules.", "Peter Lane",
     "Assistant information commissioner"),
    ("Deputy information commissioner Rosa Kline said the rules were clear.", "Rosa Kline",
     "Deputy information commissioner"),
])
def test_a_lesser_office_keeps_the_word_that_makes_it_lesser(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


@model
def test_formerly_marks_an_office_held_before(real_nlp):
    text = "Michael Dunmore, formerly chief executive of Acme Corp, joined the board on Tuesday."
    assert roles(real_nlp, text).get("Michael Dunmore") == "former chief executive of Acme Corp"


@model
@pytest.mark.parametrize("text,name", [
    ("The minister delivered the president's message for His Majesty Khalid bin Saeed, Sultan of Oman.",
     "Khalid bin Saeed"),
    ("His Majesty Salim bin Rashid received the ambassador on Sunday.", "Salim bin Rashid"),
])
def test_his_majesty_is_no_part_of_the_name(real_nlp, text, name):
    found = roles(real_nlp, text)
    assert name in found
    assert not any(n.startswith("Majesty") for n in found)


@model
@pytest.mark.parametrize("text,name,role", [
    ("Foreign policy under President Anna Berg has changed little.", "Anna Berg", "President"),
    ("The agency grew quickly under Secretary of State Mark Hale.", "Mark Hale", "Secretary of State"),
    ("Vice President Carla Dunn will delay her trip by a few days.", "Carla Dunn", "Vice President"),
    ("A senior assistant to Foreign Minister Omid Rahimi said the talks would go on.", "Omid Rahimi",
     "Foreign Minister"),
])
def test_the_office_holder_keeps_the_full_office(real_nlp, text, name, role):
    assert roles(real_nlp, text).get(name) == role


def test_under_makes_a_lesser_office_only_before_secretary():
    import spacy
    from spacy.tokens import Doc

    from sitroom.resolve.person_offices import lesser_start

    titles = load_titles()
    vocab = spacy.blank("en").vocab
    under = Doc(vocab, words=["the", "Treasury", "Under", "Secretary", "John", "Taylor"],
                pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"])
    assert lesser_start(under, 3, titles) == 2
    ruled = Doc(vocab, words=["grew", "under", "President", "Anna", "Berg"],
                pos=["VERB", "ADP", "PROPN", "PROPN", "PROPN"])
    assert lesser_start(ruled, 2, titles) is None
    over = Doc(vocab, words=["Assistant", "information", "commissioner", "Peter", "Lane"],
               pos=["ADJ", "NOUN", "NOUN", "PROPN", "PROPN"])
    assert lesser_start(over, 2, titles) == 0
