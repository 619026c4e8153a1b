"""A person's name is no place, a side named by its people is no people, and a country taking a
stance is its government (issue 11, hand audit: "Hamilton" of a racing driver, "Indians" a team).
Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_seen as _seen

pytestmark = pytest.mark.model


def test_a_word_of_a_full_name_the_document_gives_a_person_is_no_place(real_nlp):
    text = ("North Korean leader Kim Jong-il received the envoy. Russia helped establish the "
            "government of Kim's father Kim Il-sung. The letter reached Kim days before the visit.")
    assert "Kim" not in _seen(real_nlp, text)
    seen = _seen(real_nlp, "Lewis Hamilton won the race in Monza. Hamilton said the car was fast.")
    assert "Hamilton" not in seen and seen["Monza"] == ("literal", "ITA")
    # the same word after a preposition of place is the place
    assert _seen(real_nlp, "Protesters marched in Hamilton on Sunday.")["Hamilton"][0] == "literal"


def test_a_place_word_inside_a_person_s_name_is_no_place(real_nlp):
    assert "Sofia" not in _seen(real_nlp, "The Oscar went to writer-director Sofia Coppola.")


def test_a_name_after_a_noun_of_a_person_s_calling_is_a_person(real_nlp):
    text = ("The three shortlisted candidates are Mia Hamm of the United States, Germany's Birgit "
            "Prinz and Brazilian youngster Marta.")
    seen = _seen(real_nlp, text)
    assert "Marta" not in seen and seen["Germany"][1] == "DEU"


def test_a_surname_owning_a_thing_after_in_is_the_person(real_nlp):
    text = ("Representative Elijah Cummings wrote to the panel. Nobody could confirm the "
            "information in Cummings' letter.")
    assert "Cummings" not in _seen(real_nlp, text)


def test_a_side_named_by_its_people_in_a_match_report_is_no_demonym(real_nlp):
    text = ("Zambia were prevented from a third straight win by Angola who knocked out the Zambians "
            "at the semi-final stage. The coach said the team played well and the striker scored a "
            "goal in the match.")
    assert "Zambians" not in _seen(real_nlp, text)
    assert _seen(real_nlp, "Some Native Americans consider the name offensive.")["Americans"][0] == "demonym"


def test_a_country_taking_a_stance_is_its_government(real_nlp):
    seen = _seen(real_nlp, "The deputy minister said Iran is ready to supply crude oil to Russia.")
    assert seen["Iran"][0] == "metonym"
    assert _seen(real_nlp, "China is opposed to the sanctions.")["China"][0] == "metonym"
    assert _seen(real_nlp, "Iran is a strong and powerful country.")["Iran"][0] == "literal"


def test_a_region_in_a_beauty_queen_s_title_is_embedded_in_it(real_nlp):
    seen = _seen(real_nlp, "Temple Taggart, a former Miss Utah, said Trump kissed her.")
    assert seen["Utah"] == ("embedded", "USA")


def test_a_capital_before_a_thing_there_is_the_place(real_nlp):
    seen = _seen(real_nlp, "Earlier today, London and Paris traders said they expected the subsidy to rise.")
    assert seen["London"][0] == seen["Paris"][0] == "literal"
    assert _seen(real_nlp, "The move was a signal to Washington.")["Washington"][0] == "metonym"


def test_a_body_s_short_name_is_no_town(real_nlp):
    text = ("The European Union met on Monday. Britain's exit from the EU is a big loss to the Union "
            "too, because many countries want to leave the Union.")
    assert "Union" not in _seen(real_nlp, text)
