"""A country that is a party to a deal made or a meeting held "between" states, the offices of
several states before "of", and a state's will or aims after its possessive (turn 14, helper
geo19). "The pact signed between Chile and Peru" names the states that signed it, as "the pact
between Chile and Peru" already did; "a lake shared between Chile and Peru" stays the land. Own
short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_parties_to_a_deal_made_between_them(real_nlp):
    uses = _uses(real_nlp, "The trade pact signed between Chile and Peru last year is a milestone.")
    assert uses["Chile"] == "metonym"
    assert uses["Peru"] == "metonym"
    text = "A new accord was reached between Norway and four other governments in 2019."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_parties_to_a_meeting_held_between_them(real_nlp):
    text = "He proposed that a meeting be held between Kenya, Uganda and Tanzania to settle the dispute."
    uses = _uses(real_nlp, text)
    assert uses["Kenya"] == "metonym"
    assert uses["Tanzania"] == "metonym"
    text = "Three rounds of talks have been held between Bolivia and the other parties."
    assert _uses(real_nlp, text)["Bolivia"] == "metonym"


def test_what_lies_between_lands_stays_the_land(real_nlp):
    text = "Titicaca is a large lake shared between Bolivia and Peru."
    uses = _uses(real_nlp, text)
    assert uses["Bolivia"] == "literal"
    assert uses["Peru"] == "literal"
    text = "The frontier between Chile and Argentina runs along the mountains."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    # a thing held between two places that is no deal or meeting
    text = "The relay race was held between Lima and Cusco every spring."
    assert _uses(real_nlp, text).get("Lima", "literal") == "literal"


def test_the_offices_of_several_states(real_nlp):
    text = "The presidents of Chile, Peru and Bolivia opened the summit in La Paz on Monday."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym"
    assert uses["Bolivia"] == "metonym"
    assert uses["La Paz"] == "literal"
    text = "A deal on water was agreed by the governments of Kenya and Uganda."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    # not a noun of offices: the people, the coasts of the lands
    text = "The farmers of Kenya and Uganda sold more coffee this year."
    assert _uses(real_nlp, text)["Uganda"] == "literal"


def test_a_states_will_and_aims_after_its_possessive(real_nlp):
    text = "The sanctions were meant to break Norway's will to expand its trade links."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "It is in Peru's interest to keep a balanced policy towards its neighbours."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The envoy signed the convention on Chile's behalf."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The rebels could not have held the town without Kenya's help."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_the_land_and_a_team_keep_their_possessive(real_nlp):
    # what the land has: its rates, its people, its coast
    assert _uses(real_nlp, "Norway's interest rates rose again in March.")["Norway"] == "literal"
    assert _uses(real_nlp, "Peru's coast was hit by heavy rain.")["Peru"] == "literal"
    # a match report: the national side's goal
    text = ("England's goal came in the fifth minute after a long ball, and the striker said the team "
            "and the coach deserved the win in the match against Wales, whose manager praised the players.")
    assert _uses(real_nlp, text)["England"] == "literal"


def test_the_agent_of_a_states_act_in_a_participle_or_passive(real_nlp):
    text = "He said the measures taken by Peru were not enough to stop the flow."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "I believe we must respond to the measures that were taken by the United States."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    text = "Efforts are also being made by Chile to build two new power plants."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_the_agent_of_a_thing_made_stays_the_land(real_nlp):
    # what was built, seized or counted there: no act of a state in the noun
    assert _uses(real_nlp, "The bridge was built by France in 1890.")["France"] == "literal"
    assert _uses(real_nlp, "A bridge built by France still stands in the town.")["France"] == "literal"
    assert _uses(real_nlp, "Drugs seized by Peru include cocaine and heroin.")["Peru"] == "literal"


def test_an_office_holder_named_before_of(real_nlp):
    text = "President Ana Ruiz of Peru flew to Lima for the summit on Tuesday."
    uses = _uses(real_nlp, text)
    assert uses["Peru"] == "metonym"
    assert uses["Lima"] == "literal"
    text = 'She added, "As Prime Minister Sato of Japan clearly stated during his visit, we need peace."'
    assert _uses(real_nlp, text)["Japan"] == "metonym"


def test_a_person_of_a_country_without_an_office_stays_the_land(real_nlp):
    # where a person is from: no office of the state before the name
    assert _uses(real_nlp, "Maria Lopez of Peru won the race.")["Peru"] == "literal"
    assert _uses(real_nlp, "Princess Ana of Norway visited the school.")["Norway"] == "literal"
