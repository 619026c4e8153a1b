"""Status of acts a clause only seems to hold unreal (turn 30, evstat11): the purpose of a phone
call or of a gathering is done in it, a comment's topic is a matter reported, a fact seen in the
past, an event noun dated by a year after it or said to have done something, a clause past a
semicolon, "would go on to" in a story, and a lasting investigation whose topic has a date. The
sentences are written for these tests, not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Chilean": "CHL", "Novak": "person:novak",
          "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    events = coded(text, actors=ACTORS, published=PUB)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, listed(events)
    return found[0].status


def test_the_purpose_of_a_phone_call_is_done_in_it():
    assert _status("Novak called his Chilean counterpart on Monday to discuss the border dispute.",
                   "discuss") == "occurred"
    assert _status("Novak called Kowalski to offer him his support.", "offer") == "occurred"
    # (one who calls "on" a party to act asks for the act: no act reported done)
    events = coded("The senator called on Chile to impose sanctions on Peru.", actors=ACTORS,
                   published=PUB)
    assert [(e.type, e.status) for e in events if e.status == "occurred"] == [
        ("REQUEST", "occurred")], listed(events)


def test_a_gathering_held_to_talk_things_over_shares_its_status():
    assert _status("The ministers held a phone conversation late on Monday to discuss the crisis.",
                   "discuss") == "occurred"
    assert _status("The two presidents will hold a meeting next week to discuss the border.",
                   "discuss") == "planned"
    # an outcome the gathering aims at stays an aim
    assert _status("The envoys held talks to reach a deal on the border.", "deal") == "hypothetical"


def test_the_topic_of_a_comment_sought_is_a_matter_reported():
    assert _status("The ministry did not respond to a request for comment on Novak meeting with "
                   "Kowalski.", "meeting") == "occurred"
    assert _status("Officials declined to comment on the possible visit by Kowalski.",
                   "visit") == "hypothetical"


def test_what_one_can_see_happened_in_the_past_happened():
    assert _status("Here you can clearly see that in 2016 Chile and Peru agreed on the plan.",
                   "agreed") == "occurred"
    assert _status("You can see whether Chile and Peru agree on the plan.", "agree") == "hypothetical"


def test_talks_dated_by_a_past_year_after_the_noun_took_place():
    assert _status("The Lima meeting raised hopes after the Geneva talks in 2012 could not stop "
                   "the fighting in Borduria.", "talks") == "occurred"
    assert _status("The Lima talks in 2025 could end the fighting in Borduria.",
                   "talks") == "hypothetical"


def test_a_clause_past_a_semicolon_is_not_under_the_next_ones_would():
    assert _status("Later, Chile and its allies invaded Borduria on the pretext that its ruler had "
                   "chemical weapons; ironically, if such weapons had been found they would have "
                   "come from the allies.", "invaded") == "occurred"


def test_an_event_noun_said_to_have_done_something_was_made():
    assert _status("Asked whether Chilean requests have derailed the Lima talks, Novak said no.",
                   "requests") == "occurred"
    # (not a verb that says whether it took place)
    assert _status("Officials asked whether the Lima talks took place.", "talks") == "hypothetical"


def test_would_go_on_to_in_a_story_tells_what_came_next():
    assert _status("Kowalski was a Chilean agent who would go on to offer support to the rebels.",
                   "offer") == "occurred"
    # a forecast reported stays one
    assert _status("Analysts said Peru would go on to attack the border.", "attack") == "planned"


def test_an_investigation_a_present_clause_speaks_of_is_going_on_whatever_year_it_looks_into():
    assert _status("Novak is a key witness in an investigation into the 2016 election.",
                   "investigation") == "ongoing"
    # (a year of its own dates it)
    assert _status("Novak is a key witness in the 2016 investigation.", "investigation") == "occurred"
