"""Backing by material means is aid (turn 13, evsup15): a backing verb that names its means ("with
money and weapons", "technologically") is PLOVER AID, not SUPPORT; backing that is the purpose
of a gift already coded as AID is that gift's aim, not a second event. Backing in words stays
SUPPORT. Sentences written for these tests (real parses, the full pipeline), each rule with its
controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _events(nlp, text: str) -> list:
    return dated_events(nlp, text, PUB)


@pytest.mark.parametrize("text", [
    "Qatar, which used to support Egypt with money and weapons, has cut its budget.",
    "Officials said Moscow can support the Syrians technologically in the coming years.",
])
def test_backing_by_material_means_is_aid(real_nlp, text):
    types = {e.trigger.text: e.type for e in _events(real_nlp, text)}
    assert types.get("support") == "AID", types


def test_backing_that_a_gift_serves_is_no_second_event(real_nlp):
    text = ("Norway has contributed nearly 6 million dollars to UNICEF over the past four years "
            "to support displaced children in Sudan, said the Norwegian ambassador.")
    evs = _events(real_nlp, text)
    assert [e.type for e in evs if e.trigger.text == "contributed"] == ["AID"], evs
    assert not [e for e in evs if e.trigger.text == "support"], evs


@pytest.mark.parametrize("text, trigger", [
    ("Canada strongly supports Jordan's sovereignty, the minister said.", "supports"),
    ("France supported the proposal with a statement on Monday.", "supported"),
    ("Brazil backed the resolution with its vote in the assembly.", "backed"),
])
def test_backing_in_words_stays_support(real_nlp, text, trigger):
    types = {e.trigger.text: e.type for e in _events(real_nlp, text)}
    assert types.get(trigger) == "SUPPORT", types


def test_backing_a_visit_serves_stays_support(real_nlp):
    # the purpose of a visit, not of a gift: the visit does not absorb it
    text = "The Egyptian foreign minister travelled to Amman on Monday to support Jordan's peace plan."
    types = {e.trigger.text: e.type for e in _events(real_nlp, text)}
    assert types.get("support") == "SUPPORT", types
