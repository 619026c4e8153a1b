"""Backing that backs no party (turn 11, evdev2): a verb of backing whose object is a line of
reasoning, or whose doer or agent is evidence or money, codes no SUPPORT; backing a party, a
policy or a pact still does (model-marked: real parses). Turn 11 (evne9): a doer that is a means, a
store or a trend (resources, potential, reserves, growth) backs no party either. The sentences are
written for these tests."""

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


@pytest.mark.parametrize("text", [
    "The region's vast mineral resources can support a much larger steel industry, the minister said.",
    "Kazakhstan's gas reserves could support three new power plants for decades.",
    "The province's tourism potential can support a second airline, officials said.",
    "Rapid growth in Asia has supported the company's plans for new factories.",
])
def test_backing_by_a_means_a_store_or_a_trend_is_no_support(text):
    assert "SUPPORT" not in _events(text).values()


@pytest.mark.parametrize("text", [
    "The country's resources minister supported the mining bill on Monday.",
    "Russia said it can support Iran in the talks on the reserves.",
    "The growth of the coalition has not stopped Germany, which supported the plan in March.",
])
def test_backing_by_a_party_beside_such_words_stays(text):
    assert "SUPPORT" in _events(text).values()
