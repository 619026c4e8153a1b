"""Generic actors read from the words around the term: a term describing a noun past other
modifiers, stateless owners, and a country's word past other modifiers (model)."""

from __future__ import annotations

import pytest
from actors_support import actor_nlp, actors_got as _got

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return actor_nlp()


@pytest.mark.parametrize("text, word", [
    ("Parliament must still ratify the civilian atomic energy accord with Japan.", "civilian"),
    ("A cruel military, industrial and banking elite runs the country in the novel.", "military"),
])
def test_a_term_describing_a_noun_further_right_is_no_actor(nlp, text, word):
    got = _got(nlp, text)
    assert not any(word in mention.lower() for mention in got)


@pytest.mark.parametrize("text, mention, sector, country", [
    ("Dutch maritime authorities opened an inquiry into the collision.", "Dutch maritime authorities", "GOV", "NLD"),
    ("Spanish anti-drug police detained nine suspects near Malaga.", "Spanish anti-drug police",
     "COP", "ESP"),
])
def test_a_country_word_past_other_modifiers_owns_the_term(nlp, text, mention, sector, country):
    got = _got(nlp, text)
    assert (got[mention].sector, got[mention].country) == (sector, country)


def test_foreign_troops_have_no_country_even_before_a_place(nlp):
    got = _got(nlp, "Moscow wants all foreign troops in Libya to go home.")
    assert got["troops"].sector == "MIL" and got["troops"].country is None


@pytest.mark.parametrize("text, mention, sector, country", [
    ("Police in Kabul arrested two men on Sunday.", "Police", "COP", "AFG"),
    ("Protesters in Iran burned tyres.", "Protesters", "PRO", "IRN"),
    ("Iraqi federal police raided the house.", "Iraqi federal police", "COP", "IRQ"),
    ("Afghan police arrested two men in Herat.", "Afghan police", "COP", "AFG"),
    ("Civilians fled the town as militants advanced.", "Civilians", "CVL", None),
    ("The army said soldiers had killed two militant commanders.", "soldiers", "MIL", None),
    ("Militants carried out three attacks on civilians in Kabul and Herat.", "civilians", "CVL", "AFG"),
])
def test_controls_keep_their_reading(nlp, text, mention, sector, country):
    got = _got(nlp, text)
    assert (got[mention].sector, got[mention].country) == (sector, country)


def test_the_government_of_a_leader_titled_with_his_country_is_that_country_s(nlp):
    got = _got(nlp, "Tariffs rose under the administration of former US President Gerald Ford.")
    assert (got["the administration"].sector, got["the administration"].country) == ("GOV", "USA")


@pytest.mark.parametrize("text, country", [
    ("Critics in Congress faulted Obama and his administration over the oil spill.", "USA"),
    ("Norway kept a field hospital in Mali until its government ended the mission last year.", "NOR"),
    ("In a radio interview he said his government had no plan to raise taxes.", None),
])
def test_a_possessive_government_is_the_country_of_the_party_it_stands_for(nlp, text, country):
    got = _got(nlp, text)
    gov = next(ref for mention, ref in got.items() if mention.endswith(("administration", "government")))
    assert (gov.sector, gov.country) == ("GOV", country)


def test_a_term_before_a_person_s_name_describes_that_person(nlp):
    got = _got(nlp, "Goals from strikers Ian Moss and Rob Kean sealed a 2-0 home win for the club.")
    assert "strikers" not in " ".join(got) and "Ian Moss" in got


def test_a_term_before_its_verb_and_a_person_stays(nlp):
    got = _got(nlp, "Police arrested John Smith on Monday.")
    assert got["Police"].sector == "COP"


def test_a_country_name_before_a_court_stays_a_place_of_a_name(nlp):
    got = _got(nlp, "Lawyers filed the motion with a US bankruptcy court in Delaware.")
    assert "US" in got and got["US"].kind == "country"


def test_a_state_named_after_anti_does_not_own_the_term(nlp):
    got = _got(nlp, "Ankara accused anti-Damascus Arab rebels of looting the town.")
    assert got["rebels"].country is None and got["Damascus"].kind == "country"
