"""People on web pages (turn 21, ppweb3): page furniture run into a person's name.

A picture's credit ("Getty - Contributor"), a caption's position word ("Above"), a picture
agency after a caption's name ("Rex"), a kicker in capitals ("TALL STORY") and a related link's
"Read more" are no part of the name; the first name or surname left after them joins the person
the story names in full. A misspelt armed group ("Boko Harm") is no person. Controls keep a
given name written in capitals in a lead, a picture agency's word that opens a real name ("Rex
Tillerson"), and a lone surname. Own sentences, names made up."""

from __future__ import annotations

import pytest
from people_support import people_mentions as people

model = pytest.mark.model



@model
def test_a_credit_before_a_first_name_is_no_part_of_it(real_nlp):
    found = people(real_nlp, "Getty - Contributor Michael revealed he was leaving the stage to run a charity. "
                             "Michael Harrow, 61, said the choice had not been easy. Michael told the paper that "
                             "he would still write plays.")
    assert not any("Contributor" in name for name in found), found
    assert found.get("Michael Harrow", []).count("Michael") == 2, found


@model
def test_a_captions_position_word_is_no_part_of_the_name(real_nlp):
    found = people(real_nlp, "Left Brennan with her lawyer outside the court. Laura Brennan said the report was "
                             "unfair.")
    assert "Left Brennan" not in found, found
    assert found.get("Laura Brennan") == ["Brennan", "Laura Brennan"], found


@model
def test_a_picture_agency_after_a_captions_name_is_dropped(real_nlp):
    found = people(real_nlp, "The couple arrived at the cathedral. Lisle Rex waved at the crowd. Hannah Lisle "
                             "thanked the guests.")
    assert "Lisle Rex" not in found, found
    assert found.get("Hannah Lisle") == ["Lisle", "Hannah Lisle"], found


@model
def test_a_kicker_in_capitals_before_one_word_is_no_name(real_nlp):
    found = people(real_nlp, "TALL STORY Astronaut apologises after claiming he saw a comet. Owen Radley said "
                             "on Monday that it was a story he had made up.")
    assert not any("STORY" in name for name in found), found
    assert "Owen Radley" in found, found


@model
def test_a_related_links_prompt_is_no_surname(real_nlp):
    found = people(real_nlp, "Harbour club ends its long title drought | Ciaran Doyle Read more\n\nThe team won "
                             "the final on Sunday.")
    assert not any(name.endswith("Read") for name in found), found


@model
def test_a_misspelt_armed_group_is_no_person(real_nlp):
    found = people(real_nlp, "The governor, who vowed to defeat Boko Harm when he took office, welcomed the "
                             "release of the hostages on Sunday.")
    assert "Boko Harm" not in found, found


@model
def test_real_names_stay(real_nlp):
    # controls: a given name in capitals opening a lead, a name that opens with an agency's word,
    # a surname alone after the full name, and a body's correct spelling is no person either way
    found = people(real_nlp, "Rex Tillerson met the foreign minister on Friday. Tillerson said the talks had gone "
                             "well.")
    assert "Rex Tillerson" in found, found
    found = people(real_nlp, "Leader orders pull-out\n\nDMITRI Volkov ordered the troops home on Monday. Volkov "
                             "said the mission was over.")
    assert any(name.endswith("Volkov") for name in found), found
    found = people(real_nlp, "Pictures of the flood were shared widely. Anna Kerr, who took them, said the water "
                             "rose fast. Kerr left her house by boat.")
    assert found.get("Anna Kerr") == ["Anna Kerr", "Kerr"], found
