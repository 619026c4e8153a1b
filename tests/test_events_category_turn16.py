"""Categories, turn 16: a vow of reprisal is a threat (PLOVER THREATEN), not an agreement, also
when the reprisal is what the vowed act takes or does ("vowed to take retaliatory measures against
the United States") or when the vow is that a wrong will not go unpunished or unanswered; a vow to
take measures for a cause, that a letter will be answered, or that nobody will be punished stays
what it was. Sentences written for these tests (real parses, the full pipeline), each rule with
its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text, vow", [
    ("Iran's president condemned the bill and vowed to take retaliatory measures against the "
     "United States.", "vowed"),
    ("Beijing pledged punitive tariffs on Australian wine.", "pledged"),
    ("Pakistan vowed countermeasures against India after the ban.", "vowed"),
    ("Officials in Kabul vowed that the bombing of the school would not go unpunished.", "vowed"),
    ("The army pledged that the raid on its convoy will not remain unanswered.", "pledged"),
])
def test_a_vow_of_reprisal_is_a_threat(real_nlp, text, vow):
    types = _types(real_nlp, text)
    assert types.get(vow) == "THREATEN", types


@pytest.mark.parametrize("text", [
    "The union promised that the letter would not go unanswered.",
    "The minister vowed that no teacher would be punished for joining the strike.",
    "The company promised that the new plant would not go unnoticed by investors.",
    "The minister promised Germany a response to the letter.",
    "Seoul vowed to take measures to support exporters hit by the tariffs.",
])
def test_a_vow_of_no_reprisal_is_no_threat(real_nlp, text):
    types = _types(real_nlp, text)
    assert "THREATEN" not in types.values(), types
