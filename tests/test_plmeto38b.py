"""Places, turn 38 (helper plmeto38b): a country's possessive before what the state hosts, strives
against or has learnt ("Norway's hosting of the round", "Peru's struggle against the fever",
"Norway's experience shows") or before a record with its matter ("Peru's record on rights"), and
a country that is one of the pioneers, proponents or culprits of a course, is the state, a
metonym. The land's record crop, a record in a month, a side's performance in a final and one of
the poorest countries stay literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("He said that Norway's experience shows that sanctions seldom work.", "Norway"),
    ("The panel questioned Peru's record on the rights of detained migrants.", "Peru"),
    ("Campaigners cited Norway's record in jailing critics of the regime.", "Norway"),
    ("Aid workers praised Peru's struggle against the fever outbreak.", "Peru"),
    ("Delegates arrived for Norway's hosting of the ministerial round.", "Norway"),
])
def test_a_state_s_resolve_and_stance_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Officials said Peru is among the pioneers of the coastal fishing accord.", "Peru"),
    ("The minister said Chile is one of the main culprits of the water crisis.", "Chile"),
    ("Norway has long been one of the proponents of a global ban on the mines.", "Norway"),
])
def test_a_state_s_role_in_a_group_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Farmers expect Peru's record harvest of grapes to lift exports.", "Peru"),
    ("Chile's record in May was the warmest in forty years.", "Chile"),
    ("Fans cheered Peru's performance in the final at the stadium.", "Peru"),
    ("Officials said Chile's performance on the pitch pleased the coach.", "Chile"),
    ("Peru's experience of hyperinflation shaped its economy.", "Peru"),
    ("Peru is among the poorest countries in the region.", "Peru"),
])
def test_a_land_s_record_and_place_stay_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
