"""People on web pages (turn 23, ppweb6): title-case phrases of plain English words.

The NER tags a journal's section, a page's column, a band, a show or a game ("Case Reports",
"Gift Guides", "Iron Maiden", "Fallen Order") as a person. A name of two to four English words
none of which is a given name needs, like a one-word name, something at a mention that only a
person has (a role, "said", "who", an age ...); a name that opens with a given name ("Hope Yen",
"Pat Maroon") or has such a cue stays a person. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from people_support import people_mentions as persons

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_plain import english_words, plain_name

model = pytest.mark.model

WORDS = frozenset({"case", "report", "gift", "guide", "price", "drop", "hope", "yen", "pat", "maroon", "pope"})


def test_plain_name_needs_english_words_and_no_given_name():
    titles = load_titles()
    assert plain_name("Case Reports", WORDS, titles)
    assert plain_name("Price Drop", WORDS, titles)
    assert not plain_name("Hope Yen", WORDS, titles)  # a given name opens it
    assert not plain_name("Pat Maroon", WORDS, titles)
    assert not plain_name("Pope Drop", WORDS, titles)  # an honorific
    assert not plain_name("Case Hallorann", WORDS, titles)  # a word no dictionary has
    assert not plain_name("Drop Lyons", WORDS | {"lyon"}, titles)  # a common family name ends it
    assert not plain_name("Reports", WORDS, titles)  # one word: the lone-name rule's business
    assert not plain_name("Case Reports", frozenset(), titles)  # no lemmatizer index, no rule


def test_a_blank_model_has_no_english_words():
    assert english_words(spacy.blank("en")) == frozenset()


@model
@pytest.mark.parametrize("text,name", [
    ("Snow Patrol and Massive Attack will headline the Glasgow festival.", "Massive Attack"),
    ("Looking for ideas? Read our Holiday Gift Guides before the weekend.", "Gift Guides"),
    ("Black Sabbath and Iron Maiden topped the festival bill in Leeds on Saturday.", "Iron Maiden"),
    ("Fans of Star Wars Jedi: Fallen Order will find the sequel harder.", "Fallen Order"),
    ("Weekly Price Drop: the Galaxy earbuds cost $89 this week.", "Price Drop"),
])
def test_a_plain_word_phrase_is_no_person(real_nlp, text, name):
    assert name not in persons(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("Hope Yen said the committee would vote on Tuesday.", "Hope Yen"),
    ("Defenceman Pat Maroon scored twice for the visitors.", "Pat Maroon"),
    ("\"We will not give up,\" said Stark Sands, who plays the lead.", "Stark Sands"),
    ("Mark Meadows told reporters the bill was dead.", "Mark Meadows"),
    ("After the ouster of Saddam Hussein the old army was disbanded.", "Saddam Hussein"),
    ("Then there was Peri Lyons, the name rang a bell.", "Peri Lyons"),
])
def test_a_person_named_with_plain_words_stays(real_nlp, text, name):
    assert name in persons(real_nlp, text)
