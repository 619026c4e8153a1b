"""Event status, turn 29 (evstat9): a planned act reported held, and a reported "would continue".

A planned, scheduled or upcoming act that a verb reports held, attended or under way took place
("the planned talks were held on Monday": occurred; "is holding specially scheduled talks":
ongoing); one still to be held stays planned. An act a reported "would" says will continue is
under way ("said they would continue their talks": ongoing), as with "will continue". Real
parses, the full pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2022-05-10"


def _statuses(nlp, text: str, word: str) -> list[str]:
    """The statuses of the events whose trigger contains ``word``."""
    return [e.status for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize("text, word, expected", [
    # a planned act reported held, attended or conducted took place
    ("The planned talks were held in Geneva on Monday.", "talks", "occurred"),
    ("The army conducted the long-planned drills last week.", "drills", "occurred"),
    ("They attended the scheduled meeting on Tuesday.", "meeting", "occurred"),
    ("The planned talks took place in Doha.", "talks", "occurred"),
    # ... or under way
    ("The union is holding specially scheduled talks with the management.", "talks", "ongoing"),
])
def test_planned_act_reported_held(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word", [
    # still to be held, put off, or only aimed at: planned
    ("The army will conduct the planned drills next week.", "drills"),
    ("The army has postponed the planned drills.", "drills"),
    ("He will attend the upcoming summit in Astana.", "summit"),
    ("He left Tehran to attend the upcoming summit.", "summit"),
    ("Raisi is due to attend the upcoming summit.", "summit"),
])
def test_planned_act_still_ahead(real_nlp, text, word):
    assert _statuses(real_nlp, text, word) == ["planned"]


@pytest.mark.parametrize("text, word", [
    ("Harlan and Vos said they would continue their weekly talks with rival negotiators.",
     "talks"),
    ("Okafor confirmed that Ghana would continue firmly supporting the accord.", "supporting"),
])
def test_reported_would_continue_is_ongoing(real_nlp, text, word):
    assert _statuses(real_nlp, text, word) == ["ongoing"]


def test_reported_would_continue_cooperating_is_a_stated_intent(real_nlp):
    text = "The ministry said on Monday it would continue to work with Senator Vance."
    # PLOVER.md AGREE row: "promises, offers, stated intent to cooperate; future or planned cooperation"
    assert [(e.type, e.status) for e in dated_events(real_nlp, text, PUB)
            if "work with" in e.trigger.text] == [("AGREE", "occurred")]


@pytest.mark.parametrize("text, word, expected", [
    # a reported "would" with no continuing stays a plan; a condition keeps it a case
    ("Harlan said they would begin weekly talks with rival negotiators.", "talks", "planned"),
    ("He said Russia would continue the talks if Iran agreed.", "talks", "hypothetical"),
])
def test_reported_would_controls(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # what a progressive performing verb carries out runs; an act its object looks into does not
    ("Police are carrying out an investigation into the blast.", "investigation", "ongoing"),
    ("Police are carrying out an investigation into the blast.", "blast", "occurred"),
    ("Russia has been carrying out an air campaign in Syria at a request from Damascus.",
     "request", "occurred"),
    ("The army has been carrying out an offensive.", "offensive", "ongoing"),
    ("The navy is staging an exercise near the strait.", "exercise", "ongoing"),
    ("The navy staged an exercise near the strait.", "exercise", "occurred"),
])
def test_performed_object_runs(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # a bare present beside a present main clause goes on
    ("The Taliban are advancing across the country as foreign troops withdraw.", "withdraw",
     "ongoing"),
    ("The scheme looks shaky as Chile and Peru refuse to drop their opposition to it.",
     "refuse", "ongoing"),
    # not a past main clause, a clause of cause, nor a stance
    ("The Taliban advanced across the country as foreign troops withdrew.", "withdrew",
     "occurred"),
    ("The Taliban are advancing because foreign troops withdraw.", "withdraw", "occurred"),
    ("While China supports the deal, India opposes it.", "supports", "occurred"),
])
def test_present_beside_present_is_ongoing(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # a lasting activity a present clause speaks of goes on
    ("Marlow is a key witness in a state investigation run by the attorney general.",
     "investigation", "ongoing"),
    ("Smith, who is facing an investigation by the audit panel, denied the claims.",
     "investigation", "ongoing"),
    ("An inquiry by the standards board is under way.", "inquiry", "ongoing"),
    # not one dated, placed in the past, setting the clause's time, or told in the past
    ("The 1980-88 war with Iraq is still remembered in Tehran.", "war", "occurred"),
    ("The previous inquiry is often cited by lawyers.", "inquiry", "occurred"),
    ("Chad is still coping with unrest 12 years after the French occupation.",
     "occupation", "occurred"),
    ("The ethics committee opened an investigation last week.", "investigation", "occurred"),
])
def test_lasting_activity_in_present_clause(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]
