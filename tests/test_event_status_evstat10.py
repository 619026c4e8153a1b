"""Event status, turn 29 (evstat10): an event noun that names an act already there keeps its own
status, not the mood of the clause that mentions it.

What a halting noun takes is going on ("in return for a halt to joint naval exercises":
ongoing); what a lifting noun takes, or a halting noun's "of", was made ("the lifting of the
sanctions", "since the end of the war": occurred); the act a past clause is set in took place,
whatever that clause's negation ("were not disclosed during a probe"); so did an act dated in
the past by its own modifier ("may reconsider the 2018 withdrawal"); an act a verb keeps in mind
or keeps to was made ("will never forget the U.S. withdrawal", "to reaffirm the Paris accord");
an offensive or a probe that a verb expands, or talks it continues, is under way ("will expand
its offensive", "should continue talks"); more aid is a new transfer. The clause's own act keeps
the clause's mood ("wants talks", "called for a probe", "will announce his resignation"). Real
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
    # what a halting noun takes is going on
    ("Quito offered talks in return for a halt to joint Peru-Chile naval drills.",
     "drills", "ongoing"),
    ("Pyongyang demanded an end to the joint military drills.", "drills", "ongoing"),
    # what a lifting noun takes was imposed
    ("They called for the lifting of the sanctions on Iran.", "sanctions", "occurred"),
    ("Iran wants the removal of the travel ban.", "ban", "occurred"),
])
def test_halted_or_lifted_act_exists(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # the act a past clause is set in took place, whatever the clause's negation
    ("The backers of the fund were not named during a Dutch probe into its accounts.",
     "probe", "occurred"),
    ("The minister did not speak during the talks in Geneva.", "talks", "occurred"),
    # a clause ahead sets its act ahead
    ("The minister will speak during the talks in Geneva next week.", "talks", "planned"),
])
def test_act_a_clause_is_set_in(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # dated in the past by its own modifier: took place, whatever the clause
    ("Washington may reconsider the 2018 withdrawal from the deal.", "withdrawal", "occurred"),
    ("Iran wants to revive last year's talks with the EU.", "talks", "occurred"),
    # a year ahead of publication puts nothing behind
    ("The 2024 summit will be held in Rome.", "summit", "planned"),
])
def test_act_dated_in_the_past(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # kept in mind or kept to: made
    ("Iran will never forget the US withdrawal from the nuclear deal.", "withdrawal", "occurred"),
    ("The summit is expected to reaffirm the March 3 Lima accord on fishing quotas.",
     "accord", "occurred"),
    # raised: under way
    ("The army will expand its offensive in the north.", "offensive", "ongoing"),
    ("The prosecutor has expanded his probe into the firm.", "probe", "ongoing"),
    # continued, even as advice or a case: under way
    ("Okafor said Ghana and Togo should continue talks on the matter.", "talks", "ongoing"),
    ("Peru would continue the naval cooperation with Chile.", "cooperation", "ongoing"),
])
def test_act_kept_or_raised_exists(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]


@pytest.mark.parametrize("text, word, expected", [
    # the clause's own act keeps the clause's mood
    ("Iran wants talks with the US.", "talks", "hypothetical"),
    ("The minister will announce his resignation on Thursday.", "resignation", "planned"),
    ("The army will hold its drills next week.", "drills", "planned"),
    ("They would welcome a visit by the Pope.", "visit", "hypothetical"),
    ("The two countries should start cooperation in the energy sector.", "cooperation",
     "hypothetical"),
    # more aid is a new transfer (test_event_status_turn13)
    ("Envoys gather on Monday to weigh plans to raise farm aid for poorer regions.",
     "aid", "planned"),
])
def test_clause_own_act_keeps_clause_mood(real_nlp, text, word, expected):
    assert _statuses(real_nlp, text, word) == [expected]
