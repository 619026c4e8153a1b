"""Who did what, turn 17 (round 2): a demonym before a noun that names a country's people, not
its state, says whose people they are; the act is not the state's. A people or a faith ("the
Syrian Kurds"), one country's own sides or parties in the plural ("all Malian sides"), a
newspaper the parse reads as "daily" ("Portuguese daily Jornal"), and a country's miners or
growers ("Peruvian miners") are not their state, nor is a share or a number of a country's
people ("sixty percent of the Malians", "a large number of Chileans", "those Canadians who"),
nor its people described by where they live ("Afghans who live in Iran").
Controls: the state's officials and officers ("Peruvian officials", "the Portuguese minister
Costa"), one country's side across a table ("the Bolivian side"), the sides of two countries
("the Chilean and Bolivian sides") and a people named as a whole ("the Canadians accused") keep
it. Model-parsed sentences written for these tests."""

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


@pytest.mark.model
def test_a_share_or_a_number_of_a_countrys_people_is_not_its_state():
    actors, _ = _parties("Polls show that nearly sixty percent of the Malians are calling on the leaders of Mali "
                         "for a new election.", "calling", {"Malians": "MLI", "Mali": "MLI"})
    assert "MLI" not in actors
    actors, _ = _parties("Last spring a large number of Chileans marched towards the border of Peru.", "marched",
                         {"Chileans": "CHL", "Peru": "PER"})
    assert "CHL" not in actors
    actors, _ = _parties("The levy will hit the tourists, particularly those Canadians who continue to defy a ban "
                         "on travel there.", "defy", {"Canadians": "CAN"})
    assert "CAN" not in actors


@pytest.mark.model
def test_a_countrys_people_named_as_a_whole_keep_it():
    # control: "the Canadians" as a whole, uncounted, may be the state
    actors, targets = _parties("The Canadians accused Washington of breaking the deal.", "accused",
                               {"Canadians": "CAN", "Washington": "USA"})
    assert actors == ("CAN",) and targets == ("USA",)


@pytest.mark.model
def test_a_countrys_people_described_by_where_they_live_are_residents():
    actors, _ = _parties("Afghans who live in Iran protested against the new school fees.", "protested",
                         {"Afghans": "AFG", "Iran": "IRN"})
    assert "AFG" not in actors
    actors, _ = _parties("Canadians living in Florida are now limited to one trip a year and they can only send "
                         "money to their relatives.", "send", {"Canadians": "CAN", "Florida": "USA"})
    assert "CAN" not in actors
