"""Who did what, turn 17 (round 2): a demonym before a noun that names a country's people, not
its state, says whose people they are; the act is not the state's. A people or a faith ("the
Syrian Kurds"), one country's own sides or parties in the plural ("all Malian sides"), a
newspaper the parse reads as "daily" ("Portuguese daily Jornal"), and a country's miners or
growers ("Peruvian miners") are not their state. Controls: the state's officials and officers
("Peruvian officials", "the Portuguese minister Costa"), one country's side across a table ("the
Bolivian side"), and the sides of two countries ("the Chilean and Bolivian sides") keep it.
Model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import parties_of

PUB = "2024-03-01"


def _parties(text: str, word: str, actors: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parties_of(text, word, actors=actors, published=PUB)


@pytest.mark.model
def test_a_countrys_own_sides_are_its_factions_not_its_state():
    actors, targets = _parties("Rabat urges all Malian sides to reduce tension and respect the truce.", "urges",
                               {"Rabat": "MAR", "Malian": "MLI"})
    assert actors == ("MAR",) and "MLI" not in targets
    actors, _ = _parties("The Malian parties accused the mediators of bias.", "accused", {"Malian": "MLI"})
    assert "MLI" not in actors


@pytest.mark.model
def test_one_countrys_side_and_two_countries_sides_are_states():
    # controls: "the Bolivian side" across a table is Bolivia; the sides of two countries are both
    _, targets = _parties("Lima urges the Bolivian side to refrain from any escalation.", "urges",
                          {"Lima": "PER", "Bolivian": "BOL"})
    assert targets == ("BOL",)
    actors, _ = _parties("He said that the Chilean and Bolivian sides discussed water issues at the meeting.",
                         "discussed", {"Chilean": "CHL", "Bolivian": "BOL"})
    assert set(actors) == {"CHL", "BOL"}


@pytest.mark.model
def test_a_people_or_a_faith_is_not_the_state():
    actors, _ = _parties("The Syrian Kurds accused the ministry of ignoring their grazing rights.", "accused",
                         {"Syrian": "SYR"})
    assert "SYR" not in actors
    actors, _ = _parties("The Swedish Jews demanded an inquiry into the attack.", "demanded", {"Swedish": "SWE"})
    assert "SWE" not in actors


@pytest.mark.model
def test_a_daily_and_miners_are_not_the_state():
    actors, _ = _parties("Portuguese daily Jornal accuses Belgian officials of hiding the report.", "accuses",
                         {"Portuguese": "PRT", "Belgian": "BEL"})
    assert "PRT" not in actors
    actors, _ = _parties("Peruvian miners would press for the opening of more copper pits.", "press",
                         {"Peruvian": "PER"})
    assert "PER" not in actors


@pytest.mark.model
def test_a_states_sectors_and_named_state_bodies_keep_their_country():
    # controls: officials, an army and a minister named by a demonym are the state's
    actors, targets = _parties("Peruvian officials accused Chile of hiding the suspect.", "accused",
                               {"Peruvian": "PER", "Chile": "CHL"})
    assert "PER" in actors and targets == ("CHL",)
    actors, _ = _parties("The Portuguese minister Costa accused Belgium of hiding the report.", "accused",
                         {"Portuguese": "PRT", "Belgium": "BEL"})
    assert "PRT" in actors
