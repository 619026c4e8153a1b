"""Categories, turn 16: a vow of reprisal is a threat (PLOVER THREATEN), not an agreement, also
when the reprisal is what the vowed act takes or does ("vowed to take retaliatory measures against
the United States") or when the vow is that a wrong will not go unpunished or unanswered; a vow to
take measures for a cause, that a letter will be answered, or that nobody will be punished stays
what it was. Defending oneself, one's soil or a town backs no party (no SUPPORT); defending a
party, other countries, a party's rights or a plan does. Sentences written for these
tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text, vow", [
    ("Chile's leader denounced the tariff law and vowed to take retaliatory measures against "
     "Peru.", "vowed"),
    ("Beijing pledged punitive tariffs on Australian wine.", "pledged"),
    ("Pakistan vowed countermeasures against India after the ban.", "vowed"),
    ("Officials in Kabul vowed that the bombing of the school would not go unpunished.", "vowed"),
    ("The army pledged that the raid on its convoy will not remain unanswered.", "pledged"),
])
def test_a_vow_of_reprisal_is_a_threat(real_nlp, text, vow):
    types = _types(real_nlp, text)
    assert types.get(vow) == "THREATEN", types


@pytest.mark.parametrize("text", [
    "The union promised that the letter would not go unanswered.",
    "The minister vowed that no teacher would be punished for joining the strike.",
    "The company promised that the new plant would not go unnoticed by investors.",
    "The minister promised Germany a response to the letter.",
    "Seoul vowed to take measures to support exporters hit by the tariffs.",
])
def test_a_vow_of_no_reprisal_is_no_threat(real_nlp, text):
    types = _types(real_nlp, text)
    assert "THREATEN" not in types.values(), types


@pytest.mark.parametrize("text", [
    "Washington is bound by law to help Manila defend itself.",
    "The Iraqi army could not defend the city against the insurgents.",
    "Ukraine will defend its territory from any attack, the minister said.",
])
def test_defending_oneself_or_ones_land_backs_no_party(real_nlp, text):
    types = _types(real_nlp, text)
    assert "SUPPORT" not in types.values(), types


@pytest.mark.parametrize("text", [
    "Turkey has always defended the nuclear rights of Iran.",
    "President Lopez defended Gomez last week against the charges.",
    "The minister defended the new regulations, saying they were fair.",
    "Moscow said it had defended these countries against foreign pressure.",
])
def test_defending_a_party_or_its_cause_is_support(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("defended") == "SUPPORT", types
