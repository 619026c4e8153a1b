"""Status of acts a proposed instrument would do and of acts that trying performs (turn 35,
evstat17). The sentences are written for these tests, not taken from any corpus, gold file or
audit."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _status(events, trigger):
    (e,) = [e for e in events if e.trigger.text == trigger]
    return e.status


# -- what a bill or a proposal is drawn up to do ---------------------------------------------------

def test_what_an_introduced_bill_would_provide_is_planned():
    events = coded("The Senate chairman introduced a bill on Monday to provide $40 billion in "
                   "emergency aid for the flooded towns.", published=PUB)
    assert _status(events, "provide") == "planned", listed(events)


def test_what_a_discussed_plan_would_ban_is_planned():
    events = coded("Officials discussed a plan to ban imports of Chilean beef.", published=PUB)
    assert _status(events, "ban") == "planned", listed(events)


def test_what_signed_legislation_funds_stays_done():
    events = coded("The governor signed legislation on Friday to fund the state agencies for two "
                   "more weeks.", published=PUB)
    assert _status(events, "fund") == "occurred", listed(events)


def test_the_doers_own_purpose_and_a_cancelled_plan_are_left_alone():
    events = coded("Ruiz cited the new bill on Tuesday to attack the governor's record.",
                   published=PUB)
    assert _status(events, "attack") == "occurred", listed(events)
    events = coded("Fearing his trip might slow the rescue, the governor canceled plans Friday to "
                   "visit flood workers in Tulsa.", published=PUB)
    assert _status(events, "visit") != "planned", listed(events)


# -- a noun's to-infinitive the parse labels a relative clause, and steps yet to be taken ----------

def test_what_a_drive_aims_at_is_not_done():
    events = coded("The Senate hit a snag on Monday in its drive to approve the budget favored by "
                   "the governor.", published=PUB)
    assert _status(events, "approve") == "hypothetical", listed(events)


def test_an_act_of_steps_still_to_be_taken_lies_ahead_and_of_steps_taken_is_done():
    events = coded("Herrera said the party would take several measures to oppose it, among them an "
                   "appeal to the court.", published=PUB)
    assert _status(events, "oppose") == "planned", listed(events)
    events = coded("Lopez took other steps to pressure Chile.", published=PUB)
    assert _status(events, "pressure") == "occurred", listed(events)


def test_the_first_to_recognize_still_recognized():
    events = coded("Peru was the first country to recognize the new government.", published=PUB)
    assert _status(events, "recognize") == "occurred", listed(events)


# -- acts that trying performs ---------------------------------------------------------------------

def test_trying_to_pressure_is_pressing():
    events = coded("The army has been trying to pressure the insurgents to give up the hills they "
                   "hold.", published=PUB)
    assert _status(events, "pressure") == "ongoing", listed(events)


def test_an_attempted_apology_is_made_and_a_push_for_a_truce_too():
    events = coded("Larsen has attempted to apologize for the remarks.", published=PUB)
    assert _status(events, "apologize") == "occurred", listed(events)
    events = coded("Several governors tried to push for a ceasefire.", published=PUB)
    assert _status(events, "push for") == "occurred", listed(events)


def test_a_tried_arrest_is_still_not_made():
    events = coded("Police tried to arrest her cousin.", published=PUB)
    assert _status(events, "arrest") == "hypothetical", listed(events)
