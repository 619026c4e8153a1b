"""Who did what, turn 13: a "he" or "she" opening what a person named only by an office says is
that person, not an earlier one (model-marked: real parses, hand-marked actors, sentences written
for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"HART": "person", "MILLS": "person"}


def test_he_after_a_speaker_named_by_office_is_not_an_earlier_person():
    events = coded("Hart arrived in Vienna on Monday. A Dutch spokesman said he had rejected the offer "
                   "from Canada.", actors={"Hart": "HART", "Dutch": "NLD", "Canada": "CAN"},
                   kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.actors for e in events if "rejected" in e.trigger.text), listed(events)


def test_a_pronoun_before_the_speaker_or_a_named_speaker_decides_as_before():
    # the speaker comes after the pronoun: what an official says about someone else
    events = coded("Hart arrived in Vienna on Monday. He will visit Kabul next week, a Dutch official "
                   "said.", actors={"Hart": "HART", "Dutch": "NLD"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "visit").actors == ("HART",), listed(events)
    # a speaker known by name: his own visit
    events = coded("Hart arrived in Vienna on Monday. Mills said that his visit to Kabul had been useful.",
                   actors={"Hart": "HART", "Mills": "MILLS"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "visit").actors == ("MILLS",), listed(events)
