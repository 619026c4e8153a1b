"""Categories, turn 16 round 2 (evcat23). A gang, a ring or a cell of criminals or militants that
is disbanded, dismantled or busted is broken up by the police or the army (PLOVER COERCE), not
disarmed by its own side (RETREAT); one's own units, a team or a militia disbanded stay RETREAT.
Destroying a country's democracy, institutions or independence is a figure of speech, no act of
force (no COERCE); a country's defences, depots or platforms destroyed stay COERCE. Not agreeing
with a party or a view differs in opinion (no REJECT); not agreeing to terms, on terms or with a
party to do something stays a refusal. Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text, verb", [
    ("Pakistani police have disbanded three drug smuggling gangs in Karachi and confiscated two "
     "tons of heroin.", "disbanded"),
    ("In Kerman province last week, the border guards disbanded a group of bandits, killing one "
     "gunman and seizing four others.", "disbanded"),
    ("Army commandos dismantled a terrorist cell in Mosul on Friday.", "dismantled"),
    ("Turkey dismantled 900 rings and networks involved in the supply of narcotics in 2018.",
     "dismantled"),
    ("A terrorist cell was dismantled by police in Madrid.", "dismantled"),
])
def test_breaking_up_a_gang_is_coercion(real_nlp, text, verb):
    types = _types(real_nlp, text)
    assert types.get(verb) == "COERCE", types


@pytest.mark.parametrize("text", [
    "The rebels disbanded their units after the peace deal.",
    "Iraq disbanded its army in 2003.",
    "The government disbanded the militia last year.",
])
def test_disbanding_ones_forces_stays_a_retreat(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("disbanded") == "RETREAT", types


@pytest.mark.parametrize("text", [
    "It was Britain which destroyed Kenya's young democracy in 1952.",
    "Washington is trying to destroy Iraq's legal institutions with its hasty pullout.",
    "The policy aims to destroy Russian independence.",
])
def test_destroying_a_countrys_order_is_no_coercion(real_nlp, text):
    types = _types(real_nlp, text)
    assert "COERCE" not in types.values(), types


@pytest.mark.parametrize("text", [
    "Russian jets destroyed Syria's air defenses.",
    "Israeli warplanes destroyed Hamas's headquarters in Gaza.",
    "US forces destroyed an Iranian oil platform in the Gulf.",
])
def test_destroying_a_partys_property_stays_coercion(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("destroyed") == "COERCE", types


@pytest.mark.parametrize("text", [
    "Colin Hale said he did not agree with ministers and senior doctors who have criticised the plan.",
    "I do not agree with this view.",
    "I do not usually agree with Mr. Keller, but he is right here.",
])
def test_disagreeing_with_a_party_or_a_view_is_no_refusal(real_nlp, text):
    types = _types(real_nlp, text)
    assert "REJECT" not in types.values(), types


@pytest.mark.parametrize("text", [
    "Iran did not agree with the United States on the terms of the deal.",
    "Tehran did not agree with Moscow to extend the treaty.",
    "Saudi Arabia would not agree to a cut in oil prices.",
])
def test_not_agreeing_to_terms_stays_a_refusal(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("agree") == "REJECT", types


def test_a_home_destroyed_with_lives_stays_coercion(real_nlp):
    text = "The militia destroyed their lives and their homes in the village last year."
    assert "COERCE" in _types(real_nlp, text).values()
