"""People on web pages (turn 23, ppweb8): real people whose names are plain English words.

ppweb6 drops a person name of plain English words with no given name and no common family name
unless something at a mention says a person is meant. Some real people fell with the works: a
name listed among people's names, the subject of "reacted ..., joking", a given name the census
list lacks as such ("Mick", "Amir"), a surname read as a plural ("Paes" is no plural of "pa"), a
prophet named with "(pbuh)", an envoy after the place of the post ("Ambassador to Tehran X").
Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from people_support import people_mentions as persons

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_plain import plain_name, plain_person_cue

model = pytest.mark.model

WORDS = frozenset({"leander", "pa", "case", "box", "church", "mick", "jagger", "amir", "timur", "hero"})


def test_es_plural_only_after_a_sibilant_or_o():
    titles = load_titles()
    assert not plain_name("Leander Paes", WORDS, titles)  # "pa" takes "pas", not "paes"
    assert plain_name("Case Boxes", WORDS, titles)
    assert plain_name("Case Churches", WORDS, titles)
    assert plain_name("Case Heroes", WORDS, titles)


def test_short_and_widespread_given_names_open_no_plain_name():
    titles = load_titles()
    assert not plain_name("Mick Jagger", WORDS, titles)
    assert not plain_name("Amir Timur", WORDS, titles)


@pytest.mark.parametrize("pos,cue", [("NOUN", True), ("VERB", False)])
def test_a_role_and_the_place_of_the_post_before_a_plain_name(pos, cue):
    words = ["The", "envoy", "to", "Kabul", "Golden", "Arrow", "spoke"]
    if pos == "VERB":
        words[1] = "head"  # "fans head to Kabul": a verb, no role
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", pos, "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
              ents=["O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "O"])
    assert plain_person_cue(doc[4:6], frozenset({"golden", "arrow"}), load_titles()) is cue


@model
@pytest.mark.parametrize("text,name", [
    ("The girls named were Rebecca Mallum, Hauwa Ishaya, Lucky Charm and Saratu Dauda.", "Lucky Charm"),
    ("Golden Arrow reacted on Twitter, joking that the old crew would need a bigger bus.", "Golden Arrow"),
    ("The tour was cancelled after Mick Jagger fell ill.", "Mick Jagger"),
    ("The mixed doubles title went to Leander Paes.", "Leander Paes"),
    ("Amir Timur built the great mosque of Samarkand.", "Amir Timur"),
    ("TEHRAN - The birth anniversary of Holy Prophet (pbuh) was marked across the country.", "Holy Prophet"),
    ("The Chinese Ambassador to Tehran Pang Sen met the minister on Sunday.", "Pang Sen"),
])
def test_a_real_person_named_in_plain_words_stays(real_nlp, text, name):
    assert name in persons(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("The top five includes Led Zeppelin, Iron Maiden and Sex Pistols.", "Iron Maiden"),
    ("Pixies, Foo Fighters and Iron Maiden will headline the summer festival.", "Iron Maiden"),
    ("Golden Arrow reacted on Twitter to the news.", "Golden Arrow"),  # no participle of saying
    ("Games such as Tomb Raider, Ridge Racer and Red Dead Redemption sold well.", "Ridge Racer"),
    ("Get Motor Cycle Monthly delivered through your letterbox every month.", "Cycle Monthly"),
])
def test_plain_words_with_no_person_cue_stay_no_person(real_nlp, text, name):
    assert name not in persons(real_nlp, text)


@model
def test_people_of_a_list_stay_people(real_nlp):
    found = persons(real_nlp, "Starring Tommy Lee Jones, Josh Brolin and Javier Bardem, No Country is a meditation.")
    assert {"Tommy Lee Jones", "Josh Brolin", "Javier Bardem"} <= set(found) and "No Country" not in found
