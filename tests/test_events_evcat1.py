"""Categories, turn 21 (evcat1): raids by the police search, nuclear devices set off at nobody are
tests, missile launches that strike are attacks, vows to carry on attacks threaten and vows of
restraint do not (model-marked: real parses, hand-marked actors). The sentences are written for
these tests; each rule has its control."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-03-10"


def _types(events, word):
    return [e.type for e in events if e.trigger.text == word]


# -- a raid by police or investigators is a search (COERCE); troops that raid attack -----------

def test_agents_of_an_investigating_bureau_who_raid_search():
    events = coded("Agents of the Federal Bureau of Investigation raided three offices in Denver on Monday.",
                   actors={"Federal Bureau of Investigation": "FBI"}, kinds={"FBI": "organization"},
                   sectors={"FBI": "COP"}, published=PUB)
    assert _types(events, "raided") == ["COERCE"], listed(events)


def test_troops_who_raid_a_prison_attack_it():
    events = coded("Agents of the army raided a prison near Kandahar and killed four guards.",
                   actors={"army": "AFG-MIL"}, kinds={"AFG-MIL": "military_unit"},
                   sectors={"AFG-MIL": "MIL"}, published=PUB)
    assert _types(events, "raided") == ["ASSAULT"], listed(events)


# -- a nuclear device set off at nobody is a weapons test (MOBILIZE) ----------------------------

@pytest.mark.parametrize("text", [
    "Pyongyang detonated a nuclear device under a mountain in the north.",
    "Pakistan exploded an atomic bomb in the desert of Balochistan.",
])
def test_a_nuclear_device_set_off_at_nobody_is_a_test(text):
    events = coded(text, actors={"Pyongyang": "PRK", "Pakistan": "PAK"}, published=PUB)
    assert [e.type for e in events if e.trigger.text in ("detonated", "exploded")] == ["MOBILIZE"], listed(events)


def test_a_car_bomb_set_off_is_still_an_attack():
    events = coded("The militants detonated a car bomb outside the ministry in Kabul.",
                   actors={"The militants": "armed:x"}, kinds={"armed:x": "armed_group"}, published=PUB)
    assert _types(events, "detonated") == ["ASSAULT"], listed(events)


# -- a missile launch that goes on to strike is an attack ---------------------------------------

def test_missiles_launched_that_pound_targets_attack():
    events = coded("Four Iranian frigates launched 30 cruise missiles from the Gulf, pounding bases in Yemen.",
                   actors={"Iranian": "IRN", "Yemen": "YEM"}, published=PUB)
    assert _types(events, "launched") == ["ASSAULT"], listed(events)


def test_a_missile_launched_over_a_country_into_the_sea_is_a_test():
    events = coded("North Korea launched a ballistic missile over Japan into the Pacific.",
                   actors={"North Korea": "PRK", "Japan": "JPN"}, published=PUB)
    assert _types(events, "launched") == ["MOBILIZE"], listed(events)


# -- vows to carry on attacks threaten; vows of restraint or cooperation do not -----------------

def test_a_vow_to_continue_attacks_is_a_threat():
    events = coded("Sending a warning to the French forces, the rebels vowed to continue attacks until the last soldier leaves.",
                   actors={"the rebels": "armed:r", "French forces": "FRA-MIL"},
                   kinds={"armed:r": "armed_group", "FRA-MIL": "military_unit"}, published=PUB)
    # the vow may join the warning it is said with: a threat either way, never an agreement
    assert "AGREE" not in [e.type for e in events], listed(events)
    assert any(e.type == "THREATEN" and e.trigger.text in ("vowed", "warning") for e in events), listed(events)


def test_a_vow_to_investigate_an_attack_is_no_threat():
    events = coded("The governor vowed to investigate the attack on the market in Lagos.",
                   actors={"The governor": "person:g"}, kinds={"person:g": "person"}, published=PUB)
    assert "THREATEN" not in _types(events, "vowed"), listed(events)


def test_a_vow_never_to_attack_again_is_no_threat():
    events = coded("The rebels pledged never to attack the army again.",
                   actors={"The rebels": "armed:r", "the army": "MIL"},
                   kinds={"armed:r": "armed_group", "MIL": "military_unit"}, published=PUB)
    assert _types(events, "pledged") == ["AGREE"], listed(events)


def test_a_vow_to_attack_the_army_is_a_threat():
    events = coded("The rebels pledged to attack the army again.",
                   actors={"The rebels": "armed:r", "the army": "MIL"},
                   kinds={"armed:r": "armed_group", "MIL": "military_unit"}, published=PUB)
    assert "AGREE" not in _types(events, "pledged"), listed(events)


def test_a_vow_with_its_infinitive_parsed_apart_is_still_read():
    events = coded("The militia vowed on Sunday to continue its attacks until the troops leave the valley.",
                   actors={"The militia": "armed:m"}, kinds={"armed:m": "armed_group"}, published=PUB)
    assert _types(events, "vowed") == ["THREATEN"], listed(events)


def test_a_vow_to_cooperate_stays_an_agreement():
    events = coded("Islamabad vowed to cooperate with Kabul on border security.",
                   actors={"Islamabad": "PAK", "Kabul": "AFG"}, published=PUB)
    assert _types(events, "vowed") == ["AGREE"], listed(events)
