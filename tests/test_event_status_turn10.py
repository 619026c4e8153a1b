"""Event status, turn 10: an act promised on a proviso ("provided that ...") is conditional
(real parses, sentences written for these tests)."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2025-03-05"  # a Wednesday


def test_an_act_on_a_proviso_is_hypothetical_like_one_on_a_condition(real_nlp):
    text = "Canada said it would accept the peace plan, provided Mexico keeps its army at home."
    assert status_of(real_nlp, text, "accept", PUB) == "hypothetical"
    text = "The spokesman said that Canada would support the outcome of the talks, provided that they lead to peace."
    assert status_of(real_nlp, text, "support", PUB) == "hypothetical"
    # (without one, a reported "would" is the speaker's plan; what was provided is no proviso)
    text = "Canada said it would accept the peace plan."
    assert status_of(real_nlp, text, "accept", PUB) == "planned"
    text = "Canada said it would send the aid provided by Mexico to Haiti."
    assert status_of(real_nlp, text, "send", PUB) == "planned"


def test_a_negated_would_have_or_should_have_says_the_act_took_place(real_nlp):
    text = "Had the generals known the history of the region, they wouldn't have invaded the country."
    assert status_of(real_nlp, text, "invaded", PUB) == "occurred"
    text = "The minister said Canada should not have attacked the border post."
    assert status_of(real_nlp, text, "attacked", PUB) == "occurred"
    # (not negated, it is a case put; a plain negation stays negated)
    text = "The judges said they would have rejected the request from Canada."
    assert status_of(real_nlp, text, "rejected", PUB) == "hypothetical"
    text = "Canada did not invade the country."
    assert status_of(real_nlp, text, "invade", PUB) == "negated"
