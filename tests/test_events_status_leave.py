"""Event status, turn 11 (evdev1): leave or means to act is no act ("MPs were entitled to
complain"), and a "for X to" clause puts a case ("an enticement for her to support the bill");
real parses, the full pipeline; sentences written for these tests, each rule with its control."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


@pytest.mark.parametrize("text, word", [
    ("The minister said lawmakers were entitled to criticize the government over the deal.", "criticize"),
    ("Iranian officials are always welcome to visit Moscow, the ambassador said.", "visit"),
    ("Foreign fighters are trained to carry out attacks on crowded markets.", "attacks"),
])
def test_leave_or_means_to_act_is_no_act(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


def test_an_act_the_party_was_able_to_do_took_place(real_nlp):
    text = "Police were able to arrest the suspect in Kabul last week."
    assert status_of(real_nlp, text, "arrest", PUB) == "occurred"


def test_a_leave_word_that_governs_no_infinitive_changes_nothing(real_nlp):
    text = "The Iranian minister, a welcome guest in Moscow, criticized the sanctions last week."
    assert status_of(real_nlp, text, "criticized", PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    ("The tax credit provides an incentive for the senator to support the bill.", "support"),
    ("China stressed the need for the United States to lift sanctions on Iran.", "lift"),
])
def test_a_for_to_clause_puts_a_case(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("It took three days for the army to capture the town.", "capture"),
    ("It was the first time for a Chinese president to visit Tehran.", "visit"),
])
def test_a_for_to_clause_that_measures_a_done_act_keeps_it(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
