"""Who did what, turn 16: some members of a body of states are those states, not the body ("the
five permanent members of the Security Council signed", "an attack on another U.N. member
state"); the members of the body, all of them, or its members as such stay the body;
model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

PUB = "2024-03-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Ghana": "GHA", "Security Council": "UNSC",
          "U.N.": "UN", "African Union": "AU", "Andean Pact": "CAN", "the Taliban": "TAL"}
KINDS = {"UNSC": "organization", "UN": "organization", "AU": "organization", "CAN": "organization",
         "TAL": "armed_group"}
SECTORS = {"UNSC": "IGO", "UN": "IGO", "AU": "IGO", "CAN": "IGO"}


def _events(text: str):
    return coded(text, actors=ACTORS, kinds=KINDS, sectors=SECTORS, published=PUB)


def _parties(text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    events = _events(text)
    ev = event_with(events, word)
    assert ev is not None, listed(events)
    return ev.actors, ev.targets


@pytest.mark.model
def test_some_members_of_a_body_of_states_are_not_the_body():
    actors, _ = _parties("Chile, Norway and the five permanent members of the Security Council signed "
                         "the accord in May 2019.", "signed")
    assert "UNSC" not in actors and {"CHL", "NOR"} <= set(actors)
    actors, targets = _parties("Peru wants Chile to answer for its attack on another U.N. member state.",
                               "attack")
    assert "UN" not in actors + targets
    actors, _ = _parties("Two members of the African Union rejected the plan on Friday.", "rejected")
    assert "AU" not in actors


@pytest.mark.model
def test_the_members_of_a_body_as_a_whole_stay_the_body():
    # controls: the members as such, all of them, or a body's member states without a count are
    # the body; a member of an armed group is not counted out of it
    assert _parties("Members of the Security Council refused to renew the sanctions.", "refused")[0] == ("UNSC",)
    assert "AU" in _parties("All African Union members rejected the plan on Friday.", "rejected")[0]
    assert "AU" in _parties("The charter was signed by all 30 African Union members in Accra.", "signed")[0]
    assert "CAN" in _parties("The Andean Pact members demanded the repayment of the loans.", "demanded")[0]
    assert "TAL" in _parties("Two members of the Taliban attacked a checkpoint in Ghazni.", "attacked")[0]
