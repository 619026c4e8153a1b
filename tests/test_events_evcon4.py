"""Visits, turn 25 (evcon4): a trip to a show or a festival, to a firm's conference, or for a
pastime meets no host and is no CONSULT ("visited the county horse show", "while touring Acme's
partner conference", "flew to Spain for a music festival"); a summit of known parties, a
gathering with a name of its own and a trip for talks stay visits.
Real parses, the full pipeline; sentences written for these tests, each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, of_type

pytestmark = pytest.mark.model

PUB = "2022-05-02"


def _visits(nlp, text: str) -> list:
    return [e for e in of_type(dated_events(nlp, text, PUB), "CONSULT") if e.mode == "visit"]


@pytest.mark.parametrize("text", [
    "On Sunday the governor visited the annual county horse show near Lyon to praise local "
    "breeders.",
    "Meanwhile the Dutch prime minister visited the spring flower show in Utrecht.",
    "Smith spoke about cloud services on Tuesday while visiting Initech's annual partner "
    "conference in Denver.",
    "Prosecutors learned that the film maker Jan Novak would be flying to Spain for a music "
    "festival in June.",
])
def test_a_trip_to_a_show_a_firms_conference_or_a_pastime_is_no_visit(real_nlp, text):
    assert _visits(real_nlp, text) == []


@pytest.mark.parametrize("text, target", [
    ("Russian President Vladimir Putin visited the SCO summit in Samarkand on Thursday.",
     "organization"),
    ("Jan Novak flew to Spain for talks with Spanish officials in June.", "ESP"),
])
def test_a_summit_of_known_parties_or_a_trip_for_talks_stays_a_visit(real_nlp, text, target):
    visits = _visits(real_nlp, text)
    assert visits
    if target != "organization":
        assert target in visits[0].targets


def test_a_gathering_with_a_name_of_its_own_stays_a_visit(real_nlp):
    text = "Iranian Foreign Minister Mohammad Javad Zarif visited the Munich Security Conference."
    assert _visits(real_nlp, text)


def test_a_show_of_support_is_no_site(real_nlp):
    text = "Indian Prime Minister Narendra Modi visited Srinagar on Monday in a show of support."
    assert _visits(real_nlp, text)
