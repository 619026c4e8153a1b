"""Eventness, turn 16 round 3 (evne24): a fight with a habit, and travellers before "having"
(model-marked: real parses). The sentences are written for these tests, not taken from any
corpus or gold file.

A campaign against a habit is no fight of force, like one against drugs or a disease ("Wales's
fight against binge drinking"); a noun right before "having" + participle is the participle's
subject, also where the parse hangs the participle on the main verb ("Turkey leads with two
million tourists having visited Iran": a population's trips, no visit between parties).
Controls: a fight against rebels, a minister having visited a country, a visit after a comma."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "stem"), [
    ("Experts said harm had been done to Wales's fight against binge drinking.", "ASSAULT", "fight"),
    ("The ministry has stepped up its fight against gambling and drinking.", "ASSAULT", "fight"),
    ("Turkey is in the lead with 2.1 million number of tourists having visited Iran in the "
     "six-month period, followed by Iraq.", "CONSULT", "visit"),
])
def test_a_habit_fought_and_tourists_travelling_are_no_acts(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, category, stem), listed(events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "stem"), [
    ("The army stepped up its fight against the rebels in the northern hills on Monday.",
     "ASSAULT", "fight"),
    ("Ruritania announced the deal with its foreign minister having visited Moscow in May.",
     "CONSULT", "visit"),
    ("Foreign Minister Anna Berg, having visited Moscow last week, flew on to Minsk on Monday.",
     "CONSULT", "visit"),
])
def test_armed_fights_and_envoys_visits_stay_acts(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, category, stem), listed(events)
