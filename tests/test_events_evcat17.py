"""Events, evcat17: inspecting that investigates no one; force used on a firing range on a named
day; "baring" read as a ban (model-marked: real parses). The sentences are written for these tests, not taken from any
corpus or gold file.

A leader who inspects his own troops, a scientist who inspects a sample, an official who inspects
the stalls of a fair or a host who inspects the guests reviews or looks at them: no ACCUSE, mode
investigate (event_inquiry.py, ``inspection_lemmas`` in data/figurative.yaml). Controls: inspectors
of a body whose work is inquiry, an inspection of a site, a cargo or a state, an inspection of a
suspected breach. Jets that bomb a firing range "on Wednesday" practise: MOBILIZE, not ASSAULT
(event_practice.py reads no date as the thing struck)."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2019-03-12"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The biologist Karen Holt inspected a thin slice of liver tissue from the rats.",
    "The mayor personally inspected each dancer before the gala, the former dancer said.",
    "Deputy Minister Omid Rezaei, who walked around the stalls inspecting the carpets, praised "
    "the fair.",
])
def test_inspecting_that_investigates_no_one(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "ACCUSE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "IAEA inspectors inspected the Fordow site on Tuesday.",
    "Greek customs officers inspected the cargo of the Liberian freighter on Monday.",
    "The Swedish police inspected the apartment on Friday.",
    "The UN team inspected the camp over suspected abuse of detainees on Monday.",
])
def test_inspecting_that_investigates_stays(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "ACCUSE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Four Polish fighter jets bombed a firing range on Wednesday after the president asked the "
     "army to show its strength.", "MOBILIZE"),
    ("Polish fighter jets bombed a firing range near Gdansk.", "MOBILIZE"),
    ("Polish fighter jets bombed a rebel base on Wednesday.", "ASSAULT"),
])
def test_force_on_a_practice_ground_with_a_date(real_nlp, text, kind):
    """A date after the ground ("on Wednesday") is nothing struck (event_practice.py)."""
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, kind), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Baring what she called a shameful episode, the governor on Monday released the prison files.",
    "The senator bared the contents of the letters in a speech on Monday.",
])
def test_baring_is_no_ban(real_nlp, text):
    """"Baring", "bared" are forms of "bare", not of "bar" (data/lemma_fixes.yaml)."""
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "SANCTION"), listed(events)


@pytest.mark.model
def test_barring_is_still_a_ban(real_nlp):
    events = dated_events(real_nlp, "The court barred Mr Okafor from leaving Ghana on Monday.", PUB)
    assert of_type(events, "SANCTION"), listed(events)
