"""Event status, evstat38: a progressive of leaving an office announces the departure (planned);
a condition made by putting "had", "were" or "should" before the subject supposes its act
(hypothetical). Real parses, the full pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-04"


@pytest.mark.parametrize("text, word", [
    ("The mayor told reporters he was resigning after ten years in office.", "resigning"),
    ("Senator Novak said on Monday she is stepping down as party chair.", "stepping down"),
    ("The senator said on Friday she was stepping down as she faced ethics charges.", "stepping down"),
])
def test_a_progressive_of_leaving_an_office_is_planned(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word, expected", [
    # departures that go on, and progressives of acts that take time, are left as they were
    ("Dozens of officials have been resigning in protest since May.", "resigning", "ongoing"),
    ("As the scandal grew, ministers were resigning one after another.", "resigning", "ongoing"),
    ("The ministry said on Tuesday it was investigating the complaint.", "investigating",
     "ongoing"),
])
def test_other_progressives_keep_their_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    ("Had the army attacked the village, the rebels would have fled.", "attacked"),
    ("The rebels would have fled had the army attacked the village.", "attacked"),
    ("Were Peru to impose sanctions, Chile would retaliate.", "impose"),
    ("Were the rebels to seize the port, the army would strike back.", "seize"),
])
def test_an_inverted_condition_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # a denied supposition presupposes the act
    ("Had Peru not imposed the embargo, trade would have doubled.", "imposed"),
    ("Had it not been for the airstrikes, the town would have fallen.", "airstrikes"),
    # a past perfect that opens no condition
    ("The army had attacked the village before the rebels fled.", "attacked"),
    ("Officials said the army had attacked the village, which would have angered the rebels.",
     "attacked"),
])
def test_a_past_perfect_that_supposes_nothing_stays_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    ("Police set up checkpoints to deter attacks on the market.", "attacks"),
    ("Officials imposed a curfew to head off riots.", "riots"),
    ("The navy escorted the tankers to protect them from attacks.", "attacks"),
    ("Troops were sent to the valley to guard against rebel attacks.", "attacks"),
    ("The army sent troops to help protect the villages from raids by the rebels.", "raids"),
    ("The navy announced plans to shield the tankers from pirate attacks.", "attacks"),
])
def test_an_act_a_purpose_keeps_away_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # a reported warding, acts the text points at, and a measure in force are there
    ("The wall protected the town from the attacks.", "attacks"),
    ("The ministry created a fund to protect exporters from the U.S. sanctions.", "sanctions"),
    ("Peacekeepers were deployed to protect civilians from the attacks of the militia.", "attacks"),
])
def test_acts_and_measures_that_are_there_stay_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    ("The rebels fired rockets at the base to force a withdrawal of troops.", "withdrawal"),
    ("The opposition staged protests to force the resignation of the governor.", "resignation"),
    ("The rebels shelled the town to force a retreat by the army.", "retreat"),
])
def test_an_act_a_causing_verb_would_bring_about_in_an_aim_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("The rebels shelled the town and forced a retreat by the army.", "retreat"),
    ("The rebels managed to force a retreat by the army.", "retreat"),
])
def test_an_act_a_reported_causing_verb_brings_about_stays_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
