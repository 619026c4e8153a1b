"""A club, party or work in brackets after each person of a roster is no person (turn 14, helper
geo18): the model tags "Leeds Tykes" in "Sam Hale (Leeds Tykes)" as a person. Controls: one
bracketed name glossing a pronoun or a first name, and the roster's own people. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from people_support import people_mentions
from sitroom.resolve.person_groups import bracketed_in_roster

model = pytest.mark.model


@model
def test_clubs_in_brackets_after_each_player_are_not_people(real_nlp):
    text = ("Forwards: Tom Reid (Ayr Rugby), Sam Hale (Leeds Tykes), Owen Pryce (Ayr Rugby), "
            "Dan Muir (Bristol Bears), Lewis Kerr (Ayr Rugby).")
    people = people_mentions(real_nlp, text)
    for club in ("Ayr Rugby", "Leeds Tykes", "Bristol Bears"):
        assert club not in people
    # the players stay
    assert "Sam Hale" in people
    assert "Lewis Kerr" in people


def _doc(words: list[str], people: list[tuple[int, int]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in people]
    return doc


def test_a_lone_bracketed_name_is_left_alone():
    # "send the draft to Peter (Hollins)": one bracketed name glosses a first name
    words = ["send", "it", "to", "Peter", "(", "Hollins", ")", "for", "a", "look"]
    doc = _doc(words, [(3, 4), (5, 6)])
    assert not bracketed_in_roster(doc[5:6])
    # three players, each with a club in brackets: the clubs
    words = ["Tom", "Reid", "(", "Ayr", ")", ",", "Sam", "Hale", "(", "Leeds", ")", ",", "Dan", "Muir",
             "(", "Bath", ")"]
    doc = _doc(words, [(0, 2), (3, 4), (6, 8), (9, 10), (12, 14), (15, 16)])
    assert bracketed_in_roster(doc[9:10])
    # not a name in brackets after a common word
    words = ["the", "players", "(", "Reid", ")", ",", "Sam", "Hale", "(", "Leeds", ")", ",", "Dan", "Muir",
             "(", "Bath", ")"]
    doc = _doc(words, [(3, 4), (6, 8), (9, 10), (12, 14), (15, 16)])
    assert not bracketed_in_roster(doc[3:4])
