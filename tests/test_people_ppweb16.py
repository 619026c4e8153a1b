"""People on real news (turn 27, ppweb16): a name that opens with an English adjective and no
given name is read like a plain-word name.

The NER tags the titles of shows, games, songs and the names of firms as people when they open with
an adjective ("Desperate Housewives", "Mortal Kombat", "Global Platts", "Recent Samsung"). Few
first names are adjectives, so the name needs what a one-word name needs: a cue at a mention that a
person is meant (a role, a person's noun, a list of people's names, a verb of saying). Nouns and
verbs open people's names ("Boy George", "Pierce Brosnan"); a sports story's names are players'.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_plain import EnglishWords, plain_name

model = pytest.mark.model


def _words() -> EnglishWords:
    words = EnglishWords({"silent", "bright", "forgotten", "glow", "fetch", "ivory", "case", "report"})
    words.leading = frozenset({"silent", "bright", "forgotten", "said"})
    return words


@pytest.mark.parametrize("name", ["Silent Kestovar", "Bright Omnivex Labs", "Forgotten Mary"])
def test_a_name_opening_with_an_adjective_is_plain(name):
    assert plain_name(name, _words(), load_titles())


@pytest.mark.parametrize("name", [
    "Ivory Kestovar",  # a noun may be a first name ("Ivory", "Cat", "Boy")
    "Mary Kestovar",  # a given name
    "Miss Kestovar",  # a courtesy title
    "Silent Johnson",  # a common family name last
    "Silent Judge Kestovar",  # a title after the word
    "Said Kestovar",  # a given name that is an adjective too (person_context.yaml given_words)
    "Fetch Barlowe",  # a verb opens it
])
def test_nouns_given_names_courtesy_and_family_names_keep_the_name(name):
    assert not plain_name(name, _words(), load_titles())


def test_a_plain_frozenset_or_a_sports_story_reads_as_before():
    assert not plain_name("Silent Kestovar", frozenset({"silent"}), load_titles())
    assert not plain_name("Silent Kestovar", _words(), load_titles(), leading=False)
    assert plain_name("Case Report", frozenset({"case", "report"}), load_titles())


@model
@pytest.mark.parametrize("text,name", [
    ("New episodes of Desperate Wisteriana will stream online a day after they air.", "Desperate Wisteriana"),
    ("Sales of Mortal Quarrion rose after the sequel came out in March.", "Mortal Quarrion"),
    ("Readers shared the news with Daily Orbisson on Tuesday.", "Daily Orbisson"),
    ("Recent Tovarra televisions also include the streaming app.", "Recent Tovarra"),
    ("Among the overlooked films were Dirty Harold and The Searchers.", "Dirty Harold"),
])
def test_a_show_game_or_firm_opening_with_a_plain_word_is_no_person(real_nlp, text, name):
    assert name not in roles(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("US rapper Snoop Dogg has been sued by a fan over a concert.", "Snoop Dogg"),
    ("Northampton coach Budge Pontrey has been fined for his remarks.", "Budge Pontrey"),
    ("Cat Deeley has resigned as host of the Saturday morning show.", "Cat Deeley"),
    ("Tonight Pierce Brosnan arrived in London for the premiere.", "Pierce Brosnan"),
    ("Leeds beat Everton 3-1 in the Premier League football match on Saturday, with two goals and a penalty "
     "in the second half. Fans cheered as Greedy Walliston scored twice.", "Greedy Walliston"),  # a sports story
    ("Actors Keanu Reeves, Pierce Brosnan and Richard Gere walked the red carpet.", "Pierce Brosnan"),
    ("\"We will not back down,\" said Said Idrassi, an analyst in Cairo.", "Said Idrassi"),
])
def test_a_person_so_named_keeps_the_person_where_a_mention_says_so(real_nlp, text, name):
    assert name in roles(real_nlp, text)
