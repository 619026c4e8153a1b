"""Eventness, evnon20: a bare talks noun (no article, no possessor) that a party backs names the
course it favours, not talks the sentence reports ("supports talks among the parties", "support
for inter-party dialogue", "should promote dialogue"). Talks named with an article, talks held
and talks welcomed stay events. Sentences written for these tests (real parses, the full
pipeline), with controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _talks(nlp, text: str):
    return [e for e in dated_events(nlp, text, PUB) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "A scholar in Lima has said that Peru supports talks among the Andean parties.",
    "She stressed that Quito's policy is support for inter-party dialogue.",
    "Peru has long backed negotiations between the junta and the rebels without outside meddling.",
    "The bloc should promote dialogue and trust among the coastal states.",
])
def test_talks_backed_as_a_course_are_no_talks(real_nlp, text):
    events = _talks(real_nlp, text)
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Peru supports the talks between Lima and Quito set for next week.",
    "Peru and Chile held talks in Lima on Monday.",
    "Ecuador welcomed talks between Peru and Chile on Tuesday.",
])
def test_talks_held_or_named_stay_events(real_nlp, text):
    events = _talks(real_nlp, text)
    assert events, text
