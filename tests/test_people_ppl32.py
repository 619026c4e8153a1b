"""People an analyst can trust (issue 11, ppl32): a title says which part of a one-word name is
written. A royal or religious style goes before a given name ("King Abdullah", "Prince Charles",
"Imam Hussein"): the word is no surname, so it joins no full name of the story by its last word and
keeps its style when alone (no store-wide namesake "Saddam Hussein" or "Ray Charles" takes it in);
it joins a full name written with the same style. A courtesy title goes before a family name:
"Mr Howard" is no given name of "Howard Flight" when the story also writes "Mr Flight". Own
sentences, names changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_royal_style_before_a_word_names_no_surname_of_another_person(real_nlp):
    text = ("Queen Rania's husband King Abdullah said extremism has no religion. In Kabul, Afghan leader "
            "Abdullah Abdullah met the envoy on Monday.")
    people = people_mentions(real_nlp, text)
    assert "Abdullah" not in people.get("Abdullah Abdullah", [])
    assert people.get("King Abdullah") == ["Abdullah"]


@model
def test_a_bare_styled_name_keeps_its_style(real_nlp):
    text = ("Thousands of pilgrims walked to the shrine to mourn Imam Hussein, a grandson of the Prophet. "
            "The march for Imam Hussein ends at Karbala.")
    assert people_mentions(real_nlp, text).get("Imam Hussein") == ["Hussein", "Hussein"]
    text = "Officials were asked about Prince Charles' spending. The estate pays Prince Charles an income."
    assert people_mentions(real_nlp, text).get("Prince Charles") == ["Charles", "Charles"]


@model
def test_a_styled_name_joins_the_full_name_written_with_that_style(real_nlp):
    # control: the same style before the full name ("King Salman bin Nasser") makes it that person
    text = "King Salman bin Nasser received the envoy in Jeddah on Sunday. King Salman said the talks went well."
    people = people_mentions(real_nlp, text)
    assert people.get("Salman bin Nasser") == ["Salman bin Nasser", "Salman"]


@model
def test_mr_before_a_word_is_no_given_name_of_a_man_called_mr_other(real_nlp):
    text = ("Dropped candidate Howard Flight said he would fight on. Mr Flight was removed last week. At a "
            "news conference, Mr Howard insisted he had followed the party's rules.")
    people = people_mentions(real_nlp, text)
    assert "Howard" not in people.get("Howard Flight", [])
    assert people.get("Howard Flight") == ["Howard Flight", "Flight"]


@model
def test_a_given_name_alone_or_a_family_name_first_still_joins(real_nlp):
    # controls: no courtesy title ("Tony"); the surname never written alone ("Mr Xie" of "Xie Xuren")
    text = "Tony Blair spoke in London on Friday. Tony has not made up his mind, an aide said."
    assert people_mentions(real_nlp, text).get("Tony Blair") == ["Tony Blair", "Tony"]
    text = "Trade official Xie Xuren spoke on Monday. According to Mr Xie, exports rose sharply in May."
    assert people_mentions(real_nlp, text).get("Xie Xuren") == ["Xie Xuren", "Xie"]
