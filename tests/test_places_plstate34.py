"""Places, turn 34 (helper plstate34): a country as its state before the noun it modifies, in
lists and in names.

A country's name before a noun of the state's staff, units, clients or acts ("Chile attorneys
filed charges", "a Peru law enforcement official", "the Chile helicopter squadron", "a Peru
puppet", "the Chile ban on the pesticide", "Peru dominance of the region", "early Peru
assessments"; right after the name, "the Peru call for restraint"), after a noun of its hand,
work or standing ("the hand of Peru behind the unrest", "the collaboration of Chile with
nearby states", "resistance to Peru"), in a list "among" a relation noun holds ("cooperation
among Chile, Peru and Bolivia"), a list cast in a role ("singles out Chile and Peru as
competitors") or what "be" says a role is ("the brokers of the truce were Chile and Peru"),
after a crowned head ("the King of Peru") or the militaries of a list, the doer "on the part of"
names ("a hope on the part of Peru"): the state, a metonym. A country's name opening a
body's name joined over "and" ("Chile Customs and Border Protection"): embedded. The land and
another body's people in the same shapes stay literal ("the Chile economy", "UK hospital
personnel", "a UK divorce lawyer", "put Chile and the U.S. airbase within range": the base's country
is the state, not the land beside it; "US phone calls", "the US obesity problem", "the Peru
issue", "the best UK act", "tourists travel among Chile, Peru and Bolivia", "lists Chile and
Peru as destinations", "its biggest trade partners are Chile and Peru", "U.S. Democrats and
Republicans"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Chile attorneys filed the charges against the smugglers on Friday.", "Chile"),
    ("Peru investigators said the engine had failed before the crash.", "Peru"),
    ("A Peru law enforcement official said the suspect had fled.", "Peru"),
    ("The ministry sent more Chile law enforcement personnel to the crossing.", "Chile"),
    ("He was praised by a Chile congressional aide as a skilled negotiator.", "Chile"),
    ("Nobody warned the Chile helicopter squadron about the storm.", "Chile"),
    ("The rebels call the governor a Peru puppet.", "Peru"),
    ("The island now lies inside the Chile sphere of influence.", "Chile"),
    ("Growers oppose a Chile prohibition on the pesticide.", "Chile"),
    ("The Peru ban on the imports took effect in May.", "Peru"),
    ("Many neighbours fear Chile dominance of the region.", "Chile"),
    ("The Chile toppling of the dictator ended the war.", "Chile"),
    ("Early Peru assessments put the damage at a few million dollars.", "Peru"),
    ("The Peru call for restraint went unheeded by the rebels.", "Peru"),
    ("Some analysts see the hand of Peru behind the riots.", "Peru"),
    ("The envoy praised the collaboration of Chile with nearby states.", "Chile"),
    ("Popular resistance to Peru grew in the valley.", "Peru"),
    ("Cooperation among Chile, Peru and Bolivia worries Ecuador.", "Chile"),
    ("Cooperation among Chile, Peru and Bolivia worries Ecuador.", "Bolivia"),
    ("The memo singles out Chile and Peru as competitors.", "Chile"),
    ("The memo singles out Chile and Peru as competitors.", "Peru"),
    ("The palace once belonged to the King of Peru.", "Peru"),
    ("The main brokers of the truce were Chile, Peru, and Bolivia.", "Bolivia"),
    ("The main backers of the plan are Chile and Peru.", "Chile"),
    ("Officials sensed a hope on the part of Peru that the fines would end.", "Peru"),
    ("Volunteers from the valley joined the militaries of Chile, Peru and Canada.", "Peru"),
    ("After meeting with Japan and South Korea chief trade negotiators, the envoy flew home.", "Japan"),
])
def test_a_country_in_a_state_shape_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("A spokesman for Chile Customs and Border Protection said the lane was closed.", "Chile"),
])
def test_a_country_opening_a_body_name_over_and_is_embedded(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "embedded", text


@model
@pytest.mark.parametrize("text, word", [
    ("The Chile economy grew by two percent last year.", "Chile"),
    ("The UK hospital personnel were praised by the families.", "UK"),
    ("The UK hospital staff were praised by the families.", "UK"),
    ("She hired a UK divorce lawyer last spring.", "UK"),
    ("The new rockets put Chile and the U.S. airbase within range.", "Chile"),
    ("The app allows free calls to any US phone number.", "US"),
    ("The US obesity problem keeps growing.", "US"),
    ("The talks turned to the Peru issue and the refugees.", "Peru"),
    ("The jury named them the best UK act of the year.", "UK"),
    ("The US customer base keeps growing.", "US"),
    ("Tourists travel among Chile, Peru and Bolivia every summer.", "Peru"),
    ("The guide lists Chile and Peru as destinations.", "Peru"),
    ("Both U.S. Democrats and Republicans backed the bill.", "U.S."),
    ("It was the deadliest storm in U.S. history.", "U.S."),
    ("Trucks crossed the Peru border at night.", "Peru"),
    ("Its biggest trade partners are Chile and Peru.", "Chile"),
    ("The rebels hold the northern part of Peru.", "Peru"),
    ("The largest producers of copper are Chile and Peru.", "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
