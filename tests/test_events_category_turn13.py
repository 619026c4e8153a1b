"""Categories, turn 13: stopping a protest or barring a candidate or a party restricts political
freedoms, COERCE (CAMEO 1721, 1722), not a SANCTION; a ban on goods stays a SANCTION and
preventing an attack or a market rally is no repression. Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text, trigger", [
    ("Riot police in Harare prevented a march by teachers on Tuesday.", "prevented"),
    ("Police banned all demonstrations near parliament.", "banned"),
    ("The military council outlawed the largest opposition party in March.", "outlawed"),
    ("Election officials barred two opposition candidates from standing in the vote.", "barred"),
])
def test_stopping_a_protest_or_barring_a_party_is_coercion(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "COERCE", types


def test_a_ban_on_goods_stays_a_sanction(real_nlp):
    types = _types(real_nlp, "Kenya banned imports of maize from Tanzania.")
    assert types.get("banned") == "SANCTION", types


@pytest.mark.parametrize("text", [
    "The army prevented an attack on the base.",
    "Analysts said the decision prevented a rally in bank shares.",
])
def test_preventing_other_things_is_no_coercion(real_nlp, text):
    types = _types(real_nlp, text)
    assert "COERCE" not in types.values(), types


@pytest.mark.parametrize("text, category", [
    ("The first contingent of Kenyan peacekeeping troops arrived in Juba on Friday.", "AID"),
    ("Three hundred Italian soldiers arrived in Niamey on Monday.", "MOBILIZE"),
    ("A Rwandan battalion arrived in Bangui last week.", "MOBILIZE"),
])
def test_armed_forces_that_arrive_are_deployed_not_visiting(real_nlp, text, category):
    types = _types(real_nlp, text)
    assert types.get("arrived in") == category, types


@pytest.mark.parametrize("text", [
    "A delegation of Egyptian officials arrived in Khartoum on Monday.",
    "The commander of the peacekeeping mission arrived in Juba on Friday.",
    "Italy's defence minister arrived in Niamey on Monday.",
])
def test_officials_who_arrive_still_visit(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("arrived in") == "CONSULT", types
