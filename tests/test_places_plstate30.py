"""Places, turn 30 (helper plstate30): more shapes in which a country's name is its state.

A country that is the subject of a verb of its land read in a state's sense (it "sees" something
"as" something, "is looking for" partners, "extended" a visa or an invitation, is "closely
following" talks), that "is in a position to" do any act not of the land, that "is required" or
"bound" to act, that "is an observer", that a joint act, body or product is "with", or that a
"framework" is "with", is a metonym; a noun of what a state does before a compound country name
("the U.S. removal of sanctions") too. The land in the same shapes stays literal ("what Peru will
look like", "Chile extends 4,000 km", "in a position to export more copper", "Chile's rural
setting", "a common border with Chile"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The article said Ghana now sees the rebels as dangerous.", "Ghana"),
    ("Earlier in July, Kenya extended visa on arrival from one month to three months.", "Kenya"),
    ("According to the official, Norway is closely following the meeting of the board.", "Norway"),
    ("The United States is not in the position to wreck the accord.", "United States"),
    ("Bolivia is not in a position to judge others.", "Bolivia"),
    ("Ecuador is required to meet about a dozen conditions to receive the loan.", "Ecuador"),
    ("Ghana is an observer and we back its request for full membership.", "Ghana"),
    ("Kenya has been an observer member of the organisation since 2009.", "Kenya"),
    ("Norway has set up joint committees with Ghana and Kenya.", "Ghana"),
    ("Bolivia is now seeking visa frameworks with Ecuador and Kenya.", "Ecuador"),
    ("The minister said the U.S. removal of the tariffs would help farmers.", "U.S."),
    ("The US market regulator is looking into the broker's accounts.", "US"),
    ("Exporters fear the end of the U.S. waivers next month.", "U.S."),
])
def test_a_country_in_a_state_shape_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Ghana will share a common border with Kenya.", "Kenya"),
    ("Bolivia is in a position to export more tin.", "Bolivia"),
    ("What will Ecuador look like in ten years?", "Ecuador"),
    ("Norway saw record rain as the storm passed.", "Norway"),
    ("Kenya's rural setting attracts many tourists.", "Kenya"),
    ("Ghana followed Kenya in the ranking of exporters.", "Ghana"),
    ("With a better rate, Europe and Kenya would look for financial investment in Ghana.", "Kenya"),
])
def test_a_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
