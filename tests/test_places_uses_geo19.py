"""The offices of several states before "of" (turn 14, helper geo19): "the presidents of Chile,
Peru and Bolivia" hold the states' offices, as "the president of Chile" already did. Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


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
