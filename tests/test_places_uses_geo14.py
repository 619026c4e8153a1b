"""The state an envoy is sent to when the envoy's name follows with no comma (session 14, helper
geo14): in "Chile's Ambassador to Peru Marta Olmos" the parse makes "Peru" a part of the
envoy's name, or the model reads "Peru Marta Olmos" as one organisation, and the place came out
literal or embedded; it is the state the envoy is sent to, as in "the ambassador to Peru, Marta
Olmos". Not a place after "to" that no envoy holds, nor the town an envoy is posted in. Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_the_state_an_envoy_is_sent_to_before_the_envoys_name(real_nlp):
    text = "Chile's Ambassador to the UK Ramon Duarte has said that the talks failed."
    assert _uses(real_nlp, text)["UK"] == "metonym"
    text = "Flynn spoke with then-Chilean Ambassador to the United States Ramon Duarte that day."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    # a name the model does not know as a person's
    text = "Peru's Ambassador to Russia Kazem Jalali has also said that the president will visit."
    assert _uses(real_nlp, text)["Russia"] == "metonym"
    # the name is the clause's subject in the parse; a lower-case envoy; a capital
    text = "Meanwhile, Iranian Ambassador to China Mohammad Keshavarzi has said that both sides agree."
    assert _uses(real_nlp, text)["China"] == "metonym"
    text = "The minister met with the Pakistani ambassador to Kabul Ahmad Reza Nouri on Saturday."
    assert _uses(real_nlp, text)["Kabul"] == "metonym"


def test_an_envoys_name_read_as_an_organisation(real_nlp):
    # the model reads "Peru Marta Olmos" as one body's name: the place was exported embedded
    text = "Earlier, Chile's Ambassador to Peru Marta Olmos said in an interview with a local paper that the deal would be signed."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The U.S. ambassador to Madrid Woody Jensen wrote on Twitter he had read the letter."
    assert _uses(real_nlp, text)["Madrid"] == "metonym"


def test_no_envoy_or_no_name_after_the_place(real_nlp):
    # no envoy holds "to": the place itself
    text = "The family moved to Peru Tuesday after the floods."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The company sold its stake to Chile Copper Holdings last year."
    assert _uses(real_nlp, text)["Chile"] == "embedded"  # a firm's name, no envoy
    # where an envoy is posted is the town
    text = "The dinner was held at the residence of the Chilean ambassador in Lima on Monday."
    assert _uses(real_nlp, text)["Lima"] == "literal"
    # the envoy's destination without a following name keeps the earlier reading
    assert _uses(real_nlp, "The French ambassador to Canada said talks would resume.")["Canada"] == "metonym"


def test_the_partner_a_state_works_with(real_nlp):
    # "work with" a country names the other party of dealings, as "cooperate with" does
    text = "A ministry spokeswoman said on Monday that Beijing wants to work with Chile."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The memo proposed working with Peru on a new copper smelter."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The minister praised the bank's commitment to strengthening its relationships with Norway."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    # where someone works is the place
    text = "Her brother worked in Chile for ten years before moving to Peru."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "literal" and uses["Peru"] == "literal"


def test_a_markets_demand_for_goods_is_the_lands(real_nlp):
    # what a land's buyers use is the land's, as its economy is; not a state's demand
    text = "Officials said Chile's crude demand is expected to rise by 4% a year."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Analysts said that U.S. oil demand rose 2 pct last month."
    assert _uses(real_nlp, text)["U.S."] == "literal"
    text = "The ministry estimates Peru's edible oil demand will rise 1.2 pct."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    # a state's demand stays the state's
    assert _uses(real_nlp, "Peru's main demand is the release of the prisoners.")["Peru"] == "metonym"
    assert _uses(real_nlp, "Chile's demand for compensation was rejected.")["Chile"] == "metonym"
