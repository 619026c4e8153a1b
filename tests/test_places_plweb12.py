"""Places, turn 25 (helper plweb12): a country's possessive before what only its state holds or
shows toward others.

A country's possessive before a stance or a feeling its government voices ("reservations",
"frustration", "inflexibility"), a way of acting among states ("flip-flopping", "conduct", "sphere
of influence", "lapdog"), or before a noun of dealings with a party after "with" or "against"
("confrontation with") is the state, a metonym (place_acts.yaml; ``place_acts.holds_stance``).
Controls: what the land has or suffers (its situation, its instability, a reservation system,
compliance officers, a sphere of anything else). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The envoy said Chile's reservations about the plan remain.", "Chile"),
    ("Officials voiced Peru's frustration with the slow pace of the talks.", "Peru"),
    ("Diplomats blamed Bolivia's inflexibility for the collapse of the meeting.", "Bolivia"),
    ("The island has long lain in Norway's sphere of influence.", "Norway"),
    ("Critics attacked the United States' flip-flopping on the accord.", "United States"),
    ("The paper called the bloc Peru's lapdog.", "Peru"),
    ("“The council has always been the U.S’ lapdog,” she said.", "U.S"),
    ("The minister condemned the U.S. non-compliance with the accord.", "U.S."),
    ("Nothing worries the bloc more than Chile's confrontation with its neighbour.", "Chile"),
    ("Peru's conduct during the dispute drew a protest.", "Peru"),
    ("Officials cited Chile's means and aspirations for closer ties with the bloc.", "Chile"),
])
def test_a_country_holding_a_stance_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Analysts studied Chile's situation after the floods.", "Chile"),
    ("The war is the main source of Peru's instability.", "Peru"),
    ("The hotel runs Peru's largest reservation system.", "Peru"),
    ("Peru's compliance officers met the auditors on Monday.", "Peru"),
    ("The dome is Chile's largest sphere of glass.", "Chile"),
])
def test_controls_keep_the_land(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
