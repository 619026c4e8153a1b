"""Places, turn 38 (helper plmeto38): a country standing for its state by what it does or is told:
a slogan "X First" naming its course (a metonym) or a party's name (embedded); light verbs that
carry a state's act ("hit out at", "sits at the table", "received no notice", "has questions for",
"the war Peru leads", "ran campaigns"); roles in a deal ("no obstacle"); a possessive before how a
state treats others ("Chile's generosity"). The land in the same shapes stays literal. Own short
texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word, use", [
    ("Aides tried to soften the \u201cPeru First\u201d line of the new cabinet.", "Peru", "metonym"),
    ("Voters cheered the Chile First trade agenda at the rally.", "Chile", "metonym"),
    ("The deputy leader of Norway First posted the clip online.", "Norway", "embedded"),
    ("Critics call Chile First a fringe party with few members.", "Chile", "embedded"),
])
def test_slogan_names_the_state_or_a_party(real_nlp, text, word, use):
    assert _uses(real_nlp, text).get(word) == use, text


@model
@pytest.mark.parametrize("text, word", [
    ("After the vote, Chile hit out at the alliance for its silence.", "Chile"),
    ("Analysts said that when Peru sits at the negotiating table, it signals a shift.", "Peru"),
    ("A spokesman said Norway had received no formal notice from Lima about the plan.", "Norway"),
    ("Officials said Peru had received requests from several envoys to attend the summit.", "Peru"),
    ("Diplomats said Chile also has serious questions for the envoys about the draft.", "Chile"),
    ("Observers blame the long conflict which Peru is leading in the south.", "Peru"),
    ("A study found that Norway has run covert media campaigns aimed at its rivals.", "Norway"),
    ("The minister said Chile would be no obstacle to a deal on the border.", "Chile"),
    ("The envoy said Peru remains a critical regional player at every level.", "Peru"),
    ("A United Nations official praised Chile's generosity toward the displaced families.", "Chile"),
    ("Rights groups said Peru's hospitality was being tested by the new arrivals.", "Peru"),
])
def test_light_verbs_and_roles_make_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Severe storms hit Chile last week, cutting power in the south.", "Chile"),
    ("Peru received heavy rain in the north over the weekend.", "Peru"),
    ("Norway has a long coast and many islands.", "Norway"),
    ("Chile's coast is long and its winters are mild.", "Chile"),
    ("Tourists travel to Peru every summer for the ruins.", "Peru"),
    ("The charity supplied Peru with medical equipment after the quake.", "Peru"),
])
def test_the_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("Europe will keep to the accord as long as Peru abides by it.", "Peru"),
    ("While Peru and Chile back the president, Bolivia demands that he steps down.", "Peru"),
    ("Chile has come under fire from the council for its stance on the border.", "Chile"),
    ("The envoy said Peru is out of compliance with the accord on several fronts.", "Peru"),
    ("Peru and Chile enjoy strategic cooperation against the cartels, an aide said.", "Peru"),
    ("Officials said Chile was present in the mission as an occupying force for years.", "Chile"),
    ("Analysts fear that Norway may be providing Peru with advanced drones and rockets.", "Peru"),
    ("The envoy said Chile was ready to supply Peru with up to several hundred drones.", "Peru"),
])
def test_mistagged_and_standing_make_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru and Chile enjoy warm weather most of the year.", "Peru"),
    ("Chile came under a storm front on Monday, forecasters said.", "Chile"),
    ("The new port will provide Bolivia with access to the sea, officials said.", "Bolivia"),
])
def test_the_land_keeps_its_weather(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
