"""Eventness, turn 14 (model-marked: real parses). The sentences are written for these tests, not
taken from any corpus or gold file.

A figure that hits a level, or a market goal that is targeted, is no attack; a view that is backed
is an opinion shared, not a party supported."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


# -- a figure that hits a level, a market goal targeted: no attack ---------------------------------

@pytest.mark.parametrize("text", [
    "Chile's trade surplus with Brazil hit a record 9.4 billion Brazilian reals in 2019.",
    "Peru's efforts to slow its economy have also hit Bolivian firms' exports abroad.",
    "Georgia, a close partner of the EU, is now targeting NATO membership.",
])
def test_a_figure_hit_or_a_goal_targeted_is_no_assault(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "ASSAULT", "hit", "target"), listed(events)


@pytest.mark.parametrize("text", [
    "Rebel drones hit a military base near Aden on Tuesday, killing four soldiers.",
    "Turkish warplanes targeted Kurdish fighters in northern Iraq on Sunday.",
    "Militants hit a police convoy in Kandahar province, officials said.",
])
def test_armed_parties_hitting_targets_stay_assaults(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "ASSAULT", "hit", "target"), listed(events)


# -- a view that is backed is an opinion shared ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Halvorsen backed that view on Monday, saying the candidate was not eligible to stand.",
    "The finance minister supported the opinion of the central bank's economists.",
])
def test_backing_a_view_is_no_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "SUPPORT", "back", "support"), listed(events)


@pytest.mark.parametrize("text", [
    "Mr Halvorsen backed the candidate on Monday, saying she was the right choice for the party.",
    "Portugal supported the Greek proposal at the summit in Brussels.",
])
def test_backing_a_party_or_a_proposal_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "SUPPORT", "back", "support"), listed(events)
