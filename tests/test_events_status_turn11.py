"""Event status and category, turn 11: a contracted past perfect, force vowed, attempts at an act
named by its result, acts judged necessary, "is to blame", inspections on a visit, forces that
stand where they are stationed, and abductions as seizures (real parses, the full pipeline; sentences
written for these tests, each rule with its control)."""

from __future__ import annotations

import pytest

from events_support import brief, dated_events, event_with

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _events(nlp, text: str):
    return dated_events(nlp, text, PUB)


def _status(nlp, text: str, word: str) -> str:
    return event_with(_events(nlp, text), word).status


# -- "he'd killed" is a past perfect, not "would" --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police said he'd killed five people in the town.",
    "The officials said they'd attacked the convoy before dawn.",
])
def test_a_contracted_had_before_a_participle_reports_a_past_act(real_nlp, text):
    word = "killed" if "killed" in text else "attacked"
    assert _status(real_nlp, text, word) == "occurred"


def test_a_contracted_would_stays_unreal(real_nlp):
    assert _status(real_nlp, "He said he'd attack the town if the talks failed.", "attack") == "hypothetical"


# -- the vow was made; the force it vows may never be used ---------------------------------------

def test_force_vowed_is_hypothetical_and_the_vow_occurred(real_nlp):
    events = _events(real_nlp, "Iran vowed to shoot down the American drones.")
    assert event_with(events, "shoot down").status == "hypothetical", brief(events)
    assert event_with(events, "vowed").status == "occurred", brief(events)
    events = _events(real_nlp, "North Korea threatened to fire missiles at Guam.")
    assert event_with(events, "fire").status == "hypothetical", brief(events)
    assert event_with(events, "threatened").status == "occurred", brief(events)


def test_a_vowed_act_that_is_no_force_stays_planned(real_nlp):
    assert _status(real_nlp, "Bannon has pledged to back candidates in Senate primaries next year.", "back") == "planned"


# -- an attempted attack is the attack (PLOVER; data/mood.yaml attempted_acts) -----------------

@pytest.mark.parametrize("text, word", [
    ("Gunmen tried to storm the base but were repelled.", "storm"),
    ("He tried to kill the president with a knife.", "kill"),
    # PLOVER codes an attempted assassination as the assault
    ("He was accused of trying to assassinate the governor.", "assassinate"),
])
def test_an_attempted_assault_is_still_an_assault(real_nlp, text, word):
    assert _status(real_nlp, text, word) == "occurred"


# -- "it is important for X to agree": advice, not an act ----------------------------------------

@pytest.mark.parametrize("text, word", [
    ("It is important for all Afghans to agree on a new government.", "agree"),
    ("It is necessary that the inter-Syrian dialogue replace the war.", "dialogue"),
    ("It is time for the United States to withdraw its troops.", "withdraw"),
    ("It was necessary for Iran to negotiate with the West.", "negotiate"),
])
def test_an_act_judged_necessary_is_hypothetical(real_nlp, text, word):
    assert _status(real_nlp, text, word) == "hypothetical"


def test_an_act_reported_beside_a_judgement_keeps_its_status(real_nlp):
    text = "Iran negotiated with the West, and it is important to note that."
    assert _status(real_nlp, text, "negotiated") == "occurred"
    # what it is important to say or note is reported, not judged
    text = "It is important to mention that at least 60 people were killed in Kabul last Tuesday."
    assert _status(real_nlp, text, "killed") == "occurred"
    text = ("It is important to mention here that last Tuesday at least 60 people were killed when a "
            "large congregation of Afghan clerics came under attack in Kabul.")
    assert _status(real_nlp, text, "killed") == "occurred"


# -- "is to blame" accuses nobody -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia is to blame for the crisis, he said.",
    "Both sides were to blame for the violence in the city.",
])
def test_being_to_blame_is_no_accusation(real_nlp, text):
    assert "ACCUSE" not in [e.type for e in _events(real_nlp, text)]


