"""Places, turn 16 (helper geo24): a country's name after "by" in a passive is the state that does
it, as its subject would be ("talks attended by Peru"); not a verb of the land, its rank or its lie
("followed by Chile", "shared by Peru and Chile", "surrounded by Bolivia"). Own short sentences,
full pipeline, each rule with its controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_the_doer_of_a_passive_is_the_state(real_nlp):
    text = "He said the Lima talks attended by Chile, Peru and Ecuador would bring results."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym"
    assert uses["Ecuador"] == "metonym"
    text = "The accord is the latest in a run of deals struck by Norway this year."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "Three Danes held by Venezuela for two years will be freed next week."
    assert _uses(real_nlp, text)["Venezuela"] == "metonym"
    text = "The trade bloc was founded by Kenya, Uganda and Tanzania in 1991."
    assert _uses(real_nlp, text)["Uganda"] == "metonym"


def test_a_land_its_rank_or_its_lie_after_by_stays_the_land(real_nlp):
    text = "Brazil came first in the survey, followed by Chile and Mexico."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "The shores of the lake are shared by Peru and Bolivia."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The small enclave is surrounded by Bolivia on three sides."
    assert _uses(real_nlp, text)["Bolivia"] == "literal"
    text = "Last year Germany was overtaken by China as the largest buyer of the ore."
    assert _uses(real_nlp, text)["China"] == "literal"
    # the name shares a noun with an adjective; a place where it was done
    text = "The song was favoured by both UK and European listeners."
    assert _uses(real_nlp, text)["UK"] == "literal"
    text = "The treaty was signed in Chile by the two ministers."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_the_doer_of_an_act_after_by_is_the_state(real_nlp):
    text = "Officials in Lima rejected repeated calls by Chile for joint border patrols."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The minister welcomed the donation of vaccines by Norway to the clinics."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "The downing of the cargo plane by Kenya angered the pilots' union."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_trade_or_a_verb_before_by_keeps_the_land(real_nlp):
    text = "Sugar prices rose on heavy buying by India and Egypt, dealers said."
    assert _uses(real_nlp, text)["India"] == "literal"
    text = "Strong sales by Chile lifted copper stocks at the end of the year."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Judging by Croatia, joining the union can take ten years."
    assert _uses(real_nlp, text)["Croatia"] == "literal"
    # a market's trade told by a verb, as by a noun: where the goods come from
    text = "Each year about two million tractors are sold by Brazil into Argentina."
    assert _uses(real_nlp, text)["Brazil"] == "literal"
    text = "Most of the copper bought by Chile last year came from small mines."
    assert _uses(real_nlp, text)["Chile"] == "literal"
