"""People (issue 11): words glued before a person's name. A word that says what the person is
("Ringleader", "Welshman", "Comedienne") or a platform ("Instagram") is no part of the name, and two
names the NER ran into one are two people, the second the one the sentence is about. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

pytestmark = pytest.mark.model


def test_a_person_noun_glued_before_a_full_name_is_cut(real_nlp):
    people = people_mentions(real_nlp, "The movement was set up by Karim Tavassoli and his wife Sarah. Police "
                                       "searched the home of the network's Ringleader Sarah Tavassoli on Monday.")
    assert "Sarah Tavassoli" in people
    assert not any(name.startswith("Ringleader") for name in people)


def test_an_occupation_before_a_lone_given_name_joins_the_full_name(real_nlp):
    people = people_mentions(real_nlp, "The comedienne Janet Pruitt hosted the gala in March. Later, Comedienne "
                                       "Janet told the crowd she was tired. Pruitt then left the stage.")
    assert "Comedienne Janet" not in people
    assert "Janet" in people.get("Janet Pruitt", [])


def test_a_platform_glued_before_a_stage_name_is_cut(real_nlp):
    people = people_mentions(real_nlp, "Instagram Lady Gaga posted a photo from the rehearsal. Gaga thanked "
                                       "her fans for their patience.")
    assert "Lady Gaga" in people
    assert "Instagram Lady Gaga" not in people


def test_two_names_run_together_keep_the_second(real_nlp):
    people = people_mentions(real_nlp, "In the film by Louis Marlow Deborah Cyrus talks about her fame. Cyrus, "
                                       "31, said the show changed her life. Marlow said he enjoyed it.")
    assert "Deborah Cyrus" in people
    assert "Louis Marlow Deborah Cyrus" not in people


def test_names_of_three_parts_and_nicknames_stay(real_nlp):
    people = people_mentions(real_nlp, "Sugar Ray Leonard watched from the front row, and Leonard smiled. "
                                       "Sarah Jessica Parker waved to him.")
    assert "Sugar Ray Leonard" in people
    assert "Sarah Jessica Parker" in people


def test_a_surname_whose_namesake_is_named_as_its_relative_is_the_other_bearer(real_nlp):
    people = people_mentions(real_nlp, "Marcus Teal scored 12 points for the Hawks. Teal, the brother of Jeff "
                                       "Teal, missed two free throws. Teal said the team played well.")
    assert people.get("Marcus Teal") == ["Marcus Teal", "Teal"]
    assert people.get("Jeff Teal") == ["Jeff Teal"]


def test_a_namesake_named_on_his_own_leaves_the_surname_open(real_nlp):
    people = people_mentions(real_nlp, "Marcus Teal scored 12 points for the Hawks. Jeff Teal missed two free "
                                       "throws. Teal said the team played well.")
    assert people.get("Jeff Teal") == ["Jeff Teal"]
    assert "Teal" not in people.get("Marcus Teal", [])
