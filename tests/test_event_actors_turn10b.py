"""Who did what to whom, turn 10 (round 2): a speaker's own quote never calls him "he", and a
person's own country is not whom he meets (model-marked: real parses, hand-marked actors,
sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"MILLS": "person", "HART": "person"}


def test_a_he_in_the_speakers_own_quote_is_someone_else():
    quote = "Could he ban all visitors from Canada until the inquiry ends?"
    events = coded(f"Hart spoke on Monday. \u201c{quote}\u201d Hart asked.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE,
                   quotes={quote: "HART"}, published=PUB)
    assert all("HART" not in e.actors for e in events), listed(events)
    # outside a quote the last person named still stands for "he"
    events = coded("Hart spoke on Monday. He banned all visitors from Canada.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "banned").actors == ("HART",), listed(events)


def test_an_envoy_does_not_meet_his_own_country():
    # "the foreign minister has met with the Iranian envoys to Iraq and Russia": his own staff,
    # not a meeting with his country
    events = coded("Hart, the foreign minister, met the Canadian envoys to Mexico on Monday.",
                   actors={"Hart": "HART", "Canadian": "CAN", "Mexico": "MEX"},
                   kinds=PEOPLE, countries={"HART": "CAN"}, published=PUB)
    assert "CAN" not in event_with(events, "met").targets, listed(events)
    # a hostile act at home still has its target
    events = coded("Hart attacked Canada on Monday.", actors={"Hart": "HART", "Canada": "CAN"},
                   kinds=PEOPLE, countries={"HART": "CAN"}, published=PUB)
    assert event_with(events, "attacked").targets == ("CAN",), listed(events)
