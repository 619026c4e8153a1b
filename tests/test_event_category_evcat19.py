"""Categories, evcat19: posture or force read from what is sent or fired, and force a speaker says
it "would" use. Help sent (relief workers, units marked for relief, units sent to search or
rescue) is aid, not a posture (MOBILIZE); troops and armed units stay a posture. Missiles fired
"into" a part of a town are an attack (ASSAULT); fired over a country or into the sea they stay a
weapons test (MOBILIZE). A leader who says he would destroy a country threatens it (THREATEN);
another's forecast of force, or a measure announced, is left alone. A retreat from a plan or a
pledge, or a civil government's retreat that names no place, is a climb-down (CONCEDE); forces
that retreat, and a government that withdraws from a province, stay a RETREAT. Sentences written
for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import listed, triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _coded(nlp, text: str, word: str):
    return triggered(nlp, text, word, PUB)[0]


@pytest.mark.parametrize("text", [
    "The agency deployed 40 medical teams to shelters across the state.",
    "The coastguard deployed a helicopter and two boat crews to search for the lost divers.",
])
def test_help_sent_is_aid(real_nlp, text):
    events = _coded(real_nlp, text, "deployed")
    assert events and all(e.type == "AID" and e.mode is None for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "The army deployed 3,000 troops to the flooded province.",
    "The government deployed rescue workers and soldiers to the quake zone.",
    "The army deployed tanks and troops to the border.",
])
def test_armed_units_stay_a_posture(real_nlp, text):
    events = _coded(real_nlp, text, "deployed")
    assert events and all(e.type == "MOBILIZE" for e in events), listed(events)


def test_fire_into_part_of_a_town_is_an_attack(real_nlp):
    events = _coded(real_nlp, "Several rockets were fired into eastern parts of the town by "
                    "insurgents on Monday.", "fired")
    assert events and all(e.type == "ASSAULT" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("North Korea fired a missile into the sea area off its coast.", "fired"),
    ("Hokkaido residents hid in shelters after Pyongyang fired a missile over Japan on Tuesday.",
     "fired"),
    ("Residents were told to take cover after the North launched a missile over the country and "
     "into the Pacific Ocean at dawn.", "launched"),
])
def test_launch_over_a_country_or_into_the_sea_stays_a_test(real_nlp, text, word):
    events = _coded(real_nlp, text, word)
    assert events and all(e.type == "MOBILIZE" for e in events), listed(events)


def test_force_the_speaker_would_use_is_a_threat(real_nlp):
    events = _coded(real_nlp, "The president has said he would totally destroy Venezuela in "
                    "defense of the country.", "destroy")
    assert [(e.type, e.status, e.mode) for e in events] == [("THREATEN", "occurred", "violence")], (
        listed(events))


@pytest.mark.parametrize("text, word, category", [
    ("Analysts said the army would attack the rebels.", "attack", "ASSAULT"),
    ("The EU said it would impose sanctions on Belarus.", "impose", "SANCTION"),
    ("The army will destroy the militants' bases, the commander said.", "destroy", "COERCE"),
])
def test_forecasts_and_measures_left_alone(real_nlp, text, word, category):
    events = _coded(real_nlp, text, word)
    assert events and all(e.type == category and e.status == "planned" for e in events), (
        listed(events))


@pytest.mark.parametrize("text, word", [
    ("Senate Democrats retreated from their plan to hold a vote on the budget.", "retreated"),
    ("The ministry pulled back from its pledge to cut taxes.", "pulled back"),
    ("The decision marks one more humiliating retreat by the cabinet.", "retreat"),
])
def test_climbdown_is_a_concession(real_nlp, text, word):
    events = _coded(real_nlp, text, word)
    assert events and all(e.type == "CONCEDE" and e.mode is None for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Afghan government forces retreated from the town on Saturday.", "retreated"),
    ("The army's retreat left the city undefended.", "retreat"),
    ("The government withdrew from the northern province.", "withdrew"),
])
def test_material_retreat_left_alone(real_nlp, text, word):
    events = _coded(real_nlp, text, word)
    assert events and all(e.type == "RETREAT" for e in events), listed(events)
