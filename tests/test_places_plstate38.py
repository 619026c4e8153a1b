"""Places, turn 38 (helper plstate38): a country that acts beside a state, or that a pact goes on
without, is the state (a metonym).

"along with", "together with" and "alongside" hold a party doing what the clause's subject does:
when that subject is read as its state, or the act is a state's, the companion is the state too
("Chile and Bolivia voted alongside Peru", "Norway is among the holdouts, along with Chile");
"without" after a pact holds the party it goes on without ("the accord survives even without
Norway"). The land beside land, a companion of a traveller and a name that only modifies what
the preposition holds stay literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Chile and Bolivia voted alongside Peru to adopt tough sanctions on the regime.", "Peru"),
    ("Peru worked alongside the United States to push out the militants.", "United States"),
    ("Norway is among the holdouts, along with Chile, Peru and Bolivia.", "Chile"),
    ("Norway is among the holdouts, along with Chile, Peru and Bolivia.", "Bolivia"),
    ("Our government, along with Norway, invaded another country on false grounds.", "Norway"),
    ("Peru along with Chile, Bolivia and Ecuador are the members of the pact.", "Bolivia"),
    ("The deal, without Norway, would still stand.", "Norway"),
    ("Officials hope the accord survives even without Norway.", "Norway"),
])
def test_a_companion_of_a_state_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The region, along with Chile and Peru, was hit by heavy floods.", "Chile"),
    ("She travelled to Brazil along with Peru and Chile last summer.", "Peru"),
    ("Farmers grow maize alongside Peru's border with Chile.", "Peru"),
    ("Ecuador is a big producer of bananas, along with Peru and Colombia.", "Peru"),
    ("He lived in Ecuador, along with Peru, for many years.", "Peru"),
    ("Workers drove along the coast without Peru visas.", "Peru"),
    ("In these scenarios the Middle East, along with Chile and Peru, must be plunged into chaos.", "Chile"),
])
def test_land_beside_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("Several countries had no choice but to pull out of Bolivia along with Norway despite their wishes.", "Norway"),
    ("Leaders are edging closer to sealing a broad trade pact without Norway.", "Norway"),
])
def test_a_companion_of_states_and_a_pact_without_one(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
def test_companions_of_a_land_of_disease_stay_literal(real_nlp):
    assert _uses(real_nlp, "Many countries, along with Peru, have high rates of malaria.").get("Peru") == "literal"
