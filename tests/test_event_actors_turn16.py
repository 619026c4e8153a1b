"""Who did what, turn 16: some members of a body of states are those states, not the body ("the
five permanent members of the Security Council signed", "an attack on another U.N. member
state"); the members of the body, all of them, or its members as such stay the body;
model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

PUB = "2024-03-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Ghana": "GHA", "Security Council": "UNSC",
          "U.N.": "UN", "African Union": "AU", "Andean Pact": "CAN", "the Taliban": "TAL", "The Taliban": "TAL",
          "Ortiz": "person:ortiz"}
KINDS = {"UNSC": "organization", "UN": "organization", "AU": "organization", "CAN": "organization",
         "TAL": "armed_group", "person:ortiz": "person"}
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


@pytest.mark.model
def test_whom_an_act_is_done_to_is_not_the_party_of_a_stance_on_it():
    # "welcomed the assassination of X", "condemns the arrest of Y's envoy": X and Y suffer the
    # act; the stance is on its doer, who is named (if at all) by "by"
    _, targets = _parties("The Taliban actually welcomed the assassination of Ortiz.", "welcomed")
    assert "person:ortiz" not in targets
    _, targets = _parties("Chile strongly condemns the arrest of Peru's ambassador to Ghana.", "condemns")
    assert "PER" not in targets
    _, targets = _parties("Chile condemned Ortiz's detention on Monday.", "condemned")
    assert "person:ortiz" not in targets


@pytest.mark.model
def test_the_doer_of_an_act_stays_the_party_of_a_stance_on_it():
    # controls: the doer in a "by" phrase, or the possessor when an "of" phrase names the victim
    _, targets = _parties("Chile condemned the arrest of the reporters by Peru.", "condemned")
    assert "PER" in targets
    _, targets = _parties("Chile condemned Peru's detention of the reporters.", "condemned")
    assert "PER" in targets
