"""People, ppwho2 (issue 11): a bare surname that several people named in full share is the
bearer the story opens on (named alone in its opening), or the one named by far the most, unless
its sentence or the one before names another bearer; a title between a comma and the next name of
a list of officials is that name's, not an apposition of the name before. Own sentences, names
made up; the merge tests use a blank tokenizer (spans only)."""

from __future__ import annotations

import pytest

from people_support import merged_people, people_roles



_people = merged_people


def test_the_bearer_the_story_opens_on_takes_the_surname():
    text = ("Singer Rolf Haddon has ended his tour . The band will rest . The crowds loved it . "
            "Lisa Haddon , who manages him , spoke to fans . The tickets sold fast . The venue was full . "
            "Haddon said he was tired .")
    people = _people(text, ["Rolf Haddon", "Lisa Haddon", "Haddon"])
    assert people["Rolf Haddon"] == ["Rolf Haddon", "Haddon"]
    assert "Haddon" not in people


def test_the_bearer_named_by_far_the_most_takes_the_surname():
    text = ("The club met on Monday . Its board spoke . Carl Venn joined the club . Carl Venn scored twice . "
            "Fans cheered Carl Venn . Dora Venn , a coach , watched . The game ended . The fans left . "
            "Venn said he was happy .")
    people = _people(text, ["Carl Venn", "Dora Venn", "Venn"])
    assert people["Carl Venn"][-1] == "Venn"


def test_no_default_when_the_story_opens_on_two_bearers_or_a_neighbour_names_another():
    # control: both bearers named in the opening; the text does not say which
    people = _people("Tom Brekke won . Jan Brekke watched . Brekke said he was happy .",
                     ["Tom Brekke", "Jan Brekke", "Brekke"])
    assert people["Brekke"] == ["Brekke"]
    # control: the sentence before the bare surname names the other bearer
    text = ("Singer Rolf Haddon has ended his tour . The band will rest . The crowds loved it . "
            "Lisa Haddon spoke to fans . Haddon said it was hard .")
    people = _people(text, ["Rolf Haddon", "Lisa Haddon", "Haddon"])
    assert people["Haddon"] == ["Haddon"]
    # control: two bearers, each named as often, the story opening on neither
    text = ("The hall was full . The vote was close . Ann Pell spoke . Ben Pell spoke . The chair thanked them . "
            "The session ended . Pell said it went well .")
    people = _people(text, ["Ann Pell", "Ben Pell", "Pell"])
    assert people["Pell"] == ["Pell"]


@pytest.mark.model
def test_a_title_between_a_comma_and_the_next_name_is_that_name_s(real_nlp):
    roles = people_roles(real_nlp, "The fair was opened by the Omani deputy minister for rural affairs, "
                                   "Zahra Karimi, Minister of Sports and Youth Affairs Ahmad Rezaei, and the mayor "
                                   "of Muscat.")
    assert roles.get("Zahra Karimi") != "Minister"
    roles = people_roles(real_nlp, "Mr. Okafor dined with Mr. Lindqvist, the Jordanian King [Faisal bin "
                                   "Omar Haddad], the Emir of Kuwait [Nasser bin Adel Rahman].")
    assert roles.get("Lindqvist") is None
    # control: each name of the list keeps the title before it
    roles = people_roles(real_nlp, "The talks were attended by Foreign Minister John Carter, Defence Minister "
                                   "Paul Reed, and the head of the army delegation Michael Stone.")
    assert roles.get("John Carter") == "Foreign Minister" and roles.get("Paul Reed") == "Defence Minister"


@pytest.mark.model
def test_an_apposition_whose_name_is_its_object_stays(real_nlp):
    # controls: the name after the title is its object ("for", "to", its own title word), or owns it
    roles = people_roles(real_nlp, "Peter Lund, a spokesman for Governor Anna Berg, declined to comment.")
    assert roles.get("Peter Lund") == "spokesman"
    roles = people_roles(real_nlp, "Sam Ortiz, the chief of staff to Senator Mary Cole, resigned on Monday.")
    assert roles.get("Sam Ortiz") is not None
    roles = people_roles(real_nlp, "Dan Kemp, Mayor Lisa Hart's deputy, spoke on Monday.")
    assert roles.get("Dan Kemp") == "deputy"


@pytest.mark.model
def test_a_standing_in_a_contest_is_no_role(real_nlp):
    roles = people_roles(real_nlp, "Championship leader Lewis Hamilton finished third, ahead of race leader "
                                   "Max Verstappen.")
    assert roles.get("Lewis Hamilton") is None and roles.get("Max Verstappen") is None
    roles = people_roles(real_nlp, "League leader Harry Kane scored twice on Saturday.")
    assert roles.get("Harry Kane") is None
    # controls: a party's or a body's leader is an office
    roles = people_roles(real_nlp, "Muslim League leader Nawaz Sharif spoke. Party leader Jane Doe spoke too.")
    assert roles.get("Nawaz Sharif") == "Muslim League leader" and roles.get("Jane Doe") == "Party leader"


@pytest.mark.model
def test_a_one_word_stage_name_keeps_its_title_word(real_nlp):
    people = people_roles(real_nlp, "Singer Lady Gaga performed on Sunday in front of thousands of fans.")
    assert "Lady Gaga" in people and "Gaga" not in people
    # controls: a given name or a surname of the story after "Lady" is the person's name
    people = people_roles(real_nlp, "Lady Diana Cooper wrote a book. Lady Cooper smiled at the guests.")
    assert "Lady Cooper" not in people
