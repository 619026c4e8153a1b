"""Places, turn 17 (helper geo33). A country that is the direct object of "contain" is the state
held back, a metonym, whether the doer is a state ("Norway cannot contain Peru"), a person or none
named ("a plan designed to contain Chile", "will not help Maria Lopez to contain Peru"), or
holders of a state's office ("officials are using every tool to contain Peru"). Controls:
a place or a common noun that is no state holding the name, the sense of including ("the list
contains Peru", "the region contains Chile"), leaves the land. Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_contained_is_the_state(real_nlp):
    text = "Analysts asked whether Norway is able to contain Peru in the long run."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The new doctrine was a scheme designed to contain Chile and reassure its neighbours."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Losing Kenya will not help Maria Lopez to contain Peru, the professor said."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Losing Kenya will not help him to contain Peru, the professor said."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Norwegian officials now view Kenya as a rival and are using every tool to contain Peru."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_list_or_land_containing_a_country_leaves_the_land(real_nlp):
    text = "The final list of nominees contains Peru and two other candidates."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The Andean region contains Chile, whose deserts are the driest on earth."
    assert _uses(real_nlp, text)["Chile"] == "literal"
