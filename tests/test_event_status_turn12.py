"""Event status, turn 12: a future relative clause that says when or where an act is held puts it
ahead (real parses, the full pipeline; sentences written for these tests, each rule with its
controls)."""

from __future__ import annotations

import pytest

from events_support import brief, dated_events, event_with, status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


@pytest.mark.parametrize("text, word", [
    ("Peru has chosen Cusco as the venue of the regional summit, which will be held on May 4.",
     "summit"),
    ("Chile said it had agreed to a round of talks with Peru, which will take place in Lima next "
     "week.", "talks"),
])
def test_an_act_a_future_relative_clause_holds_is_planned(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    # past: it took place
    ("The ministers praised the regional summit, which was held in Cusco last week.", "summit"),
    # the clause says how long the act lasts, not that it is ahead
    ("Analysts expect the offensive, which will last for weeks, to drain the army's reserves.",
     "offensive"),
])
def test_a_past_or_lasting_relative_clause_does_not_plan_the_act(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) != "planned"


def test_an_act_that_will_not_be_held_is_not_planned(real_nlp):
    text = "Officials confirmed the regional summit, which will not be held this year, was cancelled."
    assert status_of(real_nlp, text, "summit", PUB) != "planned"


def test_a_place_that_will_be_opened_is_no_event(real_nlp):
    events = dated_events(real_nlp, "The mayor toured the new stadium, which will be opened in May.",
                          PUB)
    assert not [e for e in events if "stadium" in e.trigger.text], brief(events)


# -- "anticipated to" and "slated to" plan the act, as "expected to" does ------------------------

@pytest.mark.parametrize("text, word", [
    ("The Chilean president is anticipated to discuss trade during his trip to Lima.", "discuss"),
    ("The Chilean president is slated to visit Lima next month.", "visit"),
])
def test_an_act_anticipated_or_slated_is_planned(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word, status", [
    # another party's act that one anticipates is hoped or feared, not planned
    ("Officials anticipate that the Chilean minister will resign.", "resign", "hypothetical"),
    ("The army anticipated an attack on the border post.", "attack", "hypothetical"),
    # what was done is not made a plan by a later word of expectation
    ("The Chilean president met the Peruvian president in Lima, as analysts had anticipated.",
     "met", "occurred"),
])
def test_anticipating_another_partys_act_does_not_plan_it(real_nlp, text, word, status):
    assert status_of(real_nlp, text, word, PUB) == status


# -- a gathering that a future clause takes part in is ahead --------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The border dispute will also figure in the talks between Chile and Peru.", "talks"),
    ("Chile will take part in the summit in Lima next week.", "summit"),
])
def test_a_gathering_a_future_clause_takes_part_in_is_planned(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word, status", [
    # past: the gathering took place
    ("Chile took part in the talks between Peru and Bolivia.", "talks", "occurred"),
    # a war that one will fight in is already under way, not ahead
    ("Chilean volunteers will take part in the war against the rebels.", "war", None),
])
def test_a_past_gathering_or_a_war_is_not_made_planned(real_nlp, text, word, status):
    got = status_of(real_nlp, text, word, PUB)
    assert got == status if status else got != "planned"


# -- a bare present dated by a day of the week is a timetable -------------------------------------

@pytest.mark.parametrize("published", ["2021-08-01", "2021-08-02", "2021-08-05"])
def test_a_bare_present_with_a_day_of_the_week_is_planned(real_nlp, published):
    events = dated_events(real_nlp, "Chilean finance ministers meet on Thursday to discuss a tax on "
                          "fuel.", published)
    assert event_with(events, "meet").status == "planned", brief(events)


@pytest.mark.parametrize("text, word", [
    # habits, not a timetable
    ("The council meets every Thursday to discuss the budget.", "meets"),
    ("Chilean officials meet on Thursdays with the union.", "meet"),
])
def test_a_habit_on_a_day_of_the_week_is_not_planned(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


def test_a_past_tense_with_a_day_of_the_week_is_untouched(real_nlp):
    # published on a Wednesday: the Monday is the one before
    events = dated_events(real_nlp, "Chilean and Peruvian ministers met in Lima on Monday.",
                          "2021-08-04")
    assert event_with(events, "met").status == "occurred", brief(events)


def test_a_day_after_the_object_may_be_the_objects_and_leaves_the_present_alone(real_nlp):
    # published on a Thursday: the Wednesday of the attack is the day before
    events = dated_events(real_nlp, "Chile strongly condemns terrorist attack on the Santa Rosa "
                          "shrine in Arequipa on Wednesday.", "2021-08-05")
    assert event_with(events, "condemns").status == "occurred", brief(events)
