"""Backing that backs no party (turn 11, evdev2): a verb of backing whose object is a line of
reasoning, or whose doer or agent is evidence or money, codes no SUPPORT; backing a party, a
policy or a pact still does (model-marked: real parses). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _events(text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in coded(text, published=PUB)}


@pytest.mark.parametrize("text", [
    "The senator's aide has supported this theory in several interviews.",
    "The lawyers said the appeals court had backed their argument on two of the three counts.",
    "The judge wrote that the ministry's reasons do not appear to be supported by any evidence.",
    "Bank shares, supported by the government's larger spending budget, rose on Tuesday.",
    "The claims of the company are not supported by the data, the regulator said.",
])
def test_backing_a_claim_or_resting_on_evidence_is_no_support(text):
    assert "SUPPORT" not in _events(text).values()


@pytest.mark.parametrize("text", [
    "The bill is supported by nearly every Republican in the Senate.",
    "Russia supports Iran's membership in the SCO.",
    "Beijing backed Pakistan's claim to the region on Monday.",
    "The candidate was endorsed by President Trump last week.",
    "The senator has supported the sanctions bill since March.",
])
def test_backing_a_party_a_claim_of_a_party_or_a_policy_stays(text):
    assert "SUPPORT" in _events(text).values()
