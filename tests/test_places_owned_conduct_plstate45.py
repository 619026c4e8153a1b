"""Places, turn 37 (helper plstate45): a country's possessive before a noun of its conduct ("the
United States' bullying", "Peru's sabre-rattling"), a campaign with its target ("Chile's war on
smuggling") or the use of what a state wields ("Chile's use of force"): the state, a metonym. The
land's in the same shapes stays literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Critics said Britain has given in to the United States' bullying again.", "United States"),
    ("Living with Peru's sabre-rattling is normal for Bolivians.", "Peru"),
    ("The ministry said Norway's war on smuggling has cost billions.", "Norway"),
    ("Officials praised Chile's campaign against drug trafficking.", "Chile"),
    ("The memo faulted Chile's use of force in the north.", "Chile"),
    ("Analysts noted Peru's use of drones against the rebels last spring.", "Peru"),
])
def test_owned_conduct_makes_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru's use of coal has doubled since 2010.", "Peru"),
    ("Chile's use of the port grew last year.", "Chile"),
    ("Norway's war years were hard.", "Norway"),
    ("Chile's coast is long and rocky.", "Chile"),
    ("Peru's economy is growing again.", "Peru"),
])
def test_the_lands_possessions_stay_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
