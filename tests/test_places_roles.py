"""A country or capital acting as a state is a metonym by its role in the clause (issue 11, hand
audit): the subject of what a state does, the other party of dealings, what a state decides; the
land and its people stay a place. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_doing_what_a_state_does_is_its_government(real_nlp):
    assert _uses(real_nlp, "Inspectors said Iran was complying with the deal.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Saudi Arabia spends over $60 billion on defense.")["Saudi Arabia"] == "metonym"
    assert _uses(real_nlp, "The Islamic Republic of Iran registers its strong objection.")["Islamic Republic of Iran"] == "metonym"
    # the land, its people and its economy stay a place
    assert _uses(real_nlp, "Cuba has a population of 11 million.")["Cuba"] == "literal"
    assert _uses(real_nlp, "Japan suffered heavy losses in the floods.")["Japan"] == "literal"
    assert _uses(real_nlp, "He said a more stable Afghanistan will benefit its neighbours.")["Afghanistan"] == "literal"


def test_the_parties_of_dealings_and_a_state_s_position_are_its_government(real_nlp):
    uses = _uses(real_nlp, "Relations between the United States and Cuba soured in 1961.")
    assert uses["United States"] == uses["Cuba"] == "metonym"
    assert _uses(real_nlp, "The move was a signal to Washington.")["Washington"] == "metonym"
    assert _uses(real_nlp, "He asked whether aides colluded with Russia.")["Russia"] == "metonym"
    assert _uses(real_nlp, "He underlined the position of Iran on the talks.")["Iran"] == "metonym"
    assert _uses(real_nlp, "The road to Kabul was closed.")["Kabul"] == "literal"


def test_a_match_report_keeps_its_countries(real_nlp):
    text = ("France thrashed England 3-1 in the football match on Saturday; the striker scored twice, the "
            "goalkeeper saved a penalty and the coach praised the midfield.")
    uses = _uses(real_nlp, text)
    assert uses.get("France", "literal") != "metonym"
    assert _uses(real_nlp, "France thrashed Peru 3-1 on Saturday.").get("France", "literal") != "metonym"
