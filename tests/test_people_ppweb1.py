"""People on web pages (ppweb1): a page in another language is no English text, so the English
NER's names there are no people unless a known given name opens them; a link's verb glued before a
name ("Watch Obama's speech") is no part of it; one word in capitals in lower-case prose ("TEPCO
said", "512GB") is an acronym, no one's name. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from people_support import people_mentions
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_checks import not_a_person
from sitroom.resolve.text_language import foreign_text, known_given_name

model = pytest.mark.model

GERMAN = ("Die neue Plattform ist seit Jahren ein Thema. Der Bedarf an digitalen Akten ist groß und die "
          "Einführung der Versichertenkarte wird von den Kassen immer wieder verschoben. Laut Gesetz muss "
          "der Versicherte selbst entscheiden, ob die Daten mit dem Hausarzt geteilt werden. Über das "
          "Kundenportal kann der Versicherte auf seine Befunde zugreifen, und das ist auch für die Praxen "
          "wichtig. Thomas Keller stellte das Konzept vor, sagte Ulrike Brandtner.")
INDONESIAN = ("Karena Islam saat itu sudah berkembang, banyak sahabat yang datang dari jauh untuk belajar. "
              "Mereka tidak ingin pulang dan akan tinggal di kota itu dengan keluarga mereka. Saat Nabi "
              "wafat, para sahabat sudah tersebar ke berbagai negeri dan mereka juga membawa ajaran yang "
              "sama dari guru mereka. Kaum Muslimin pada masa itu tidak terpecah oleh mazhab.")
ENGLISH = ("The new platform has been debated for years. Demand for digital records is high, and the "
           "insurers have delayed the card again and again. Under the law, the patient decides whether "
           "the data are shared with the family doctor, said Ulrike Brandtner of the health ministry.")
RESULTS = ("Boys soccer. Viera d. Rockledge 3-1. Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. "
           "Z. Nielsen 1 goal. J. Anasa 1 assist. A. Sanger 2 saves. Rockledge (3-1): C. Martinez 1 goal. "
           "D. Robbins 1 save. Melbourne d. Cocoa 8-0. Osas Osaro 3 goals, 1 assist. Aden Harte 2 goals.")


def test_a_page_in_another_language_is_foreign():
    nlp = spacy.blank("en")
    assert foreign_text(nlp(GERMAN))
    assert foreign_text(nlp(INDONESIAN))


def test_english_prose_and_a_results_list_are_not_foreign():
    nlp = spacy.blank("en")
    assert not foreign_text(nlp(ENGLISH))
    assert not foreign_text(nlp(RESULTS))  # few function words of any language
    # a Spanish name or phrase in English prose
    assert not foreign_text(nlp(ENGLISH + " Luiz Inacio Lula da Silva met Juan del Castillo, "
                                          "who said the plan was, in his words, 'muy bien por ahora'."))


def test_a_known_given_name():
    assert known_given_name("Thomas Keller")
    assert not known_given_name("Karena Islam")
    assert not known_given_name("Thomas")  # one word: no full name


@model
def test_no_person_read_on_a_foreign_page(real_nlp):
    people = people_mentions(real_nlp, GERMAN)
    assert "Ulrike Brandtner" not in people and not any("Bedarf" in p or "Gesetz" in p for p in people)
    assert "Thomas Keller" in people  # a known given name opens it
    assert not any("Karena" in p or "Nabi" in p for p in people_mentions(real_nlp, INDONESIAN))


@model
def test_people_stay_on_an_english_page(real_nlp):
    assert "Ulrike Brandtner" in people_mentions(real_nlp, ENGLISH)
    assert "K. Hupfer" in people_mentions(real_nlp, RESULTS)


@model
def test_a_links_verb_is_no_part_of_the_name(real_nlp):
    text = ("Watch Obama's remarks on the budget.\n\nPresident Obama said on Tuesday that the plan "
            "would help families. Obama spoke in Denver.")
    people = people_mentions(real_nlp, text)
    assert "Watch Obama" not in people and len(people.get("Obama", [])) == 3
    text = "The launch went well, the agency said. Email Priya Natarajan at pnatarajan@example.com."
    assert "Priya Natarajan" in people_mentions(real_nlp, text)


@model
def test_a_given_name_that_is_a_word_stays(real_nlp):
    people = people_mentions(real_nlp, "The novelist Lucy Read said the book was finished. Read lives in Leeds.")
    assert "Lucy Read" in people  # a link's verb as a surname
    people = people_mentions(real_nlp, "Mark Watson said the board had met. Watson declined to comment.")
    assert "Mark Watson" in people


def _labelled(text: str, persons: list[tuple[int, int]]):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in persons]
    return doc


def test_an_acronym_in_prose_is_no_person():
    titles = load_titles()
    doc = _labelled("Last week , HEPCO said one of the pumps had failed .", [(3, 4)])
    assert not_a_person(doc[3:4], titles, frozenset())
    doc = _labelled("The notebook comes with 512 GB of storage .", [(5, 6)])
    assert not_a_person(doc[5:6], titles, frozenset())


def test_a_surname_in_capitals_or_a_line_in_capitals_stays():
    titles = load_titles()
    # the same surname written otherwise in the document
    doc = _labelled("Anna Whitcombe signed the bill . WHITCOMBE told reporters she was glad .", [(0, 2), (6, 7)])
    assert not not_a_person(doc[6:7], titles, frozenset())
    # a wire story in capitals: no lower-case prose around the name
    doc = _labelled("OFFICIALS SAY BAKER WILL VISIT MOSCOW .", [(2, 3)])
    assert not not_a_person(doc[2:3], titles, frozenset())
    # two letters or more, letters only
    doc = _labelled("Shares rose , said J Smith of the bank .", [(4, 5)])
    assert not not_a_person(doc[4:5], titles, frozenset())


@model
def test_a_surname_in_capitals_stays(real_nlp):
    text = ("Governor Anna Whitcombe signed the bill on Monday. WHITCOMBE: 'This is a good day,' "
            "she told reporters who had waited for hours.")
    people = people_mentions(real_nlp, text)
    assert "Anna Whitcombe" in people
