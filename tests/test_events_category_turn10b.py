"""Categories and status, turn 10 (round 2): a force that "threatens to overrun" a place is
advancing, what is "compromised" is harmed, an official "fired" is dismissed, and an act planned
against "any" one that meets a description waits on a case (real parses, the full pipeline).
The sentences are written for these tests; each rule has its control."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> list[str]:
    return [e.type for e in dated_events(nlp, text, PUB)]


# -- an armed force closing on a place advances; it makes no threat -----------------------------

@pytest.mark.parametrize("text", [
    "The Taliban threatened to overrun the provincial capital of Kunduz on Sunday.",
    "Rebel fighters are threatening to seize the city of Goma.",
    "Islamist militants threatened to take the town of Palma after days of fighting.",
])
def test_a_force_threatening_to_take_a_place_is_no_threat(real_nlp, text):
    assert "THREATEN" not in _types(real_nlp, text)


@pytest.mark.parametrize("text", [
    "Iran threatened to seize British tankers in the Gulf.",  # a state, and no place
    "China threatened to take Taiwan by force.",  # a state's threat
    "The militants threatened to kill the hostages.",  # no place taken
])
def test_a_spoken_threat_to_seize_stays_a_threat(real_nlp, text):
    assert "THREATEN" in _types(real_nlp, text)


# -- what is compromised is harmed; a party that compromises concedes ---------------------------

@pytest.mark.parametrize("text", [
    "Hackers compromised the security of the Pentagon network.",
    "The minister said national security had been compromised by the leak.",
])
def test_security_compromised_is_no_concession(real_nlp, text):
    assert "CONCEDE" not in _types(real_nlp, text)


def test_a_party_that_will_not_compromise_still_concedes_nothing(real_nlp):
    event = event_with(dated_events(real_nlp, "Iran will not compromise on its territorial integrity.", PUB),
                       "compromise")
    assert (event.type, event.status) == ("CONCEDE", "negated")


# -- an official fired is dismissed; shots fired at a place are force ---------------------------

@pytest.mark.parametrize("text", [
    "Sally Yates, the acting attorney general, was fired by Trump in January.",
    "Trump fired his chief strategist in August.",
    "The following is a list of officials who have been fired by President Donald Trump since January.",
])
def test_an_official_fired_is_no_assault(real_nlp, text):
    assert "ASSAULT" not in _types(real_nlp, text)


@pytest.mark.parametrize("text", [
    "The army fired rockets at the town.",
    "Three protesters who were fired on by soldiers died in hospital.",
])
def test_shots_fired_at_people_or_places_stay_an_assault(real_nlp, text):
    assert "ASSAULT" in _types(real_nlp, text)


# -- an act promised against any one that meets a description is conditional -------------------

def test_an_act_against_any_that_meets_a_description_is_hypothetical(real_nlp):
    events = dated_events(real_nlp, "Israel vowed to shoot down any missiles that threaten its territory.", PUB)
    assert event_with(events, "shoot").status == "hypothetical"
    assert event_with(events, "vowed").status == "occurred"  # the vow itself was made
    # (a definite object leaves the plan a plan)
    events = dated_events(real_nlp, "Israel will attack the convoy that left Damascus.", PUB)
    assert event_with(events, "attack").status == "planned"


def test_an_act_against_any_such_thing_is_hypothetical(real_nlp):
    events = dated_events(real_nlp, "The government will reject any such proposal.", PUB)
    assert event_with(events, "reject").status == "hypothetical"
    events = dated_events(real_nlp, "The government will reject the proposal.", PUB)
    assert event_with(events, "reject").status == "planned"
