"""People an analyst can trust (issue 11, ppl14): a single word that is an inner word of one full
name of three or more words ("Alvarez" of "Pedro Alvarez Montoya", "Lula" of "Luiz Inacio Lula da
Silva") is that person, not a person of its own; a title that owns the head noun of the phrase
before a name ("the new deputy office's plans ..., X noted") is no apposition; an honorific between an
office and the name ("Foreign Minister Prince X") is no part of the office. Own sentences."""

from __future__ import annotations

import pytest
import spacy

from people_support import people_mentions, people_roles
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.people import merge_surnames

model = pytest.mark.model


def _merged(text: str, ranges: list[tuple[int, int]]) -> dict[str, list[str]]:
    doc = spacy.blank("en")(text)
    spans = [(doc[a:b], None) for a, b in ranges]
    return {p.name: [s.text for s in p.spans] for p in merge_surnames(spans, load_titles())}


def test_an_inner_word_of_one_full_name_joins_it():
    people = _merged("Pedro Alvarez Montoya spoke . Alvarez left .", [(0, 3), (5, 6)])
    assert people == {"Pedro Alvarez Montoya": ["Pedro Alvarez Montoya", "Alvarez"]}
    people = _merged("Luiz Carlos Mota da Silva won . Mota said so .", [(0, 5), (7, 8)])
    assert people == {"Luiz Carlos Mota da Silva": ["Luiz Carlos Mota da Silva", "Mota"]}


def test_an_inner_word_that_is_no_clean_name_or_of_two_names_joins_none():
    # two full names share the inner word: the text does not say which
    people = _merged("Carlos Ruiz Pena spoke . Maria Ruiz Gomez left . Ruiz said so .", [(0, 3), (5, 8), (10, 11)])
    assert people["Ruiz"] == ["Ruiz"]
    # a surname or a first name still wins over an inner word ("Pena" ends a name)
    people = _merged("Ana Pena spoke . Carlos Pena Ruiz left . Pena said so .", [(0, 2), (4, 7), (9, 10)])
    assert "Pena" not in people
    # a name with a lower-case word or a comma in it is no clean name ("Ortiz and Victor Lopez")
    people = _merged("Juan Ortiz and Victor Lopez met . Victor said so .", [(0, 5), (7, 8)])
    assert people.get("Victor") == ["Victor"]
    # two words: no inner word ("Maria Hutchings" and a lone "Maria" go by the given-name rule only)
    people = _merged("Ana Pena spoke . Luis said so .", [(0, 2), (4, 5)])
    assert people.get("Luis") == ["Luis"]


@model
def test_a_paternal_surname_joins_the_full_name(real_nlp):
    text = ("Bolivia's veteran union leader, Pedro Alvarez Montoya, told reporters he would fast. "
            "Alvarez, 79, joined the hunger strike on Monday. \"I will not eat,\" Alvarez said.")
    people = people_mentions(real_nlp, text)
    assert "Alvarez" not in people
    assert people["Pedro Alvarez Montoya"].count("Alvarez") == 2


@model
def test_a_title_owning_the_head_noun_is_no_role(real_nlp):
    text = ("Asked by the Daily Star about the new deputy office's plans for boosting exports, Reza Karimi "
            "noted that the ministry would open offices.")
    assert people_roles(real_nlp, text).get("Reza Karimi") is None
    text = "Iran's deputy industry minister, Reza Karimi, said exports rose in May."
    assert people_roles(real_nlp, text).get("Reza Karimi") == "deputy industry minister"


@model
def test_an_honorific_after_an_office_is_no_part_of_it(real_nlp):
    text = "Former Saudi intelligence chief Prince Faisal bin Turki called on Washington to keep the missile system."
    assert people_roles(real_nlp, text).get("Faisal bin Turki") == "former intelligence chief"
    text = "Saudi Foreign Minister Prince Khalid al-Saud met his Iranian counterpart in Baghdad on Monday."
    assert people_roles(real_nlp, text).get("Khalid al-Saud") == "Foreign Minister"
    text = "Lord Chief Justice Lord Bingham said the ruling stood."
    assert people_roles(real_nlp, text).get("Bingham") == "Lord Chief Justice"
    # the rest of a hyphenated office is no office of its own ("general" of "director-general")
    text = '"The rules are fair," CBI director-general Sir Alan Rowe told the radio.'
    assert people_roles(real_nlp, text).get("Alan Rowe") != "general"


@model
def test_a_rank_or_a_lone_honorific_before_a_name_is_left_as_it_was(real_nlp):
    # a military rank after an office is read as before (turn 12), an honorific alone is no office
    text = "ISLAMABAD - Navy Chief Admiral Zafar Abbasi said on Monday that the drills went well."
    assert people_roles(real_nlp, text).get("Zafar Abbasi") == "Navy Chief Admiral"
    text = "Home Secretary Mr Blunkett said the bill would pass."
    assert people_roles(real_nlp, text).get("Blunkett") == "Home Secretary"
    text = "Later that day Prince Khalid al-Saud met his Iranian counterpart in Baghdad."
    assert people_roles(real_nlp, text).get("Khalid al-Saud") is None
    # an academic title names what the person is at the place before it; "then-" still says former
    text = "The study was led by Harvard Law School professor Laura Tremont."
    assert people_roles(real_nlp, text).get("Laura Tremont") == "Harvard Law School professor"
    text = "The fuel standard was introduced by then-President Gerald Hale as a way to help farmers."
    assert people_roles(real_nlp, text).get("Gerald Hale") == "former President"
