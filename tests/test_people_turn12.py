"""People an analyst can trust (turn 12): money written like a name after an amount ("2.45 billion
N.Z. Dlrs") and a place named after a kind of place and "of" ("the port of Bandar Anzali") are no
people; a dateline glued to its dash ("TEHRAN- Foreign Minister X"), a rank after a bare "chief"
("army chief General X") and a phrase fronted by a preposition ("in the general election campaign,
X has said") are no role; a word of a longer role ("first" of "first lady") and a noun before a
one-word name that qualifies another noun ("of course Noruz holidays") are no cue that a person is
meant. Own short sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions, people_roles

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_money_after_an_amount_is_no_person(real_nlp):
    text = "Dairy Farm obtained a 1.2 billion H.K. Dlr loan from the Hongkong and Shanghai Banking Corp."
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))
    text = ("The deficit is expected to be around the budget forecast of 2.45 billion N.Z. Dlrs but below a "
            "December forecast of 2.91 billion, Finance Minister Roger Douglas said.")
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))


@model
def test_a_place_after_a_kind_of_place_and_of_is_no_person(real_nlp):
    text = "Cargo goes by ship to the Iranian port of Bandar Anzali or, in summer, up the Volga River."
    assert "Bandar Anzali" not in people_mentions(real_nlp, text)
    text = "The town of Jurf al-Sakhar is important for pilgrims, the governor said."
    assert "Jurf al-Sakhar" not in people_mentions(real_nlp, text)


@model
def test_a_person_after_of_a_title_stays_a_person(real_nlp):
    text = "The mayor of the city, John Smith, said the port of Hamburg was busy. The son of Tom Hanks spoke."
    people = people_mentions(real_nlp, text)
    assert "John Smith" in people and "Tom Hanks" in people


@model
def test_a_dateline_glued_to_its_dash_is_no_part_of_the_role(real_nlp):
    text = "TEHRAN- Foreign Minister Hossein Amir Abdollahian restated Iran's opposition to the war."
    assert people_roles(real_nlp, text).get("Hossein Amir Abdollahian") == "Foreign Minister"


@model
def test_a_rank_after_a_bare_chief_is_no_part_of_the_office(real_nlp):
    text = "Mattis also met officials including army chief General Qamar Javed Bajwa and other generals."
    assert people_roles(real_nlp, text).get("Qamar Javed Bajwa") == "army chief"
    text = "Former Pakistani army chief General Mirza Aslam Beg has said that the partnership shows it."
    assert people_roles(real_nlp, text).get("Mirza Aslam Beg") == "former army chief"
    text = "TEHRAN - Army Chief Major General Abdolrahim Mousavi said on Wednesday that ties grew."
    assert people_roles(real_nlp, text).get("Abdolrahim Mousavi") == "Army Chief Major General"


@model
def test_a_phrase_fronted_by_a_preposition_is_no_role(real_nlp):
    text = ('The Liberal Democrats will present themselves as "the real alternative" in the forthcoming general '
            'election campaign, Charles Kennedy has said.')
    assert people_roles(real_nlp, text).get("Charles Kennedy") is None
    text = "The top US commander in Afghanistan, General John Nicholson, said the talks would go on."
    assert people_roles(real_nlp, text).get("John Nicholson") == "commander"


@model
def test_a_lone_name_qualifying_a_noun_has_no_person_cue_from_the_noun_before(real_nlp):
    text = ("The spring reminds us of the green season of the year and of course Noruz holidays. For Iranians, "
            "Noruz is a fresh start.")
    assert "Noruz" not in people_mentions(real_nlp, text)
    text = "The England coach Parry said the team was ready. Parry will name the side on Friday."
    assert "Parry" in people_mentions(real_nlp, text)
