"""Event status: a to-infinitive right after a request noun says what was asked, even where the
parser hangs it on the clause's verb as a purpose ("defied calls to step down"); a phone call's
infinitive stays a purpose. An act one has "no choice but" to do is not yet done, unless the
clause is past. Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER"}


def _status(text: str, trigger: str) -> str:
    events = coded(text, actors=ACTORS, published=PUB)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, listed(events)
    return found[0].status


@pytest.mark.parametrize("text", [
    "The governor also defied calls to step down.",
    "The governor also defied calls from some lawmakers to step down.",
])
def test_an_act_a_call_asks_for_is_not_done(text):
    assert _status(text, "step down") == "hypothetical"


def test_a_phone_call_held_to_discuss_is_a_purpose_not_a_request():
    # control: "held a call ... to discuss": the call was a conversation, its infinitive a purpose
    assert _status("The leaders held a call on Friday to discuss trade with Chile.",
                   "discuss") == "occurred"


def test_a_meeting_held_to_discuss_is_unchanged():
    # control: a non-request object keeps its purpose clause's reading
    assert _status("The senator met the minister last week to discuss the budget.",
                   "met") == "occurred"


# -- "no choice (way, option) but to": a necessity, not an act, unless the clause is past --------

@pytest.mark.parametrize("text, trigger", [
    ("The governor has no way but to reach an agreement with Chile.", "agreement"),
    ("Peru has no choice but to support Chile.", "support"),
])
def test_an_act_one_has_no_choice_but_to_do_is_not_done(text, trigger):
    assert _status(text, trigger) == "hypothetical"


@pytest.mark.parametrize("text", [
    "Peru had no choice but to support Chile.",
    "Peru has had no choice but to support Chile.",
])
def test_an_act_one_had_no_choice_but_to_do_was_done(text):
    assert _status(text, "support") == "occurred"
