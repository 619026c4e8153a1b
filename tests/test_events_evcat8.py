"""Categories, turn 28 (evcat8): a text, a name, a complaint or a backing withdrawn is taken back,
and no forces move: no RETREAT; forces withdrawn still retreat. (evcat8's other rule, opposing an
act or a stance as ACCUSE, was reverted: docs/accuracy-events-turn28.md.) Model-marked: real
parses, hand-marked actors. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-03-10"
ACTORS = {"Norway": "NOR", "Peru": "PER", "Chile": "CHL", "Kenya": "KEN"}


# -- a text, a name or a backing withdrawn is taken back: no forces move (no RETREAT) -----------

@pytest.mark.parametrize("text", [
    "Norway withdrew the draft resolution on whaling before the vote.",
    "The nominee from Peru withdrew his name from consideration on Friday.",
    "Chile withdrew its complaint against Kenya at the trade body.",
])
def test_a_text_or_a_name_withdrawn_is_no_retreat(text):
    events = coded(text, actors=ACTORS, published=PUB)
    assert not [e for e in events if e.type == "RETREAT"], listed(events)


@pytest.mark.parametrize("text", [
    "Norway withdrew its troops from the border on Friday.",
    "Kenya withdrew 300 soldiers from Somalia in March.",
])
def test_forces_withdrawn_still_retreat(text):
    events = coded(text, actors=ACTORS, published=PUB)
    assert [e.type for e in events if e.trigger.text == "withdrew"] == ["RETREAT"], listed(events)
