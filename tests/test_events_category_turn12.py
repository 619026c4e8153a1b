"""Categories, turn 12: leaving a treaty is a SANCTION (PLOVER: cutting an existing relation),
also when the treaty is named by its full title with its short name in brackets, or is the noun a
"which" clause describes; RETREAT stays for forces and places, and a noun's content clause
("in the event that ...") is no relative clause. Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> list[str]:
    return [e.type for e in dated_events(nlp, text, PUB)]


@pytest.mark.parametrize("text", [
    "Canada's withdrawal from the Joint Comprehensive Plan of Action (JCPOA) angered Brazil.",
    "Chile pointed to the Open Skies Treaty, which Peru unilaterally withdrew from last year.",
])
def test_leaving_a_named_treaty_is_a_sanction(real_nlp, text):
    types = _types(real_nlp, text)
    assert "SANCTION" in types and "RETREAT" not in types, types


@pytest.mark.parametrize("text", [
    "Canada's withdrawal from Mali angered France.",
    "The town, which the army withdrew from in May, was shelled.",
])
def test_leaving_a_place_stays_a_retreat(real_nlp, text):
    types = _types(real_nlp, text)
    assert "RETREAT" in types and "SANCTION" not in types, types


def test_a_content_clause_after_event_is_no_refusal_of_the_event(real_nlp):
    types = _types(real_nlp, "The treaty will stand even in the unlikely event that Canada "
                              "withdraws from it.")
    assert "REJECT" not in types, types
