"""Eventness, evnon18: a wall, a post or defences breached are broken through (by force or by
water), no refusal (PLOVER REJECT): "militants breached the outpost", "the flood breached a
levee", "a levee breach", "a data breach". Agreements, ceasefires and orders breached or violated
stay refusals. Sentences written for these tests (real parses, the full pipeline), each rule with
its controls."""

from __future__ import annotations

import pytest

from events_support import listed, triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _rejections(nlp, text: str):
    return [e for e in triggered(nlp, text, "", PUB)[1] if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Two days later the militants breached a border outpost and killed nine guards in Zabul.",
    "Rebel fighters breached the perimeter of the airbase before dawn.",
    "The swollen river breached the old levee on Sunday night.",
    "Water poured into the suburb through a levee breach on Monday.",
    "The bank closed thousands of accounts after a data breach last month.",
])
def test_a_structure_breached_is_no_refusal(real_nlp, text):
    events = _rejections(real_nlp, text)
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Ruritania breached the ceasefire agreement on Monday, officials in Sylvania said.",
    "The army violated the truce by shelling the village.",
    "The senator breached a court order by publishing the names.",
    "Sylvania condemned Ruritania's breach of the ceasefire on Friday.",
])
def test_agreements_breached_stay_refusals(real_nlp, text):
    events = _rejections(real_nlp, text)
    assert events, listed(events)
