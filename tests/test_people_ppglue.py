"""People an analyst can trust (issue 11, ppglue): a common word of the story that the NER ran into a
name the document also writes on its own ("Publisher Kushner" beside "Aaron Kushner", a headline's
"Fire Ron Johnson", "Daniel Pearl Filmmaking") is no part of the name; given names, family names and
titles that are also common words stay. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_an_occupation_before_a_surname_is_cut(real_nlp):
    people = people_mentions(real_nlp, "Aaron Kushner bought the newspaper last year. The editor said "
                                       "Publisher Kushner had cut the staff. The publisher did not reply.")
    assert "Publisher Kushner" not in people, people
    assert people["Aaron Kushner"] == ["Aaron Kushner", "Kushner"]


@model
def test_a_headline_verb_before_a_full_name_is_cut(real_nlp):
    people = people_mentions(real_nlp, "Shareholders Push To Fire Ron Johnson. The board fired chief executive "
                                       "Ron Johnson on Monday. Johnson had led the store for a year.")
    assert set(people) == {"Ron Johnson"}, people
    assert len(people["Ron Johnson"]) == 3


@model
def test_a_headline_word_after_a_full_name_is_cut(real_nlp):
    people = people_mentions(real_nlp, "Film About Slain Reporter Daniel Pearl Filmmaking of Highest Order. "
                                       "The director praised the filmmaking. Daniel Pearl was killed in 2002, "
                                       "and Pearl's widow watched the film.")
    assert "Daniel Pearl Filmmaking" not in people, people
    assert len(people["Daniel Pearl"]) == 3


@model
def test_a_title_that_ends_a_name_stays(real_nlp):
    # control: "King" is a title and a family name, written in lower case too; never cut
    people = people_mentions(real_nlp, "Martin Luther was a reformer. Martin Luther King was a pastor. "
                                       "The king of the country spoke.")
    assert "Martin Luther King" in people, people


@model
def test_a_given_name_or_family_name_that_is_a_common_word_stays(real_nlp):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_glued import story_word
    doc = real_nlp("Mark Hughes and Tom Hughes met Emma Stone. The mark on the stone was old, and stars "
                   "shone. Stars Hughes")
    titles = load_titles()
    words = {t.text: t for t in doc}
    span = doc[0:2]
    assert not story_word(words["Mark"], span, titles)  # a given name
    assert not story_word(words["Stone"], span, titles)  # a family name
    assert story_word(doc[-2], doc[-2:], titles)  # "Stars": the story's word


@model
def test_a_headline_after_a_surname_named_alone_is_cut(real_nlp):
    people = people_mentions(real_nlp, "Bush Cuts Short Vacation to Oversee Relief Efforts. WASHINGTON -- "
                                       "President Bush cut short his vacation on Tuesday. Bush flew to "
                                       "Washington, and aides said Bush would speak.")
    assert "Bush Cuts Short Vacation" not in people, people
    assert len(people["Bush"]) == 4


@model
def test_a_given_name_named_alone_keeps_the_surname_after_it(real_nlp):
    # control: "Ken" alone is his given name, and "doctor" a word of the story: "Ken Doctor" stays
    people = people_mentions(real_nlp, "Ken Doctor is an analyst. The doctor said Ken would call.")
    assert "Ken Doctor" in people, people
