"""Who did what, turn 35 (evact15). A go-between is no side of what it brokers: the subject or
agent of "broker"/"mediate", and a modifier of "brokered" ("Norwegian and Peruvian brokered
talks", "the UN-brokered talks"), are not parties of the talks, truce or deal named as its
object. A bare plural demonym that a relative clause picks out ("Danes who ...") is people, not
the state. Controls: the sides named in the sentence stay parties, a mediation coded as its own
act keeps its mediator, who holds or reaches the act keeps it, and a demonym with an article or
without a clause may still be the state (model-parsed sentences written for these tests,
hand-marked actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with

pytestmark = pytest.mark.model

PUB = "2024-03-01"
STATES = {"Norway": "NOR", "Peru": "PER", "Chile": "CHL", "Bolivia": "BOL", "Oslo": "NOR"}


def _parties(text: str, word: str, **extra: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    events = coded(text, actors={**STATES, **extra}, published=PUB)
    ev = event_with(events, word)
    return ev.actors, ev.targets


def _actors_of(text: str, word: str, **extra: str) -> tuple[str, ...]:
    events = coded(text, actors={**STATES, **extra}, published=PUB)
    found = [e for e in events if word in e.trigger.text]
    return found[0].actors if found else ()


def test_the_brokers_of_talks_are_no_sides():
    assert _actors_of("Norway, Peru and Chile brokered the Lima talks on the border.", "talks") == ()


def test_the_agent_of_a_brokered_truce_is_no_side():
    assert _actors_of("The truce was brokered by Norway and Peru last spring.", "truce") == ()


def test_brokers_of_a_truce_are_no_sides():
    assert _actors_of("Norway and Peru brokered a truce across the region.", "truce") == ()


def test_adjectives_joined_to_brokered_are_no_sides():
    text = "Rebels refused to attend parallel Norwegian and Peruvian brokered negotiations in Lima last week."
    assert _actors_of(text, "negotiations", Norwegian="NOR", Peruvian="PER") == ()


def test_a_hyphenated_broker_is_no_side():
    text = "Hopes rose after the UN-brokered Geneva talks in 2012 failed."
    assert "UN" not in _actors_of(text, "talks", UN="UN")


def test_the_sides_between_which_a_deal_is_brokered_stay():
    actors, _ = _parties("Norway brokered an agreement between Chile and Bolivia on March 10.", "agreement")
    assert set(actors) == {"CHL", "BOL"}


def test_who_reaches_a_brokered_deal_keeps_it():
    actors, _ = _parties("Chile and Bolivia reached a Norwegian-brokered agreement on water rights.", "agreement",
                         Norwegian="NOR")
    assert set(actors) == {"CHL", "BOL"}


def test_a_mediation_keeps_its_mediator():
    actors, _ = _parties("Norway mediated between Chile and Bolivia for two years.", "mediated")
    assert actors == ("NOR",)


def test_who_holds_talks_keeps_them():
    actors, _ = _parties("Norway held talks with Peru on fishing rights.", "talks")
    assert actors == ("NOR",)


def test_who_convenes_talks_between_others_keeps_them():
    actors, _ = _parties("Norway arranged talks between Chile and Bolivia in Oslo.", "talks")
    assert {"CHL", "BOL"} <= set(actors)


def test_the_brokered_participle_carries_its_brokers():
    text = "Rebels stayed away from the Norwegian brokered negotiations in Lima last week."
    assert _actors_of(text, "negotiations", Norwegian="NOR") == ()


def test_people_picked_out_by_a_relative_clause_are_no_state():
    text = "The cars were covered in flowers by Danes, who widely praised the crews' quick response."
    assert _actors_of(text, "praised", Danes="DNK") == ()


def test_a_restrictive_clause_picks_out_people():
    text = "He asked why the law would make Canadians who pay their bills subsidize the loans of others."
    assert "CAN" not in _actors_of(text, "subsidize", Canadians="CAN")


def test_the_demonym_with_an_article_may_be_the_state():
    text = "The Canadians, who had refused to negotiate, signed the accord."
    assert _actors_of(text, "signed", Canadians="CAN") == ("CAN",)


def test_a_bare_demonym_alone_may_be_the_state():
    assert _actors_of("Canadians occupied the island for twenty years.", "occupied", Canadians="CAN") == ("CAN",)
