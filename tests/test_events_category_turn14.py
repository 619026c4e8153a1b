"""Categories, turn 14: one welcomed into a role or a body ("as a new member", "as the new
envoy") is endorsed (SUPPORT), not received as a guest (CONSULT visit); police who raid a place
search it (COERCE), while troops or militants that raid attack (ASSAULT). Sentences written for
these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text", [
    "NATO welcomed Sweden as its newest member.",
    "We wish to welcome Ms. Okafor as the new head of the United Nations mission in Sudan.",
    "The ministers welcomed the participation of the delegations of Chile and Peru as new "
    "observers of the forum.",
])
def test_one_welcomed_into_a_role_is_endorsed_not_a_guest(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("welcomed", types.get("welcome")) == "SUPPORT", types


@pytest.mark.parametrize("text", [
    "President Ruto welcomed his Ugandan counterpart at State House on Tuesday.",
    "President Biden welcomed the Japanese Prime Minister Suga as the first foreign leader.",
    "The Iranian president welcomed his Turkmen counterpart as a guest of honour at the palace.",
])
def test_a_guest_welcomed_is_still_a_visit(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("welcomed") == "CONSULT", types


@pytest.mark.parametrize("text, trigger", [
    ("Finnish police raided a file-sharing site based in Helsinki last week.", "raided"),
    ("Police eventually raided the bar and arrested its owner.", "raided"),
    ("The police spent a month trying to find the club, eventually raiding it and arresting "
     "the singer.", "raiding"),
])
def test_a_police_raid_is_coercion(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "COERCE", types


@pytest.mark.parametrize("text", [
    "American troops raided the prison and killed the guards.",
    "Militants raided a village in northern Nigeria, killing 12 people.",
    "Israeli soldiers raided the town of Jenin overnight.",
])
def test_an_armed_raid_stays_an_assault(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("raided") == "ASSAULT", types
