"""Places, turn 17 (helper geo29). 1. geo28's light verb that carries a state's act does not make a
country the state when the carried act is the economy's: a verb of trade ("if Chile is going to
trade") or a noun of the market in what the carried verb takes ("was able to retain its share of
the market", "seems to have jumped in with new products"). 2. "on" or "against" hung on the verb
of a measure aimed at a state ("sanctions were imposed on Peru", "took measures against Norway") is
the state, as after the noun. Controls with each. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_carried_act_of_trade_or_the_market_keeps_the_land(real_nlp):
    text = "Growers said prices must fall if Chile is going to trade."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Analysts said Peru was able to retain most of its share of the copper market."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Engineers said Kenya seems to have jumped in with a range of new products."
    assert _uses(real_nlp, text)["Kenya"] == "literal"


def test_the_same_carriers_before_a_state_act_still_make_the_state(real_nlp):
    text = "Officials said Chile keeps refusing to pay the debt."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Analysts doubt that Peru is able to curb the smuggling on its own."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Analysts expect that Norway is going to join the new bloc next year."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_on_or_against_hung_on_the_verb_of_a_measure_is_the_state(real_nlp):
    text = "Officials said fresh sanctions will be imposed on Peru next week."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Analysts called for lifting the sanctions imposed on Kenya after the vote."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "The government took tough measures against Norway after the expulsions."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_on_or_against_after_other_verbs_keeps_the_place(real_nlp):
    text = "The storm imposed heavy damage on Peru."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Kenya played a friendly against Norway on Sunday."
    assert _uses(real_nlp, text)["Norway"] == "literal"
    text = "The army launched an offensive on Kenya's border towns."
    assert _uses(real_nlp, text)["Kenya"] == "literal"


def test_a_state_advised_hailed_or_countered_is_the_state(real_nlp):
    text = "The envoy advised Peru to wait for the ruling."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The minister hailed Kenya for its help with the refugees."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "Officials said the new pact is meant to counter Norway in the north."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_other_objects_of_those_sentences_keep_the_place(real_nlp):
    text = "The envoy visited Peru before the ruling."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The storm battered Kenya for three days."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "The council voted to recognize Lima as the capital of the new union."
    assert _uses(real_nlp, text)["Lima"] == "literal"  # the city named the capital