def test_blaming_a_party_is_an_accusation(real_nlp):
    events = _events(real_nlp, "The United States blamed Russia for the crisis.")
    assert event_with(events, "blamed").type == "ACCUSE", brief(events)
    events = _events(real_nlp, "He said it was not fair to blame Russia for the crisis.")
    assert event_with(events, "blame").type == "ACCUSE", brief(events)


# -- a leader inspecting forces or works visits them; inspectors investigate ----------------------

@pytest.mark.parametrize("text", [
    "Kim Jong Un inspected the forces at the front line.",
    "Kim inspected the artillery units on Sunday.",
    "The ambassador will inspect the consulate in San Francisco on a visit.",
])
def test_an_inspection_of_forces_or_works_is_no_investigation(real_nlp, text):
    assert "ACCUSE" not in [e.type for e in _events(real_nlp, text)]


def test_inspectors_inspecting_a_site_investigate(real_nlp):
    events = _events(real_nlp, "IAEA inspectors inspected the Fordow site last week.")
    found = event_with(events, "inspected")
    assert (found.type, found.mode) == ("ACCUSE", "investigate"), brief(events)


# -- forces that stand where they are stationed are posture, not a move ---------------------------

@pytest.mark.parametrize("text", [
    "The United States has 2,500 troops stationed in Afghanistan.",
    "About 30,000 American troops are stationed in South Korea.",
])
def test_a_standing_deployment_is_no_mobilization(real_nlp, text):
    assert "MOBILIZE" not in [e.type for e in _events(real_nlp, text)]


def test_forces_stationed_by_a_state_are_a_mobilization(real_nlp):
    events = _events(real_nlp, "Russia stationed troops in Belarus last month.")
    assert event_with(events, "stationed").type == "MOBILIZE", brief(events)
    events = _events(real_nlp, "Russia will respond if American missiles are stationed in Poland.")
    assert event_with(events, "stationed").type == "MOBILIZE", brief(events)


# -- abductions seize persons (COERCE, seize); arrests are COERCE, arrest ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Gunmen abducted 20 students from a school in Kaduna.", "abducted"),
    ("Boko Haram kidnapped 276 schoolgirls in Chibok.", "kidnapped"),
    ("Pirates took the crew hostage.", "hostage"),
])
def test_an_abduction_is_a_seizure_not_an_arrest(real_nlp, text, word):
    found = event_with(_events(real_nlp, text), word)
    assert (found.type, found.mode) == ("COERCE", "seize")


def test_an_arrest_stays_coercion(real_nlp):
    found = event_with(_events(real_nlp, "Police arrested 20 protesters in Lagos."), "arrested")
    assert (found.type, found.mode) == ("COERCE", "arrest")


def test_a_count_of_times_judges_nothing(real_nlp):
    text = "It was the second time that Iranian and Afghan officials met on the issue."
    assert _status(real_nlp, text, "met") == "occurred"


# -- an act "ahead of" an event: the event is still to come ---------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The foreign minister spoke to reporters ahead of his visit to Beijing.", "visit"),
    ("Trust between the two powers had deteriorated ahead of his meeting with the secretary of state.", "meeting"),
    ("Russia moved more troops to the border in advance of the talks with Ukraine.", "talks"),
])
def test_an_event_that_a_clause_comes_ahead_of_is_planned(real_nlp, text, word):
    assert _status(real_nlp, text, word) == "planned"


@pytest.mark.parametrize("text, word", [
    ("The foreign minister spoke to reporters after his visit to Beijing.", "visit"),
    ("The foreign minister spoke to reporters ahead of last week's visit to Beijing.", "visit"),
])
def test_an_event_the_clause_follows_or_dated_past_keeps_its_status(real_nlp, text, word):
    assert _status(real_nlp, text, word) == "occurred"


# -- talks a party arranges are set up, not yet held ----------------------------------------------

def test_talks_a_party_arranges_are_planned_and_talks_it_held_occurred(real_nlp):
    assert _status(real_nlp, "Qatar has arranged direct talks between the two rebel groups.", "talks") == "planned"
    assert _status(real_nlp, "Qatar has held direct talks with the two rebel groups.", "talks") == "occurred"
