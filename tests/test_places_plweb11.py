"""Places, turn 25 (helper plweb11): a country that has what only a state that acts holds, and a
country listed after a plural of states.

A country that is the subject of "have" with a noun of what only a state that acts holds (a
choice, options, a reason, its say, room for compromise, the standing to act, a track record,
enemies; or its influence, joined to another noun) or with a record of an act that is no act of
its land ("a history of backing the rebels") is the state, a metonym (place_light.yaml
``light_acts.have``, ``act_record_nouns``; ``place_light.carries_state_act``). A country joined by
"and" to a plural of states ("European countries and Norway cooperated") takes the role of that
plural, as one joined to another country's name does (``place_state.acts_as_state``). Controls:
what a land has (a population, the capacity to export, a history of floods), a country joined to
a plural of states as a place visited. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Chile has no choice but to accept the ruling of the court.", "Chile"),
    ("Analysts said Peru has other options if the talks fail.", "Peru"),
    ("If the pact collapses, Bolivia has every reason to leave the bloc.", "Bolivia"),
    ("The envoy said Norway still has room for compromise on the fishing quotas.", "Norway"),
    ("Peru has a long history of backing the rebels in the north.", "Peru"),
    ("Chile has a record of ignoring rulings of the regional court.", "Chile"),
    ("Peru no longer has the power or the influence it once had in the region.", "Peru"),
    ("Ecuador has a very consistent track record on this question.", "Ecuador"),
    ("The minister said European countries and Norway cooperated on the embargo.", "Norway"),
])
def test_a_country_with_what_a_state_holds_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("Chile has a population of 19 million people.", "Chile"),
    ("Peru has a grim history of floods and landslides.", "Peru"),
    ("Bolivia has the capacity to export more lithium next year.", "Bolivia"),
    ("Norway has a long coastline with many fjords.", "Norway"),
    ("The tourists toured several Andean countries and Peru last spring.", "Peru"),
])
def test_controls_keep_the_land(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"
