"""Places, turn 37 (helper plstate37): a country as the doer of an act the parse hides.

The subject of an infinitive after "for" ("a natural decision for Norway not to join", "a matter
for Chile to make its own announcement"), of a "do" that stands for an act ("what Chile has done
in Bolivia", "Peru will do the same", "the worst thing Peru could do"), of "has its sights set on"
and of "is focused on": the state, a metonym; so is a short name in brackets after the state's
("North Korea (DPRK) conducted a launch"). The land in the same shapes stays literal ("for
Peru to import fish", "Peru is doing much better", "Chile did well", "for Chile to recover from the
floods"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("It was a natural decision for Norway not to join the coalition.", "Norway"),
    ("It is a matter for Chile to make its own announcement.", "Chile"),
    ("It makes sense for Peru to make a deal with its neighbours.", "Peru"),
    ("What Chile has done in Bolivia is a disgrace.", "Chile"),
    ("It is the worst thing Peru could do to its partners.", "Peru"),
    ("If all parties keep their commitments, Peru will do the same.", "Peru"),
    ("Voters are indifferent to what Chile does in foreign policy.", "Chile"),
    ("All Peru had done was catch up with Chile.", "Peru"),
    ("Peru has its sights set on a seat at the council.", "Peru"),
    ("Peru is now focused on resuming its diplomatic activities.", "Peru"),
    ("North Korea (DPRK) carried out a missile test early on Sunday.", "DPRK"),
])
def test_a_hidden_doer_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The plan lays the groundwork for Peru to import fish from Chile.", "Peru"),
    ("The new port will provide access for Bolivia to the sea.", "Bolivia"),
    ("It will be hard for Chile to recover from the floods.", "Chile"),
    ("It is too early for Peru to see rain.", "Peru"),
    ("Peru is doing much better than in the past.", "Peru"),
    ("Chile did well in the rankings.", "Chile"),
    ("How is Peru doing after the storm?", "Peru"),
    ("Peru and Chile did $2 billion in trade last year.", "Peru"),
    ("Tourists from North Korea (DPRK) visited the museum.", "DPRK"),
    ("Chile has far stronger privacy laws than does Peru.", "Peru"),
    ("This is important for the land-locked Bolivia to link to the high seas.", "Bolivia"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
