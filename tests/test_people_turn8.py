"""People an analyst can trust (issue 11, turn 8): a name renaming a thing or a company ("the bank,
La Caja Obrera"), a film after "biopic", a fictional character, an organisation after "of" right
behind a full name is no person; "general manager" is the role, not "general"; "head of the Iran
center" is no head of Iran; a bare "Kim" is the leader, not his father. Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from people_support import people_roles as _people, people_mentions as _mentions

pytestmark = pytest.mark.model


def test_a_name_renaming_a_thing_or_a_company_is_no_person(real_nlp):
    people = _people(real_nlp, "The board of directors of the last entirely private Uruguayan bank, La Caja Obrera, "
                               "has approved its merger. La Caja Obrera said the move aimed at stability.")
    assert "La Caja Obrera" not in people
    people = _people(real_nlp, "JK Rowling's fifth book in the wizard series, Harry Potter and Order of the "
                               "Phoenix was Amazon's largest pre-order.")
    assert "Harry Potter" not in people
    # a role word heads the phrase, a clause or an opening phrase goes before: a person's name
    assert _people(real_nlp, "A spokesman for the bank, John Smith, said the deal was off.") == {
        "John Smith": "spokesman"}
    assert "John Smith" in _people(real_nlp, "Police searched the company, John Smith and his partner said.")
    assert "John Smith" in _people(real_nlp, "After leaving the bank, John Smith and his partner drove away.")


def test_a_film_and_a_fictional_character_are_no_people(real_nlp):
    assert "Ray" not in _people(real_nlp, "Oscar-nominated film biopic Ray has surpassed its US box office "
                                          "takings. Ray was released in October.")
    people = _people(real_nlp, "Chris Morris will direct and co-write Nathan Barley - a character from cult website "
                               "TV Go Home - for Channel 4.")
    assert "Nathan Barley" not in people and "Chris Morris" in people
    people = _people(real_nlp, "More than 30 million tuned in to see Den, played by Leslie Grantham, hand divorce "
                               "papers to his wife.")
    assert "Den" not in people and "Leslie Grantham" in people


def test_an_organisation_after_a_full_name_and_of_is_no_person(real_nlp):
    people = _people(real_nlp, "Yet aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says BA's "
                               "surcharge revenues will still be short.")
    assert "Dresdner Kleinwort Wasserstein" not in people and "Mike Powell" in people


def test_a_general_manager_is_no_general(real_nlp):
    people = _people(real_nlp, '"It is big," said Martin Larsson, general manager of Toshiba\'s European '
                               'storage division.')
    assert people["Martin Larsson"] == "general manager"


def test_heading_a_centre_named_after_a_country_is_no_office_of_that_country(real_nlp):
    assert _people(real_nlp, "Jim Lee, head of the Iran center at the university, said talks went well.") == {
        "Jim Lee": "head"}
    assert _people(real_nlp, "Ian Harris, deputy editor of UK magazine Mac Format, said the computer was "
                             "small.") == {"Ian Harris": "deputy editor"}
    # an organisation named with its kind is still the office's
    people = _people(real_nlp, "The Trilateral Commission was set up in 1973 by David Rockefeller, former head "
                               "of Chase Manhattan bank, and others.")
    assert people["David Rockefeller"] == "former head of Chase Manhattan"


def test_a_family_name_first_is_the_leader_not_his_father(real_nlp):
    people = _mentions(real_nlp, "North Korean leader Kim Jong Un met Putin. Putin did meet Kim's father "
                                 "Kim Jong Il in 2000, months before the elder Kim's death. Kim said he wanted talks.")
    assert "Kim" not in people
    assert people["Kim Jong Un"] == ["Kim Jong Un", "Kim", "Kim"]
    assert people["Kim Jong Il"] == ["Kim Jong Il", "Kim"]


def test_a_name_ends_at_its_possessive(real_nlp):
    people = _mentions(real_nlp, "Colin Powell was tasked with selling President Bush’s Mesopotamian misadventure "
                                 "to the United Nations.")
    assert "Bush’s Mesopotamian" not in people and "Bush" in people


def test_a_place_or_headline_word_glued_before_a_full_name_is_no_part_of_it(real_nlp):
    mentions = _mentions(real_nlp, "RICHMOND, Virginia Donald Trump spoke on Monday. Later Donald Trump "
                                   "met voters. STREET BEATING Donald Trump was the headline.")
    assert set(mentions) == {"Donald Trump"} and len(mentions["Donald Trump"]) == 3


def test_a_given_name_before_a_double_surname_stays(real_nlp):
    mentions = _mentions(real_nlp, "Sarah Huckabee Sanders said Huckabee Sanders would speak.")
    assert set(mentions) == {"Sarah Huckabee Sanders"}
