"""Visits, turn 12 (evdev5a): a tour of a site meets no host and is no CONSULT ("visited the
exhibition", "toured a food pantry", "her tour of the gallery"); a trip that names a host or a
companion of another country, goes abroad, goes to a site that is no tourist site (a base, a
nuclear site, a factory) or goes to a place rather than a site stays a visit.
Real parses, the full pipeline; sentences written for these tests, each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _visits(nlp, text: str) -> list:
    return of_type(dated_events(nlp, text, PUB), "CONSULT")


@pytest.mark.parametrize("text", [
    "On Thursday the president of the republic spent three hours at the fair and visited the "
    "exhibition that displayed drones built by local engineers.",
    "As she and Collins toured a Denver food pantry on Friday, Harris avoided questions about "
    "the budget.",
    "The labour secretary, Anna Briggs, went with the governor on her tour of the gallery.",
    "The agency head and two colleagues visited several pottery workshops and markets in three "
    "provinces last spring.",
    "A second pavilion visited by President Sergio Mendes displayed new coastal radars.",
])
def test_a_trip_to_a_site_is_no_visit_between_parties(real_nlp, text):
    assert _visits(real_nlp, text) == []


def test_a_trip_inside_the_visitors_own_country_stays_a_trip(real_nlp):
    text = "French President Emmanuel Macron travelled to Brittany on Tuesday to open a museum."
    assert [(e.actors, e.targets) for e in _visits(real_nlp, text)] == [
        (("person:emmanuel-macron",), ())]


@pytest.mark.parametrize("text, target", [
    ("Italian Prime Minister Mario Draghi travelled to Madrid on Thursday.", "ESP"),
    ("Turkish President Recep Tayyip Erdogan visited Baku on Monday.", "AZE"),
    ("United Nations inspectors visited Syria's chemical weapons sites four times last year.",
     "SYR"),
])
def test_a_trip_abroad_or_to_a_foreign_site_stays_a_visit(real_nlp, text, target):
    visits = [e for e in _visits(real_nlp, text) if e.mode == "visit"]
    assert visits and target in visits[0].targets


@pytest.mark.parametrize("text, actor", [
    ("A steel plant visited by Indian Prime Minister Narendra Modi now makes rail tracks.",
     "person:narendra-modi"),
    ("British Defence Secretary Ben Wallace visited an army base in Estonia on Friday.",
     "person:ben-wallace"),
])
def test_a_site_that_is_no_tourist_site_stays_a_visit(real_nlp, text, actor):
    assert [e.actors for e in _visits(real_nlp, text)] == [(actor,)]


def test_a_site_visited_with_a_foreign_leader_stays_a_visit(real_nlp):
    text = ("Pakistani Prime Minister Imran Khan visited a museum in Beijing with Chinese "
            "President Xi Jinping.")
    assert [e.actors for e in _visits(real_nlp, text)] == [("person:imran-khan",)]


def test_a_site_abroad_stays_a_visit(real_nlp):
    text = "Indian Prime Minister Narendra Modi visited a mosque in Abu Dhabi on Sunday."
    assert [e.actors for e in _visits(real_nlp, text)] == [("person:narendra-modi",)]
