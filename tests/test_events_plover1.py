"""A state that lets in or back whom or what another party asked to send grants access (RETREAT,
mode access; CAMEO 086, allow international involvement), and "will allow" is promised, so the
PLOVER export codes it AGREE (events.yaml, allow/permit with a state doer and an access object).
A state or its leader that receives inspectors, observers or peacekeepers lets them in the same
way (CAMEO 0861-0862). Controls: what a law, a device or a firm allows, and rhetoric with no
access object, code nothing; a delegation or an envoy received is still a visit.
Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _events(nlp, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {e.trigger.text: (e.type, plover_code(e), e.mode) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Syria will allow the return of the chemical weapons monitors next week, its foreign ministry "
     "said.", "allow", "AGREE"),
    ("Egypt allowed 40 aid convoys into Gaza on Tuesday.", "allowed", "RETREAT"),
    ("Myanmar will permit the entry of UN investigators into Rakhine state, officials said.",
     "permit", "AGREE"),
])
def test_a_state_letting_a_party_in_grants_access(real_nlp, text, trigger, code):
    events = _events(real_nlp, text)
    assert trigger in events, events
    assert events[trigger][0] == "RETREAT" and events[trigger][2] == "access", events
    assert events[trigger][1] == code, events


@pytest.mark.parametrize(("text", "trigger"), [
    ("The new rules allow the return of unsold goods within 30 days.", "allow"),
    ("The app allows access to photos stored on the phone.", "allows"),
    ("Tehran will not allow anyone to threaten the security of its borders.", "allow"),
    ("The airline will permit passengers to carry two bags.", "permit"),
])
def test_what_a_rule_or_a_device_allows_codes_nothing(real_nlp, text, trigger):
    assert trigger not in _events(real_nlp, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mali received a team of UN monitors on Friday.", "received"),
    ("The Georgian president received a mission of EU observers in Tbilisi on Monday.", "received"),
])
def test_receiving_inspectors_or_observers_lets_them_in(real_nlp, text, trigger):
    events = _events(real_nlp, text)
    assert events.get(trigger) == ("RETREAT", "RETREAT", "access"), events


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mali's president received a delegation of French ministers on Friday.", "received"),
    ("The Georgian president received the head of the EU observer mission on Monday.", "received"),
])
def test_a_delegation_received_is_still_a_visit(real_nlp, text, trigger):
    events = _events(real_nlp, text)
    assert trigger not in events or events[trigger][0] == "CONSULT", events
