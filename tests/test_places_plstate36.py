"""Places, turn 36 (helper plstate36): a country as its state in frames the earlier readings
missed.

Held under what a state alone bears ("Peru came under heavy pressure"), the subject a dateline
hides (the parse hangs "Peru and Chile" on "LIMA -" as an apposition), one of a group of powers
or players ("one of the great powers"), the first country doing an act ("the first country
siding with"), a war waged on a state ("the two wars on Peru and Chile"), the other party of
dealings of a state ("the administration ... in dealing with Chile", "links between Mark Turner and Chile") or of a break ("independence from Peru"): the state, a metonym.
The land in the same shapes stays literal ("under water", "LIMA - Peru exported copper",
"one of the biggest markets", "the only country having a copper industry", "an envoy dealing
with Peru"). Own short texts,
full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Peru came under heavy pressure to act.", "Peru"),
    ("Chile remains under international sanctions over its missile tests.", "Chile"),
    ("LIMA – Peru and Chile agreed on Monday to open a new border post.", "Peru"),
    ("LIMA – Peru and Chile agreed on Monday to open a new border post.", "Chile"),
    ("Chile is one of the leading powers in South America.", "Chile"),
    ("Chile is one of the key players in the talks.", "Chile"),
    ("Peru was the first nation siding with Bolivia in the dispute.", "Peru"),
    ("The two wars on Peru and Chile cost billions.", "Chile"),
    ("The administration has been too soft in dealing with Chile.", "Chile"),
    ("Governments that deal with Chile complain about delays.", "Chile"),
    ("Peru finally came to the table on Monday.", "Peru"),
    ("The rebels demanded independence from Peru.", "Peru"),
    ("Investigators looked at links between Mark Turner and Chile.", "Chile"),
])
def test_a_country_in_a_state_frame_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru is under water after the floods.", "Peru"),
    ("LIMA – Peru exported more copper last year.", "Peru"),
    ("LIMA – Peru has 30 million people.", "Peru"),
    ("LIMA – Peru's copper sales abroad rose sharply in May.", "Peru"),
    ("Thousands of tourists come to Chile each year.", "Chile"),
    ("An envoy dealing with Peru resigned on Monday.", "Peru"),
    ("Chile is one of the biggest markets in the region.", "Chile"),
    ("Chile is the only country having a large copper industry.", "Chile"),
    ("The rail link between Peru and Chile reopened.", "Chile"),
    ("They planned a road link between John Walker and Chile.", "Chile"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
