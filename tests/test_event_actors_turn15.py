"""Who did what, turn 15: a possessive in a phrase put before its clause's subject points forward
to that subject ("In his visit to Oslo, Mr Vance ..."), model-marked with sentences written for
these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

PUB = "2024-03-01"
KINDS = {"PRT": "country", "NOR": "country", "CHL": "country", "OKORO": "person", "VANCE": "person",
         "LUND": "person"}
ACTORS = {"Portugal": "PRT", "Norway": "NOR", "Chile": "CHL", "Mr Okoro": "OKORO", "Mr Vance": "VANCE",
          "Ms Lund": "LUND"}


@pytest.mark.model
def test_a_possessive_before_the_subject_is_that_subject():
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his visit to Oslo, Mr Vance praised the accord.",
                   actors=ACTORS, kinds=KINDS, published=PUB)
    assert event_with(events, "visit").actors == ("VANCE",), listed(events)
    events = coded("Mr Okoro arrived in Lisbon on Monday. During her trip to Chile, Ms Lund signed a trade "
                   "deal.", actors=ACTORS, kinds=KINDS, published=PUB)
    assert event_with(events, "trip").actors == ("LUND",), listed(events)


@pytest.mark.model
def test_a_name_the_dictionary_does_not_know_is_no_earlier_person():
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his visit to Oslo, Haldor Brekke praised the "
                   "accord.", actors=ACTORS, kinds=KINDS, published=PUB)
    assert all("OKORO" not in e.actors for e in events if "visit" in e.trigger.text), listed(events)


@pytest.mark.model
def test_a_subject_already_in_the_phrase_or_of_another_kind_is_not_the_owner():
    # control: the one met is not the one who meets; a country is not "his"
    events = coded("Mr Okoro arrived in Lisbon on Monday. In his meeting with Mr Vance, Portugal's chief "
                   "diplomat praised the accord.", actors=ACTORS, kinds=KINDS, published=PUB)
    meeting = event_with(events, "meeting")
    assert "VANCE" not in meeting.actors and "PRT" not in meeting.actors, listed(events)
