"""Trips at home meet no host, turn 26 (audit/README.md criterion 2; PLOVER CONSULT is a meeting or
a visit between parties, the visitor its actor, the host its recipient). Model-marked (real
parses, the full pipeline); the sentences are written for these tests, not taken from any corpus.

A visit to a region, an area or a site of the visitor's own country ("the President flew to
Nevada to open a dam", "toured Kansas and Iowa", "her visit to Fars province", "the Indian state of
Kerala") meets no other party: no CONSULT. Controls: a trip abroad (to a country, a city or a
foreign region), a trip whose purpose is to meet or talk, and a visit to a seat of government
("the White House") keep their visit.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _visits(events):
    return of_type(events, "CONSULT")


@pytest.mark.parametrize("text", [
    "RENO, Nev. (Reuters) - U.S. President Ann Carver flew to Nevada on Friday to open a new dam, "
    "but her visit was overshadowed by protests.",
    "U.S. President Ann Carver toured Kansas and Iowa on Monday after the floods.",
    "Iranian President Hassan Rouhani ended his two-day visit to Fars province on Sunday.",
    "Indian Prime Minister Narendra Modi visited the Indian state of Kerala on Tuesday.",
])
def test_a_trip_at_home_is_no_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _visits(events), listed(events)


@pytest.mark.parametrize(("text", "word"), [
    # abroad: a country, a city, a region of another country
    ("U.S. President Ann Carver visited Mexico on Friday.", "visited"),
    ("U.S. President Ann Carver will visit Tokyo next week.", "visit"),
    ("Iranian President Hassan Rouhani visited the Russian region of Tatarstan on Sunday.", "visited"),
    # a trip at home to meet or talk with someone
    ("U.S. President Ann Carver will travel to Nevada next week to meet ranchers.", "travel"),
    # a seat of government is met
    ("Senator Jo Brandt visited the White House on Tuesday to discuss the budget.", "visited"),
])
def test_a_trip_abroad_or_to_meet_keeps_its_visit(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in _visits(events) if word in e.trigger.text], listed(events)


# An economic figure told how to move is no demand on a party (PLOVER REQUEST asks a party to
# act): "X said prices must be competitive" says how an economy should go. A party as the subject
# of the "must" clause keeps the demand.
@pytest.mark.parametrize("text", [
    "Finance Minister Kiichi Miyazawa said the growth of the money supply must be kept below eight "
    "percent this year.",
    "U.S. Treasury Secretary James Baker told the bankers that American exports must continue to "
    "rise next year.",
    "Bundesbank President Karl Otto Poehl said that prices must stay stable while wages rise.",
])
def test_an_economic_figure_told_how_to_move_is_no_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "REQUEST"), listed(events)


@pytest.mark.parametrize("text", [
    "U.S. Treasury Secretary James Baker said Japan must open its markets to American rice.",
    "Finance Minister Kiichi Miyazawa said the United States must cut its budget deficit.",
])
def test_a_party_told_to_act_stays_a_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "REQUEST"), listed(events)
