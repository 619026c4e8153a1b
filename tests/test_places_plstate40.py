"""Places, turn 40 (helper plstate40): a country whose act a relative clause right after it tells
("blamed Norway, which refused to sign"), or that a role among states in apposition follows
("directed at Chile, Peru's closest ally"): the state, a metonym. The land in the same shapes
stays literal: a clause of the land's lot, a passive, a name after a preposition of where (whose
clause may tell of the whole), a description that is no role. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Officials blamed Norway, which refused to sign the accord.", "Norway"),
    ("The ruling irked Chile, which has threatened to leave the pact.", "Chile"),
    ("Talks with Peru, which is seeking a bigger quota, stalled again.", "Peru"),
    ("Unlike Chile, which has pledged fresh aid, Lima said nothing.", "Chile"),
    ("The memo was aimed at Norway, which has imposed new tariffs on fish.", "Norway"),
    ("Calls were directed at Chile, Peru's closest ally and a member of the council.", "Chile"),
    ("The bank will not fund loans that help Peru, Bolivia's main ally.", "Peru"),
    ("Raiders slip in from Chile, which opposes the planned wall.", "Chile"),
    ("He is fighting extradition to Peru, which accuses him of bribery.", "Peru"),
])
def test_told_after_the_name_makes_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru, which has 30 million people, is poor.", "Peru"),
    ("Aid went to Chile, which was hit by the storm.", "Chile"),
    ("Tourists love Chile, which borders Peru.", "Chile"),
    ("Thousands of visitors travelled to Peru, which shows a sharp rise on last year.", "Peru"),
    ("A wave of bombings across Chile, which began in the spring, left dozens dead.", "Chile"),
    ("Chile, a country of 18 million people, has long beaches.", "Chile"),
    ("Growth comes from young markets, like Peru, which are showing quick uptake.", "Peru"),
])
def test_the_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
