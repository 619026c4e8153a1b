"""People an analyst can trust (issue 11, turn 6): works, products and organisations named after
a noun that says what they are are no people, a capitalised common noun opening a sentence is no
part of a name, a date is no part of a role, and the variants of one full name are one person.
Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from sitroom.resolve.person_evidence import full_forms
from people_support import people_roles as _people, people_mentions as _mentions

pytestmark = pytest.mark.model


def test_a_work_or_a_product_named_after_its_kind_is_no_person(real_nlp):
    people = _people(real_nlp, "Tom Reed's big-budget epic Alexander, starring Colin Hart, opened last week.")
    assert "Alexander" not in people and "Colin Hart" in people
    assert "Roundup" not in _people(real_nlp, "Glyphosate is the main ingredient of the weedkiller Roundup, "
                                              "analyst Jane Moss said.")


def test_an_organisation_named_after_its_kind_is_no_person(real_nlp):
    people = _people(real_nlp, "Ed Prince, who founded the military contractor Blackwater, testified on Monday.")
    assert "Blackwater" not in people and "Ed Prince" in people
    assert "Wembley" not in _people(real_nlp, "Six tracks are for sale by gaming group Wembley, its chairman said.")
    # before a full name the same nouns introduce people
    people = _people(real_nlp, "Secrets were exposed in 2013 by former NSA contractor Edward Snowden.")
    assert "Edward Snowden" in people
    assert "Ollie Smith" in _people(real_nlp, "Leicester duo Ollie Smith and Andy Goode have been drafted in.")


def test_a_news_outlet_told_something_is_no_person(real_nlp):
    people = _people(real_nlp, "A CNN spokesperson told Politico that it would not attend the party.")
    assert "Politico" not in people


def test_a_capitalised_noun_opening_a_sentence_is_no_part_of_a_name(real_nlp):
    text = ("Special counsel Robert Mueller charged Paul Manafort. Documents Mueller filed with the court "
            "showed that the documents were false.")
    people = _mentions(real_nlp, text)
    assert "Documents Mueller" not in people and people["Robert Mueller"] == ["Robert Mueller", "Mueller"]
    # a given name that is also a word stays ("Bill Nelson" with "the tax bill")
    people = _people(real_nlp, "The tax bill passed on Friday. Bill Nelson voted against it.")
    assert "Bill Nelson" in people


def test_a_date_before_a_title_is_no_part_of_the_role(real_nlp):
    assert _people(real_nlp, "And as recently as Thursday President Donald Trump touted the plan.")["Donald Trump"] \
        == "President"
    # a newspaper named after a day keeps its name in the role
    assert _people(real_nlp, "The book, by Sunday Telegraph journalist Robert Peston, was serialised.")[
        "Robert Peston"] == "Sunday Telegraph journalist"


def test_the_variants_of_one_full_name_are_one_person(real_nlp):
    text = ("Foreign Minister Hossein Amir Abdollahian met his counterpart on Monday. Amir Abdollahian said "
            "talks were useful. Abdollahian left later.")
    people = _mentions(real_nlp, text)
    assert list(people) == ["Hossein Amir Abdollahian"] and len(people["Hossein Amir Abdollahian"]) == 3
    people = _people(real_nlp, "House Speaker Paul D. Ryan said on Monday the bill would pass. "
                               "Paul Ryan has said so before.")
    assert list(people) == ["Paul Ryan"]


def test_full_forms_join_a_tail_only_when_one_longer_name_ends_with_it():
    assert full_forms(["Hossein Amir Abdollahian", "Amir Abdollahian"]) == {
        "Amir Abdollahian": "Hossein Amir Abdollahian"}
    assert full_forms(["Donald Trump Jr.", "Trump Jr."]) == {"Trump Jr.": "Donald Trump Jr."}
    assert full_forms(["Donald J. Trump", "Donald Trump"]) == {"Donald J. Trump": "Donald Trump"}
    # two longer names end with it: the document does not say which
    assert full_forms(["Ann Lee Park", "Bo Lee Park", "Lee Park"]) == {}
    assert full_forms(["Jimi Hendrix", "Al Hendrix"]) == {}


def test_the_short_name_of_an_organisation_in_parentheses_is_no_person(real_nlp):
    text = ("Figures came from the Entertainment and Leisure Software Publishers Association (Elspa). "
            "Elspa noted that sales rose, said Roger Bennett.")
    people = _people(real_nlp, text)
    assert "Elspa" not in people and "Roger Bennett" in people


def test_a_description_is_no_office(real_nlp):
    assert _people(real_nlp, "Former Iraqi dictator Saddam Hussein was executed in 2006.")["Saddam Hussein"] is None


def test_a_name_ending_in_a_word_of_place_is_no_person(real_nlp):
    people = _people(real_nlp, "Investment in the Shahid Rajaee Port was agreed, said Ali Karimi.")
    assert "Shahid Rajaee Port" not in people and "Ali Karimi" in people


def test_a_spaced_dash_ends_a_name(real_nlp):
    people = _people(real_nlp, "Aides left. * Mark Green - Trump's nominee for Army secretary withdrew his name.")
    assert "Mark Green" in people and not any("-" in name for name in people)


def test_a_word_of_a_shorter_variant_still_finds_the_person(real_nlp):
    text = ("Deputy Foreign Minister Ali Bagheri Kani met envoys. Bagheri Kani said the talks were fruitful. "
            "During the meeting, Bagheri stressed the stance.")
    people = _mentions(real_nlp, text)
    assert list(people) == ["Ali Bagheri Kani"] and people["Ali Bagheri Kani"][-1] == "Bagheri"


def test_a_job_opening_a_sentence_is_no_part_of_the_name(real_nlp):
    people = _mentions(real_nlp, "Comedian Chris Morris has been criticised. Morris said nothing.")
    assert people == {"Chris Morris": ["Chris Morris", "Morris"]}


def test_a_role_keeps_its_qualifier_and_loses_a_dateline_or_an_of(real_nlp):
    people = _people(real_nlp, "Deputy Secretary of State John Sullivan met the envoy on Monday.")
    assert people["John Sullivan"] == "Deputy Secretary of State"
    people = _people(real_nlp, "TEHRAN - Army Chief Major General Abdolrahim Mousavi said on Wednesday that ties grew.")
    assert people["Abdolrahim Mousavi"] == "Army Chief Major General"
    people = _people(real_nlp, "WASHINGTON (Reuters) - Two of President Donald Trump's judicial nominees will not "
                               "go forward.")
    assert people["Donald Trump"] == "President"


def test_a_work_named_with_its_kind_is_no_person_and_a_dj_is_his_name(real_nlp):
    people = _people(real_nlp, "Comedy Fat Albert - co-written by Bill Cosby - entered the chart at number four.")
    assert list(people) == ["Bill Cosby"]
    people = _mentions(real_nlp, "DJ Norman Cook - aka Fatboy Slim - has said that dance is not dead. Cook said so.")
    assert people["Norman Cook"] == ["Norman Cook", "Cook"]
