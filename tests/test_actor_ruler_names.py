"""A dictionary name inside a longer capitalised name is not that actor (blank pipeline)."""

from __future__ import annotations

import pytest
import spacy

from sitroom.nlp import NlpOptions, add_components


@pytest.fixture(scope="module")
def nlp():
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_actor_ruler", "sitroom_actors")))


def _ids(doc):
    return {s.text: s._.actor.id for s in doc.spans["actors"] if s._.actor is not None}


def test_another_party_ending_in_a_dictionary_name_is_not_that_party(nlp):
    doc = nlp("In Berlin, the Social Democrats and the Christian Democrats met the Sweden Democrats.")
    assert "US-DEMOCRATS" not in _ids(doc).values()


def test_branches_places_and_countries_keep_the_party(nlp):
    doc = nlp("Then Senate Democrats, House Republicans, Iowa Democrats, US Democrats and "
              "Conservative Republicans spoke.")
    got = [s._.actor.id for s in doc.spans["actors"] if s._.actor is not None]
    assert got.count("US-DEMOCRATS") == 3 and got.count("US-REPUBLICANS") == 2


def test_first_word_of_a_sentence_and_headlines_keep_the_party(nlp):
    assert "US-DEMOCRATS" in _ids(nlp("Many Democrats said no.")).values()
    assert "US-REPUBLICANS" in _ids(nlp("Then Thirteen Republicans opposed it.")).values()
    assert "US-DEMOCRATS" in _ids(nlp("SENATE DEMOCRATS SAY NO")).values()


def test_a_capitalised_article_or_conjunction_is_no_part_of_the_name(nlp):
    doc = nlp("He said: “The Republicans will win,” and told The Tehran Times so.")
    assert set(_ids(doc).values()) >= {"US-REPUBLICANS", "TEHRAN-TIMES"}


def test_a_country_name_ending_a_longer_place_name_is_not_that_country(nlp):
    doc = nlp("Lawmakers from New York, New Jersey and New Mexico oppose the bill, as do Jersey and Mexico.")
    spans = [s for s in doc.spans["actors"] if s._.actor is not None]
    inside = [s._.actor.id for s in spans if s.start_char < doc.text.index(" oppose")]
    after = [s._.actor.id for s in spans if s.start_char > doc.text.index(" oppose")]
    assert "JEY" not in inside and "MEX" not in inside  # the US states, not the countries
    assert after == ["JEY", "MEX"]


def test_the_un_nuclear_watchdog_is_the_iaea(nlp):
    # the press's standing name for the IAEA: who cooperates with or meets the "UN nuclear
    # watchdog" deals with the agency, not with the United Nations
    doc = nlp("Lima will keep working with the UN nuclear watchdog, and the envoy met the head of "
              "the U.N. atomic watchdog and the chief of the United Nations nuclear watchdog.")
    assert [s._.actor.id for s in doc.spans["actors"] if s._.actor is not None].count("IAEA") == 3


def test_the_un_and_its_other_bodies_stay_themselves(nlp):
    # controls: the UN alone, its council and its refugee agency keep their own ids
    doc = nlp("Chile asked the UN for aid, wrote to the UN Security Council and thanked the UN refugee agency.")
    got = [s._.actor.id for s in doc.spans["actors"] if s._.actor is not None]
    assert "IAEA" not in got and {"UN", "UNSC", "UNHCR"} <= set(got)
