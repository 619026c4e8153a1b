"""Places, turn 23 (helper plweb7): a country's possessive before its state's named body.

A country whose possessive owns a capitalised name of one of its state's bodies, arms or
programmes, however long the name ("Peru's Supreme National Defence Council", "Chile's Ports and
Shipping Organization", "Peru's Andean Corridor Initiative"), is the state, a metonym
(``place_offices.owns_named_body``): the office test looked three words ahead only and knew no
organisations, agencies or programmes. Controls: a name of the press, of sport or of another body
that is no state's, a lower-case noun, and a possessive before a thing of the land stay the place.
Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Luis Ortega, secretary of Peru's Supreme National Defence Council, met the visitors on Monday.", "Peru"),
    ("The head of Chile's Ports and Shipping Organization said exports through Arica would double.", "Chile"),
    ("According to a report by Peru's Food and Drug Administration, sales of medicines rose.", "Peru"),
    ("An official at Bolivia's Department of Mines and Energy told reporters the fields were ready.",
     "Bolivia"),
    ("The minister praised Peru's Andean Corridor Initiative as a model for the region.", "Peru"),
    ("Garcia and Peru's Foreign Ministry officials discussed the border dispute in Lima.", "Peru"),
    ("He met the Head of Chile's Planning and Budget Organization (PBO) Ana Rojas on Monday.", "Chile"),
])
def test_a_country_owning_its_named_body_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("The figures were first reported by Peru's Andina News Agency on Sunday.", "Peru"),
    ("Peru's National Olympic Committee named its squad for the games.", "Peru"),
    ("The head of Chile's largest human rights organization spoke at the rally.", "Chile"),
    ("Chile's northern mining towns have grown quickly over the last decade.", "Chile"),
])
def test_controls_keep_the_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"
