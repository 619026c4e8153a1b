"""Places, turn 28 (helper plsubj): a country that a body or a gathering includes, comprises or
groups is one of its member states.

The object of "include", "comprise" or "group" whose subject is a body or a gathering of states
(an organisation's name, "the bloc", "the meeting", "the format"; reached over "which" of a
relative clause, over the noun a participle describes, over "of" from "the group of countries")
is the state, a metonym, and the names joined to it with it (``place_kinds.instance_of_states``).
Controls: a region, a chart, a tour or a list of research interests includes lands, and "the
countries included Peru" names no body. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Chile wants to join the Andean group, which already includes Peru, Bolivia and Ecuador.", "Bolivia"),
    ("It is striking that the next meeting will not include Peru and Chile.", "Peru"),
    ("The new summit format, which includes Chile, Peru and Norway, was praised by the envoy.", "Norway"),
    ("The Pacific Alliance, comprising Chile, Peru, Colombia and Mexico, promotes free trade.", "Colombia"),
    ("The envoy met the contact group of countries which includes Norway, Kenya and Ghana.", "Kenya"),
    ("The Andean Council, which groups Bolivia, Ecuador and Peru, met in Lima.", "Ecuador"),
    ("The talks will include Chile and Peru for the first time.", "Chile"),
])
def test_a_country_a_body_or_gathering_includes_is_a_member_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The European chart, which included Norway, Chile and Peru, put the song in second place.", "Chile"),
    ("South America, which includes Peru and Chile, saw record rains.", "Peru"),
    ("Her research interests include Peru and the politics of oil.", "Peru"),
    ("The tour included Chile, Peru and Bolivia, where the band played to large crowds.", "Peru"),
    ("The countries included Chile, Peru, Norway and Kenya.", "Peru"),
])
def test_a_land_that_a_region_chart_or_tour_includes_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
