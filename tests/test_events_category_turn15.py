"""Categories, turn 15: the arguments of a trigger decide its sense. "Reinforce" deploys only
forces, positions or a border (anything else it strengthens); a party warned to do or not to do
something is asked (REQUEST), while a warning of what the warner would do threatens; missiles
fired at a target attack it, missiles fired into the sea test them; a party hit or targeted with
sanctions is sanctioned, not attacked; words of support offered are no offer; only ties and
relations upgraded back a party. Sentences written for these tests (real parses, the full
pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text", [
    "The ministry reinforced its water management committee last year.",
    "Both governments pledged to reinforce cultural ties.",
    "The new figures reinforce the view that growth is slowing.",
])
def test_reinforcing_a_thing_is_no_deployment(real_nlp, text):
    types = _types(real_nlp, text)
    assert "MOBILIZE" not in types.values(), types


@pytest.mark.parametrize("text", [
    "Poland has reinforced its border with Belarus after a surge of crossings.",
    "The Iraqi army reinforced its positions around the city on Sunday.",
])
def test_reinforcing_forces_or_a_border_is_a_deployment(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("reinforced") == "MOBILIZE", types


@pytest.mark.parametrize("text", [
    "The European Commission warned Hungary to respect the ruling of the court.",
    "Sir Alan Price, the employers' chief, warned Mr Hale not to spend the surplus on tax cuts.",
])
def test_a_party_warned_to_act_is_asked(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("warned") == "REQUEST", types


@pytest.mark.parametrize("text", [
    "Russia warned NATO against deploying more heavy weapons in Ukraine.",
    "Washington warned Tehran of the consequences of any attack on its ships.",
])
def test_a_warning_of_what_the_warner_would_do_stays_a_threat(real_nlp, text):
    types = _types(real_nlp, text)
    assert types.get("warned") == "THREATEN", types


@pytest.mark.parametrize("text, trigger", [
    ("After dark they fired two rockets at a police post near the border.", "fired"),
    ("A destroyer launched eight cruise missiles at an airbase in the north.", "launched"),
])
def test_missiles_fired_at_a_target_attack_it(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "ASSAULT", types


@pytest.mark.parametrize("text, trigger", [
    ("North Korea fired two ballistic missiles into the sea on Tuesday.", "fired"),
    ("Pyongyang launched a missile on Friday, the agency said.", "launched"),
    # a time after "at" and a direction after "toward" name no target
    ("Pyongyang launched a missile over the islands and into the ocean at 6am local time.", "launched"),
    ("Pyongyang fired two missiles toward the islands on Tuesday.", "fired"),
])
def test_missiles_fired_at_nobody_are_a_test(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "MOBILIZE", types


@pytest.mark.parametrize("text, trigger", [
    ("The European Union targeted Iran with sweeping sanctions last year.", "targeted"),
    ("Brussels hit Moscow with an embargo on coal last spring.", "hit"),
])
def test_a_party_hit_with_sanctions_is_not_attacked(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) != "ASSAULT", types


@pytest.mark.parametrize("text, trigger", [
    ("Government warplanes targeted rebel positions with missiles.", "targeted"),
    ("Rebels hit the army base with mortar fire overnight.", "hit"),
])
def test_a_place_hit_with_weapons_is_attacked(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "ASSAULT", types


@pytest.mark.parametrize("text", [
    "The foreign minister offered a brief statement of support for the protesters in Oslo.",
    "The mayor offered words of support to the families of the victims.",
])
def test_words_of_support_offered_promise_nothing(real_nlp, text):
    types = _types(real_nlp, text)
    assert "AGREE" not in types.values(), types


@pytest.mark.parametrize("text, trigger", [
    ("Russia offered Syria military help.", "offered"),
    ("Japan offered assistance to the Philippine government.", "offered"),
    ("If Washington were to offer assurances to Moscow, the talks could resume.", "offer"),
])
def test_help_or_assurances_offered_are_an_offer(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "AGREE", types


@pytest.mark.parametrize("text", [
    "Under the plan, China would help upgrade Laos's ageing rail network.",
    "The agency upgraded Pakistan's credit rating last month.",
    "Talks on new bases may follow if Washington upgraded its naval role in the region.",
])
def test_upgrading_a_thing_backs_no_party(real_nlp, text):
    types = _types(real_nlp, text)
    assert "SUPPORT" not in types.values(), types


@pytest.mark.parametrize("text, trigger", [
    ("Iran and Russia are upgrading their ties to a strategic level.", "upgrading"),
    ("Relations between the two countries should be upgraded to a strategic partnership.",
     "upgraded"),
])
def test_upgraded_ties_are_backing(real_nlp, text, trigger):
    types = _types(real_nlp, text)
    assert types.get(trigger) == "SUPPORT", types
