"""Bodies named with plain words (turn 23, ppweb7): an organisation, not nobody.

A name of plain English words the NER tags as a person's and nothing marks as one (ppweb6) is no
person; when its words say a body (a body's head word last, "Freedom Caucus"; a body's noun in
apposition, "X, a civil rights organization,"; the tail of an organisation's name in the
document) it is an organisation, and what it does keeps it as a party. Other plain names stay
nothing ("Iron Maiden", "Fallen Order"). A town of a list of dates before a state's postal code
that ends the line ("Cuyahoga Falls, OH") is no person either. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_plain import plain_body

model = pytest.mark.model


def _span(text: str, name: str, orgs: tuple[str, ...] = ()) -> Span:
    doc = spacy.blank("en")(text)
    ents = []
    for org in orgs:
        start = text.index(org)
        ents.append(doc.char_span(start, start + len(org), label="ORG"))
    doc.ents = ents
    start = text.rindex(name)
    return doc.char_span(start, start + len(name))


def test_a_body_by_its_head_word_or_a_longer_body_name():
    titles = load_titles()
    assert plain_body("Freedom Caucus", [_span("Freedom Caucus members met.", "Freedom Caucus")], titles)
    assert plain_body("Ground Force", [_span("The Ground Force struck.", "Ground Force")], titles)
    text = "The Ohio Lambda Legal met. Lambda Legal sued."  # the tail of an organisation's name
    assert plain_body("Lambda Legal", [_span(text, "Lambda Legal", ("Ohio Lambda Legal",))], titles)
    text = "Leeds, Iron Maiden played. Iron Maiden left."  # a list the NER ran together
    assert not plain_body("Iron Maiden", [_span(text, "Iron Maiden", ("Leeds, Iron Maiden",))], titles)
    assert not plain_body("Fallen Order", [_span("Fans of Fallen Order wait.", "Fallen Order")], titles)
    assert not plain_body("Iron Maiden", [_span("Iron Maiden played.", "Iron Maiden")], titles)


def _kinds(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    doc = nlp(text)
    for s in doc.spans["actors"]:
        out.setdefault(s._.actor.name, set()).add(s._.actor.kind)
    return out


def _parties(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {a for s in doc.spans["events"] for a in s._.event.actors}


@model
@pytest.mark.parametrize("text,name,ident", [
    ("Lambda Legal, a national civil rights organization, sued the state in 2010.", "Lambda Legal",
     "org:lambda-legal"),
    ("Freedom Caucus members met with Trump on Tuesday.", "Freedom Caucus", "org:freedom-caucus"),
])
def test_a_body_named_with_plain_words_is_an_organisation_and_a_party(real_nlp, text, name, ident):
    assert _kinds(real_nlp, text).get(name) == {"organization"}
    assert ident in _parties(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("Black Sabbath and Iron Maiden topped the festival bill in Leeds on Saturday.", "Iron Maiden"),
    ("Fans of Star Wars Jedi: Fallen Order will find the sequel harder.", "Fallen Order"),
    ("Lambda Legal filed a lawsuit against the school board.", "Lambda Legal"),  # nothing says a body
])
def test_other_plain_names_stay_nothing(real_nlp, text, name):
    assert name not in _kinds(real_nlp, text)


@model
def test_a_person_named_with_plain_words_stays_a_person(real_nlp):
    text = "Mark Meadows, a member of the Freedom Caucus, told reporters the bill was dead."
    assert _kinds(real_nlp, text).get("Mark Meadows") == {"person"}


@model
@pytest.mark.parametrize("text,name", [
    ("Summer dates:\nJune 3 -- Riverbend Pavilion, Cuyahoga Falls, OH\nJune 5 -- Lakeside Arena, Grand Rapids, MI\n",
     "Cuyahoga Falls"),
    ("June 3 – Cuyahoga Falls, OH @ Riverbend Pavilion\nJune 5 – Clarkston, MI @ Pine Knob\n", "Cuyahoga Falls"),
])
def test_a_town_before_a_state_code_ending_a_line_is_no_person(real_nlp, text, name):
    assert name not in _kinds(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("The plan was announced by Mark Quinlan, PG&E's senior director of emergency operations.", "Mark Quinlan"),
    ("Responding to Liz Truss, UK Foreign Secretary, the envoy said talks would go on.", "Liz Truss"),
])
def test_a_person_before_capitals_that_go_on_stays(real_nlp, text, name):
    assert _kinds(real_nlp, text).get(name) == {"person"}
