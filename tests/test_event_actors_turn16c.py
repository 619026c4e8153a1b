"""Who did what, turn 16 (round 3): a name the actor dictionary does not know, described by a
common noun with a country before it ("Danish operator Veltra", "Norway's telecom operator
Skarnet") is a business from that country, not its state; a state body or officer so described
keeps its country. Model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed, parties_of

PUB = "2024-03-01"
ACTORS = {"Denmark": "DNK", "Danish": "DNK", "Chile": "CHL", "Chilean": "CHL", "Peru": "PER",
          "Peruvian": "PER", "Norway": "NOR", "Norwegian": "NOR"}


def _parties(text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parties_of(text, word, actors=ACTORS, published=PUB)


@pytest.mark.model
def test_a_described_business_is_not_its_country():
    actors, targets = _parties("Danish carmaker Veltra demanded compensation from the Chilean government.",
                               "demanded")
    assert "DNK" not in actors and "CHL" in targets  # the target stays
    actors, targets = _parties("Danish operator Veltra accused Chile of blocking its licence.", "accused")
    assert "DNK" not in actors and targets == ("CHL",)
    actors, _ = _parties("Norway's telecom operator Skarnet demanded compensation from Peru.", "demanded")
    assert "NOR" not in actors


@pytest.mark.model
def test_the_state_and_its_bodies_keep_their_country():
    # controls: the country itself, and state bodies and officers described before the name
    actors, _ = _parties("Denmark demanded compensation from the Chilean government.", "demanded")
    assert actors == ("DNK",)
    actors, _ = _parties("The Peruvian army commander Ramos threatened to attack the rebels.", "threatened")
    assert "PER" in actors
    actors, _ = _parties("Chile's foreign ministry spokesman Alvarado criticised Peru on Friday.", "criticised")
    assert "CHL" in actors
    actors, _ = _parties("Danish police chief Larsen accused Norway of hiding the suspect.", "accused")
    assert "DNK" in actors
    actors, _ = _parties("Chilean state regulator Subtel accused Peru of dumping.", "accused")
    assert "CHL" in actors
    # a named ship is its flag's: the target stays
    events = coded("The fears grew after the March 3 Norwegian missile attack on the Danish frigate Holmsund "
                   "that killed nine sailors.",
                   actors=ACTORS, published=PUB)
    ev = event_with(events, "attack")
    assert "DNK" in ev.targets, listed(events)
    # a title is no name: "caretaker" describes the minister, whose country stays
    actors, _ = _parties("The Peruvian caretaker Prime Minister and Finance Minister Ana Quispe praised Chile "
                         "on Monday.", "praised")
    assert "PER" in actors
