"""Places, turn 16 (helper geo25): a country's name or possessive before a noun of force a state
sends (a presence, a war, airstrikes) set in another place ("the U.S. presence in Iraq",
"America's war in Somalia") is the state that sends it; bare, the name may be where it is ("the
Syria war", "a Canada presence" of a firm). And "U.S. unilateralism": a state's way of dealing.
Own short sentences, full pipeline, each rule with its controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_force_set_in_another_place_is_the_states(real_nlp):
    uses = _uses(real_nlp, "Critics said the U.S. presence in Iraq had only fuelled the insurgency.")
    assert uses["U.S."] == "metonym"
    assert uses["Iraq"] == "literal"
    uses = _uses(real_nlp, "He blamed America's war in Somalia for the refugee crisis.")
    assert uses["America"] == "metonym"
    assert uses["Somalia"] == "literal"
    text = "The U.S. military presence in the region has not brought security, he said."
    assert _uses(real_nlp, text)["U.S."] == "metonym"


def test_a_war_or_presence_with_no_other_place_keeps_the_land(real_nlp):
    text = "The Syria war has displaced millions."
    assert _uses(real_nlp, text)["Syria"] == "literal"
    text = "He wrote a book about the Iraq war in 2004."
    assert _uses(real_nlp, text)["Iraq"] == "literal"
    text = "The firm said it lacked enough of a Canada presence to be taxed there."
    assert _uses(real_nlp, text)["Canada"] == "literal"


def test_a_states_way_of_dealing_is_the_state(real_nlp):
    text = "Ministers urged the assembly to confront U.S. unilateralism."
    assert _uses(real_nlp, text)["U.S."] == "metonym"
    text = "Ministers urged the assembly to confront the U.S. economy."
    assert _uses(real_nlp, text)["U.S."] == "literal"
