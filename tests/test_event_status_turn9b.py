"""Event status, turn 9b: acts that speculation or a rumour only supposes (real parses, sentences
written for these tests)."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2025-03-05"  # a Wednesday


def test_an_act_that_speculation_supposes_is_not_reported_as_done(real_nlp):
    text = "Analysts traded speculation that Turkey had sent troops to the border."
    assert status_of(real_nlp, text, "sent", PUB) == "hypothetical"
    text = "There were rumours of an attack on the embassy in the capital."
    assert status_of(real_nlp, text, "attack", PUB) == "hypothetical"
    # (denied, the claim's act is negated)
    text = "The minister dismissed speculation that Turkey had sent troops to the border."
    assert status_of(real_nlp, text, "sent", PUB) == "negated"
    text = "The ministry denied rumours of an attack on the embassy in the capital."
    assert status_of(real_nlp, text, "attack", PUB) == "negated"
    # (a report of the act itself stays as it is)
    text = "The minister said on Monday that Turkey had sent troops to the border."
    assert status_of(real_nlp, text, "sent", PUB) == "occurred"
