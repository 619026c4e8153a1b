"""Who did what, turn 16 (round 2): a "who" clause that the parse hangs on a state named by a
preposition ("Ghana's envoy for Togo, who has visited Lome") is about the person the preposition
describes, not the state; model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import parties_of

PUB = "2024-03-01"
ACTORS = {"Ghana": "GHA", "Ghanaian": "GHA", "Togo": "TGO", "Benin": "BEN", "Lome": "TGO",
          "Chile": "CHL", "Peru": "PER", "Ortiz": "person:ortiz", "Kofi Mensah": "person:kofi-mensah"}
KINDS = {"person:ortiz": "person", "person:kofi-mensah": "person"}


def _parties(text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parties_of(text, word, actors=ACTORS, kinds=KINDS, published=PUB)


@pytest.mark.model
def test_who_after_a_state_named_by_a_preposition_is_the_person():
    actors, _ = _parties("Ghana's special envoy for Togo, who has made several visits to Togo and Benin, "
                         "held talks with the foreign minister on May 3.", "visits")
    assert "TGO" not in actors and "GHA" in actors
    actors, _ = _parties("The Ghanaian president's special representative for Togo, who travelled to Benin "
                         "on Friday, published a report.", "travelled")
    assert "TGO" not in actors
    # the role set off after a name is that person, not the role's owner
    actors, _ = _parties("Kofi Mensah, the Ghanaian president's envoy for Togo, who arrived in Benin on "
                         "Monday, met the foreign minister.", "arrived")
    assert actors == ("person:kofi-mensah",)


@pytest.mark.model
def test_which_after_a_state_and_who_after_a_person_keep_their_noun():
    actors, _ = _parties("The envoy met officials from Chile, which accused Peru of spying on Friday.",
                         "accused")
    assert actors == ("CHL",)
    actors, _ = _parties("Peru's foreign minister met Ortiz, who criticised Chile on Friday.", "criticised")
    assert actors == ("person:ortiz",)
