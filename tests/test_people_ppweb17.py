"""People on real news (turn 27, ppweb17): a surname left alone takes the full name the text
spells before it where the NER saw no person (``resolve.person_spelled``).

"Douglas Pelham" with "Douglas" read as the Isle of Man's capital, "Mohammadreza Gholizadeh-Nia"
after a dateline cut to its surname: the bare surname found no full name among the document's
people and was shown alone, although the story names the person in full. Controls: a function
word before the surname ("But Tennant"), a page's verb ("Meet Karg"), half of a hyphenated given
name ("Eva-Marie"), a people's adjective ("European"), a title whose sex is not the given name's ("Mrs Ashby"
beside "Peter Ashby"), a surname named with two given names.
Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_mentions as mentions

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,word,name", [
    ("KABUL - Mohammadreza Gholizadeh-Nia, the province's former governor, said the road was closed. "
     "Gholizadeh-Nia told reporters on Monday that repairs would take weeks.", "Gholizadeh-Nia",
     "Mohammadreza Gholizadeh-Nia"),
    ("Across the region, Douglas Pelham, 61, fears for his farm. Pelham said the river had risen twice.",
     "Pelham", "Douglas Pelham"),
    ("Among the guests, Stanley Wexford, 72, recalled the flood. Wexford said the water rose overnight.",
     "Wexford", "Stanley Wexford"),
    ("The agent of the band, Saul Israel Kettering, has died. Mr Kettering ran their tours for a decade.",
     "Kettering", "Saul Israel Kettering"),
])
def test_a_surname_takes_the_full_name_the_text_spells(real_nlp, text, word, name):
    found = mentions(real_nlp, text)
    assert word in found.get(name, [])
    assert word not in found


@model
@pytest.mark.parametrize("text,name", [
    ("But Tennant said he was fine. Tennant is the club's coach.", "Tennant"),
    ("Mrs Ashby said the school was closed. Her husband, Peter Ashby, said nothing. "
     "Mrs Ashby added that it would reopen.", "Mrs Ashby"),
    ("Deputies on Tuesday chose Shia Turkmen Qasim al-Bayati, the trade minister, as their chairman. "
     "But al-Bayati asked for calm.", "Qasim al-Bayati"),
])
def test_controls_keep_their_names(real_nlp, text, name):
    assert name in mentions(real_nlp, text)


@model
def test_two_given_names_leave_the_surname_alone(real_nlp):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_spelled import spelled_full_names
    doc = real_nlp("Across town, Douglas Pelham and Stanley Pelham ran the farm.")
    assert "pelham" not in spelled_full_names(doc, {"pelham"}, set(), load_titles())
    doc = real_nlp("Across town, Douglas Pelham ran the farm.")
    assert spelled_full_names(doc, {"pelham"}, set(), load_titles()) == {"pelham": "Douglas Pelham"}


@model
@pytest.mark.parametrize("text,word", [
    ("Meet Karg. Karg is the monster of the film, and Karg wins.", "karg"),
    ("Chief prosecutor Eva-Marie Lindqvist closed the case. Lindqvist said so.", "lindqvist"),
    ("They searched for the best European Presley impersonator, and Presley fans came.", "presley"),
])
def test_no_page_verb_nor_half_a_given_name(real_nlp, text, word):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_spelled import spelled_full_names
    assert spelled_full_names(real_nlp(text), {word}, set(), load_titles()) == {}


@model
def test_a_country_before_the_given_name_stays_out(real_nlp):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_spelled import spelled_full_names
    doc = real_nlp("Iran's Ambassador to Azerbaijan Ramin Karbasi spoke. The ship sank, Karbasi said.")
    assert spelled_full_names(doc, {"karbasi"}, set(), load_titles()) == {"karbasi": "Ramin Karbasi"}


@model
@pytest.mark.parametrize("text", [
    "The leader of the island said he was open to talks. Lee spoke on state television.\n"
    "Reporting by Mirae Lee; Editing by Tom Hale",
    "The minister Lee said he would go. Lee said talks were possible.\n(Reporting by Mirae Lee)",
])
def test_a_byline_gives_no_full_name_to_the_story(real_nlp, text):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_spelled import spelled_full_names
    assert "lee" not in spelled_full_names(real_nlp(text), {"lee"}, set(), load_titles())
