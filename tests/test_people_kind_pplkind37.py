"""People on real news (turn 37, pplkind37): names the NER calls people that are titles or dated things.

- Plain words before a given name that is a verb too ("Seize Rob", "Fisheries Bill", "Magic Mike"):
  a film's, a law's or a show's title, read like a plain-word name; a title, an occupation or a family
  word before the given name ("Coach Bill", "Uncle Bob") and a given name that is no verb ("Boy
  George") keep the person.
- An article or a possessive and a year before a name that heads its phrase ("a 1958 Lancia Aurelia",
  "the 2009 Kong"): a model, a film or an edition, never a person; "the 1994 Frank Weller tale" is
  the director's.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_kinds import kind_named
from sitroom.resolve.person_plain import EnglishWords, plain_name

model = pytest.mark.model


def _words() -> EnglishWords:
    words = EnglishWords({"seize", "fisheries", "magic", "rob", "bill", "mike", "boy", "george", "coach",
                          "uncle", "bob"})
    words.verbs = frozenset({"seize", "rob", "bill", "mike", "coach", "bob"})
    return words


@pytest.mark.parametrize("name", ["Seize Rob", "Fisheries Bill", "Magic Mike"])
def test_plain_words_before_a_given_name_that_is_a_verb_make_a_title(name):
    assert plain_name(name, _words(), load_titles())


@pytest.mark.parametrize("name", [
    "Boy George",  # the given name is no verb
    "Coach Bill",  # an occupation before it: what the person is
    "Uncle Bob",  # a family word
    "Rob Kestovar",  # the given name opens the name
    "Kestovar Bill",  # a word of no index before it
])
def test_a_person_before_or_in_the_name_keeps_it(name):
    assert not plain_name(name, _words(), load_titles())


@model
def test_a_law_or_a_film_named_with_a_given_name_is_no_person(real_nlp):
    people = roles(real_nlp, "Peers inflicted a heavy defeat on the government over its Fisheries Bill on "
                             "Tuesday. Two amendments to the Fisheries Bill go to a vote in the Commons next "
                             "month, Lena Hartwell said.")
    assert "Fisheries Bill" not in people and "Lena Hartwell" in people
    assert "Seize Rob" not in roles(real_nlp, "Critics panned Seize Rob, the heist comedy, on Friday. "
                                              "Seize Rob opens in cinemas next week.")


def _span(doc, words: str):
    n = len(words.split())
    return next(doc[i:i + n] for i in range(len(doc)) if doc[i:i + n].text == words)


@model
@pytest.mark.parametrize("text, name", [
    ("Three years ago Dana Whitcombe bought a 1958 Lancia Aurelia that won two races.", "Lancia Aurelia"),
    ("The studio, which made the 2009 Kong, planned more films.", "Kong"),
    ("He restored his 1932 Duesenberg over a winter.", "Duesenberg"),
])
def test_a_name_dated_by_an_article_and_a_year_is_a_thing(real_nlp, text, name):
    assert kind_named(_span(real_nlp(text), name))


@model
@pytest.mark.parametrize("text, name", [
    ("The film was the 1994 Frank Weller tale of a prison escape.", "Frank Weller"),  # a noun after it
    ("In 2007 Alan Ridgeway wrote that the plan had failed.", "Alan Ridgeway"),  # a preposition before
])
def test_a_year_before_a_creator_or_after_a_preposition_keeps_the_name(real_nlp, text, name):
    assert not kind_named(_span(real_nlp(text), name))
