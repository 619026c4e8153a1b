"""Places, turn 37 (helper plclaim40, issue 11): a place's name followed by its own possessive is
no word of a name (place_owners.py).

The model may read "Zambia's Foreign Ministry" or "Guam's residents" as one organisation, and the
place then came out `embedded`. A possessive closes the name it follows, so what it owns decides:
a part, a building, the people or a team of the place is the place itself (literal); anything
else is its state's (metonym). Controls: a place inside a longer name whose possessive is the
whole name's ("the Bank of Canada's", "BBC Scotland's"), a place joined by a hyphen to another,
and the earlier readings of possessives (a decision is the state's, a city's clubs the city).
Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

from sitroom.components.place_owners import owner_use

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Officials said Peru's diplomats had left the capital before the vote.", "Peru"),
    ("Zambia's Foreign Ministry said the envoy had been summoned.", "Zambia"),
    ("Chile's Supreme Court on Tuesday ordered the release of the two men.", "Chile"),
    ("Norway's army said on Monday that two soldiers were hurt in the drill.", "Norway"),
    # final read, turn 37: a word opening the sentence is no part of the place's name
    ("But Zambia's Foreign Ministry said the envoy had not been summoned.", "Zambia"),
])
def test_a_possessive_owning_what_the_state_has_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("About half of Guam's residents lost power after the storm hit the island.", "Guam"),
    ("The band will close its tour at Tulsa's Civic Auditorium on May 3.", "Tulsa"),
    ("The fans of Denver's other sports clubs have waited a long time.", "Denver"),
    ("The talks were held by foreign ministers of Nepal's neighbors in Delhi.", "Nepal"),
])
def test_a_possessive_owning_a_part_or_the_people_is_the_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("A researcher at the University of Oslo's medical school led the study.", "Oslo"),
    ("The Bank of Canada's rate decision surprised traders on Wednesday.", "Canada"),
    ("BBC Scotland's political editor said the vote would be close.", "Scotland"),
])
def test_a_place_inside_a_longer_name_keeps_its_claim(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "embedded", text


@model
def test_a_decision_stays_the_state_s(real_nlp):
    assert _uses(real_nlp, "Moscow's decision to expel the envoys angered Berlin.").get("Moscow") == "metonym"


@model
def test_a_firm_s_name_holding_the_possessive_is_no_owner(real_nlp):
    doc = real_nlp("Analysts from Moody's Corporation and two other agencies testified on Tuesday.")
    moody = next(i for i, t in enumerate(doc) if t.text == "Moody")
    assert owner_use(doc[moody : moody + 1], "embedded") == "embedded"



@model
def test_a_small_town_s_namesake_before_its_possessive_stands_for_no_state(real_nlp):
    # coordinator, turn 37: on the audit mix "Moody's Investors Service" (a firm; Moody is also a
    # small US town) came out as the town's state; only a name that can be a country, a
    # first-order region or a capital may be read as its state before a possessive
    doc = real_nlp("Moody\u2019s Ratings Service said on Monday that the vote was bad for utilities. "
                   "Norway\u2019s army said two soldiers were hurt.")
    uses = real_nlp.get_pipe("sitroom_places")
    norway = next(i for i, t in enumerate(doc) if t.text == "Norway")
    assert uses._owned(doc[0:1], "embedded") == "embedded"
    assert uses._owned(doc[norway : norway + 1], "embedded") == "metonym"
