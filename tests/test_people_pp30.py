"""People an analyst can trust (issue 11, pp30): a work credited beside a person, a surname the NER
left out of a name.

A name after "for" that an award's sentence credits to a person named in full right before it
("the shortlist names Lena Moss for Annie Hartwell") or to an award's category a person of the sentence
is the subject of ("Brandt should take best actor for Jack Ferris") is the work, at every mention of
the name; a person's cue, or the story writing the surname alone, keeps it a person. A surname the
story writes again joins a double given name the NER cut it from ("minister Mohammad-Reza |
Sadeghzadeh") or a name it read as a date when it is no English word ("spokesman Hamid Reza |
Kolahdouzi on Tuesday"); an English word read as a date stays out ("Anna Marie | Monday"). A name
opening with a verb's "-ing" form and no given name ("Chasing Maria") is read like a plain-word
title; a person's cue keeps one ("Manning Okafor, a historian").
Own sentences, names made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_work_credited_after_a_full_name_is_no_person(real_nlp):
    text = ("The shortlist for best actress names Lena Moss for Annie Hartwell and Carla Ruiz "
            "for Winter Lake. Annie Hartwell has won two other awards this year.")
    found = people_mentions(real_nlp, text)
    assert "Lena Moss" in found and "Carla Ruiz" in found
    assert not any("Hartwell" in name for name in found)


@model
def test_a_work_credited_after_a_category_the_subject_wins(real_nlp):
    found = people_mentions(real_nlp, "Tomas Brandt, the bookmakers' favourite, should take best actor "
                                      "for Jack Ferris on Sunday.")
    assert "Tomas Brandt" in found
    assert "Jack Ferris" not in found


@model
def test_people_after_for_stay_people(real_nlp):
    # the winner himself, named after his category with no one before it
    found = people_mentions(real_nlp, "The jury named it the winner in four categories, including best "
                                      "actor for Paul Kerr.")
    assert "Paul Kerr" in found
    # no award spoken of: a substitution
    found = people_mentions(real_nlp, "Coach Brian Hale brought on Mark Dunn for Steve Kerr in the second half.")
    assert "Steve Kerr" in found
    # the story writes the surname alone: a person, not a work
    found = people_mentions(real_nlp, "The shortlist for the prize names Olga Marsh for Dana Whitby. "
                                      "Whitby said she was thrilled.")
    assert "Dana Whitby" in found
    # a possessive after the name: the maker of the work
    found = people_mentions(real_nlp, "The prize went to Ana Bell for Petra Lund's new film. "
                                      "Petra Lund said she was delighted.")
    assert "Petra Lund" in found


def _cut(nlp, text: str, name: str, date_after: bool = False) -> set[str]:
    """The persons ``surnames_left_out`` makes of the parsed text once the person entity is cut to
    ``name`` (as the NER may cut one), the word after it read as a date when ``date_after``."""
    from sitroom.components.actor_given import surnames_left_out
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_plain import english_words

    doc = nlp(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    made = [span] + ([Span(doc, span.end, span.end + 1, label="DATE")] if date_after else [])
    ents = [e for e in doc.ents if e.end <= span.start or e.start > span.end] + made
    ents.sort(key=lambda e: e.start)
    out = surnames_left_out(doc, ents, {}, load_titles(), english_words(nlp))
    return {e.text for e in out if e.label_ == "PERSON"}


@model
def test_a_surname_after_a_double_given_name_or_read_as_a_date_joins(real_nlp):
    found = _cut(real_nlp, "TEHRAN – Iran's roads minister Mohammad-Reza Sadeghzadeh has voiced hope for new "
                           "links. Sadeghzadeh spoke in Tabriz.", "Mohammad-Reza")
    assert "Mohammad-Reza Sadeghzadeh" in found
    found = _cut(real_nlp, "TEHRAN – Government spokesman Hamid Reza Kolahdouzi on Tuesday condemned the attack. "
                           "Kolahdouzi called it a crime.", "Hamid Reza", date_after=True)
    assert "Hamid Reza Kolahdouzi" in found


@model
def test_an_english_word_read_as_a_date_stays_out(real_nlp):
    found = _cut(real_nlp, "Deputy Speaker Anna Marie Monday opened the session. Monday is a holiday in the city.",
                 "Anna Marie", date_after=True)
    assert "Anna Marie Monday" not in found


@model
def test_a_name_opening_with_a_verbs_ing_form_is_a_title(real_nlp):
    found = people_mentions(real_nlp, "Three films earned five nominations each, including Harbour Nights and "
                                      "Chasing Maria, a comedy.")
    assert "Chasing Maria" not in found  # a given name after the verb's form is the title's
    # control: a person's cue at the name
    found = people_mentions(real_nlp, "Manning Okafor, a historian at the university, said the book was overdue.")
    assert "Manning Okafor" in found
