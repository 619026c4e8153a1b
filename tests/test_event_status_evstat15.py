"""Status of an event noun whose own phrase gives its act as there (turn 33, evstat15): a
question, a "no choice but", a purpose or an aim bears on the ending, lifting or reaction, not on
the war, embargo or attack it names; a past relative clause of making tells a measure made. The
sentences are written for these tests, not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Brazil": "BRA", "Novak": "person:novak",
          "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_a_question_about_ending_an_act_leaves_the_act_there():
    assert _status("Can Chile end the war with Peru?", "war") == "ongoing"
    assert _status("Would Chile end the blockade of Peru?", "blockade") == "ongoing"
    assert _status("Will Chile lift the sanctions on Peru?", "sanctions") == "occurred"
    assert _status("Did Chile condemn last year's attack on Peru?", "attack") == "occurred"
    assert _status("Can Novak curb the Chilean sanctions on Peru?", "sanctions") == "occurred"
    assert _status("The deal would nullify the Chilean sanctions on Peru.",
                   "sanctions") == "occurred"
    # (what the question asks stays a case)
    assert _status("Will Chile hold a meeting with Peru?", "meeting") == "hypothetical"
    assert _status("Will Chile impose sanctions on Peru?", "sanctions") == "hypothetical"


def test_a_question_about_the_aim_of_an_act_leaves_the_act_there():
    assert _status("Are Chilean exercises near Peru meant to alarm Brazil?",
                   "exercises") == "occurred"


def test_no_choice_but_to_end_an_act_leaves_the_act_there():
    assert _status("Chile has no choice but to end the war with Peru.", "war") == "ongoing"
    assert _status("Chile has no choice but to lift the sanctions on Peru.",
                   "sanctions") == "occurred"
    # (the act that Chile has no choice but to make is still a case)
    assert _status("Chile has no choice but to sign a new accord with Peru.",
                   "accord") == "hypothetical"


def test_a_purpose_to_lift_a_measure_made_earlier_leaves_the_measure_made():
    assert _status("Kowalski criticized the proposal, drafted in Brazil, to lift the grain ban "
                   "enacted against Peru in 1990.", "ban") == "occurred"


def test_a_past_relative_clause_of_making_tells_the_measure_made():
    assert _status("Chile's travel ban, which was signed in March, should not be applied, the "
                   "judge said.", "ban") == "occurred"
    # (one that will be signed, or was not, is no measure made)
    assert _status("Chile's travel ban, which will be signed in March, would hit Peru hardest.",
                   "ban") != "occurred"


def test_nor_and_neither_deny_the_act_they_join():
    assert _status("Chile has not attacked Peru, nor will it attack Brazil.",
                   "attack") == "negated"
    assert _status("Novak did not praise Chile, nor did he thank Peru.", "thank") == "negated"
    assert _status("I have not thought of resigning, nor am I going to resign.",
                   "resign") == "negated"
    assert _status("Neither Chile nor Peru attacked Brazil.", "attacked") == "negated"
    assert _status("Chile neither condemned nor praised Peru.", "praised") == "negated"
    # (a clause joined by "and" or "or" keeps its own mood)
    assert _status("Chile has not attacked Peru, and it will attack Brazil.",
                   "attack") == "planned"
    assert _status("Chile condemned Peru and praised Brazil.", "praised") == "occurred"


def test_an_act_forgone_in_place_of_another_is_not_done():
    assert _status("Novak left Lima without meeting Kowalski.", "meeting") == "negated"
    assert _status("Chile stopped short of condemning Peru.", "condemning") == "negated"
    assert _status("Chile refrained from criticizing Peru.", "criticizing") == "negated"
    assert _status("Chile chose dialogue instead of attacking Peru.", "attacking") == "negated"
    assert _status("Chile praised Peru rather than criticizing it.", "criticizing") == "negated"
    # (a forgoing only put as a case leaves a case; one denied gives the act back)
    assert _status("Chile would praise Peru rather than criticize it.",
                   "criticize") == "hypothetical"
    assert _status("Chile should settle the quarrel without threatening Peru again.",
                   "threatening") == "hypothetical"
    assert _status("Novak asked that Kowalski refrain from endorsing anyone.",
                   "endorsing") == "hypothetical"
    assert _status("Novak did not leave Lima without meeting Kowalski.", "meeting") == "occurred"
    # (nothing forgone: "with or without", or a party left out of a meeting held)
    assert _status("Chile met Peru without Brazil.", "met") == "occurred"


def test_a_held_meeting_a_party_did_not_attend_stays_negated():
    """The meeting was held, but the party's attending it is denied: its CONSULT is negated."""
    assert _status("Chile did not attend the meeting that was held in Lima on Monday.",
                   "meeting") == "negated"
    assert _status("Chile attended the meeting that was held in Lima on Monday.",
                   "meeting") == "occurred"
