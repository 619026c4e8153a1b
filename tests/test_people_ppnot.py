"""People an analyst can trust (issue 11, ppnot): things the NER calls persons that the text itself
calls things. A lower-case noun of a kind of thing joined to the name by the parse ("the rhythm game
Mango Ridley", "cleaning products group Harcourt Bellamy", "the mining company PT Sari Lestari"),
a work's noun before a comma ("his first play, Lila Dawnfield"), a year's possessive ("1987's Tessa
Vane"), a courtesy-titled character after a play verb in a story about shows ("played Mrs Pebworth"),
a superlative opening a plain-word name ("Boldest Winter"), a storm named after a plural storm word
("Hurricanes Odette and Pilar") and a body's word of another language opening the name ("Kataib
Nasrallah") make no person. Controls: people after a trade's noun ("film producer", "skating duo"),
a firm's head before the name, a name followed by a verb ("the group Elon Marsh founded"), a name
that is part of a fuller person's name, a hurricane club's coach.
Own sentences, names made up."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_kind_noun_joined_to_the_name_makes_it_a_thing(real_nlp):
    text = ("The children's prize went to the bongo rhythm game Mango Ridley, while the handheld prize went "
            "to a racing title.")
    assert "Mango Ridley" not in people_mentions(real_nlp, text)
    text = ("A bidder that might woo the firm was Anglo-Dutch cleaning products group Harcourt Bellamy. "
            "Harcourt Bellamy declined to comment.")
    assert "Harcourt Bellamy" not in people_mentions(real_nlp, text)
    text = "Exports were handled by the state-owned tin mining company PT Sari Lestari."
    assert not any("Lestari" in name for name in people_mentions(real_nlp, text))


@model
def test_a_name_followed_by_a_verb_after_a_kind_noun_stays_a_person(real_nlp):
    # control: "the group X founded" is a relative clause; X is the founder
    text = "Members of the group Elon Marsh founded met on Friday, organisers said."
    assert "Elon Marsh" in people_mentions(real_nlp, text)


@model
def test_a_works_noun_before_a_comma_and_a_years_possessive_make_a_title(real_nlp):
    text = "He starred in a film he adapted from his own play, Lila Dawnfield, and appeared in many movies."
    assert "Lila Dawnfield" not in people_mentions(real_nlp, text)
    text = "Raised in Leeds, she also appeared in several films including 1991's Tessa Vane and a stage drama."
    assert "Tessa Vane" not in people_mentions(real_nlp, text)


@model
def test_a_courtesy_titled_character_after_a_play_verb_in_a_story_about_shows(real_nlp):
    text = ("In recent years the actress appeared in a BBC mini-series and a film, and played Mrs Pebworth "
            "in the London stage version of the musical. Her agent said she would be missed.")
    assert not any("Pebworth" in name for name in people_mentions(real_nlp, text))


@model
def test_a_superlative_opening_a_plain_word_name(real_nlp):
    text = ("The console game Siege Line: Boldest Winter casts you as a succession of soldiers. Boldest Winter "
            "is by no means bad, reviewers wrote.")
    assert "Boldest Winter" not in people_mentions(real_nlp, text)


@model
def test_names_after_a_plural_storm_word_are_storms(real_nlp):
    text = ("The coast would receive fresh funds to rebuild after damage done by Hurricanes Odette "
            "and Pilar last autumn, under a bill tabled on Monday.")
    people = people_mentions(real_nlp, text)
    assert not any("Odette" in name or "Pilar" in name for name in people)


@model
def test_a_bodys_word_of_another_language_opens_no_persons_name(real_nlp):
    text = "Fighters of Kataib Nasrallah and Harakat al-Nujaba attacked the base on Sunday, officials said."
    people = people_mentions(real_nlp, text)
    assert "Kataib Nasrallah" not in people and "Harakat al-Nujaba" not in people


@model
def test_people_after_a_trades_noun_or_a_firms_head_stay_people(real_nlp):
    text = ('"We are delighted," said company chairman Tobias Wrenfield. Film producer Jonah Pellard is '
            "working on the musical.")
    people = people_mentions(real_nlp, text)
    assert "Tobias Wrenfield" in people and "Jonah Pellard" in people
    text = "Ice skating duo Jayne Torrance and Christopher Deane are to front a similar show."
    people = people_mentions(real_nlp, text)
    assert "Jayne Torrance" in people and "Christopher Deane" in people


@model
def test_a_surname_of_a_fuller_name_after_a_groups_comma_stays_the_person(real_nlp):
    text = ("The video was first posted by a leader of a far-right fringe group, Hallam, in an attack on an "
            "ally. Gerald Hallam later defended it.")
    assert "Gerald Hallam" in people_mentions(real_nlp, text)


@model
def test_a_team_after_a_plural_storm_word_keeps_its_coach(real_nlp):
    text = "The Hurricanes beat the Devils 3-1 on Saturday. Hurricanes coach Rod Brindley praised the team."
    assert "Rod Brindley" in people_mentions(real_nlp, text)
