"""Event status, turn 9b: acts that speculation or a rumour only supposes (real parses, sentences
written for these tests)."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with

pytestmark = pytest.mark.model

PUB = "2025-03-05"  # a Wednesday


def _status(nlp, text: str, word: str) -> str:
    return event_with(dated_events(nlp, text, PUB), word).status


def test_an_act_that_speculation_supposes_is_not_reported_as_done(real_nlp):
    text = "Analysts traded speculation that Turkey had sent troops to the border."
    assert _status(real_nlp, text, "sent") == "hypothetical"
    text = "There were rumours of an attack on the embassy in the capital."
    assert _status(real_nlp, text, "attack") == "hypothetical"
    # (denied, the claim's act is negated)
    text = "The minister dismissed speculation that Turkey had sent troops to the border."
    assert _status(real_nlp, text, "sent") == "negated"
    text = "The ministry denied rumours of an attack on the embassy in the capital."
    assert _status(real_nlp, text, "attack") == "negated"
    # (a report of the act itself stays as it is)
    text = "The minister said on Monday that Turkey had sent troops to the border."
    assert _status(real_nlp, text, "sent") == "occurred"
