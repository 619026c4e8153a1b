"""A trip to an intergovernmental body's seat (evact13): the city's state is no target of the
visit when the trip goes to the body's meeting (full pipeline; the sentences are written for these
tests, not taken from any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import dated_events, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text, host", [
    ("Ukrainian Foreign Minister Dmytro Kuleba will travel to Brussels on Tuesday for a NATO summit.",
     "BEL"),
    ("Chilean Foreign Minister Alberto van Klaveren will travel to New York next week to take part "
     "in the meeting of the UN General Assembly.", "USA"),
])
def test_a_trip_to_a_bodys_meeting_does_not_visit_the_seats_state(real_nlp, text, host):
    trip = event_with(dated_events(real_nlp, text, PUB), "travel")
    assert trip.type == "CONSULT" and trip.actors, listed([trip])
    assert host not in trip.targets, listed([trip])


@pytest.mark.parametrize("text, host", [
    # no body named: the trip is to the state
    ("Ukrainian Foreign Minister Dmytro Kuleba will travel to Paris to meet Emmanuel Macron.", "FRA"),
    ("Ukrainian Foreign Minister Dmytro Kuleba will travel to Brussels on Tuesday for talks.", "BEL"),
    # talks with the hosts, whatever body is named among them
    ("Kuleba will travel to Paris on Tuesday to hold talks with French officials and a NATO envoy.",
     "FRA"),
    # a country named outright
    ("Ukrainian Foreign Minister Dmytro Kuleba will travel to Austria to attend the IAEA conference.",
     "AUT"),
])
def test_other_trips_keep_their_host(real_nlp, text, host):
    trip = event_with(dated_events(real_nlp, text, PUB), "travel")
    assert host in trip.targets, listed([trip])
