"""Parties only a state can be, and places ending a name (session 12, helper geo10): the state an
envoy is sent to ("the French ambassador to Canada"), a state taken out of an accord ("withdrew
Britain from the treaty"), the buyer of arms ("sold missiles to Egypt"; not goods, "exported
cars to Egypt"), a country beside people in a bond ("contacts between the senator's aides and
China"; not "parallels between Britain and Germany"), the holder of a bond ("Iran has close
ties with Turkey"; not "age-old cultural ties"), and a country ending a company's or a
broadcaster's name ("Ford Canada said", "Air New Zealand Ltd"). Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_the_state_an_envoy_is_sent_to(real_nlp):
    assert _uses(real_nlp, "The French ambassador to Canada said talks would resume.")["Canada"] == "metonym"
    assert _uses(real_nlp, "Japan's envoy to Brazil said the talks would resume.")["Brazil"] == "metonym"
    # going there is the place
    assert _uses(real_nlp, "The minister flew to Canada on Monday.")["Canada"] == "literal"


def test_a_state_taken_out_of_an_accord(real_nlp):
    text = "The prime minister vowed to withdraw Britain from the treaty next year."
    assert _uses(real_nlp, text)["Britain"] == "metonym"
    # troops taken out of a land leave the land
    text = "The general said Britain will withdraw its troops from Iraq next year."
    assert _uses(real_nlp, text)["Iraq"] == "literal"


def test_the_buyer_of_arms_is_the_state(real_nlp):
    assert _uses(real_nlp, "France agreed to sell fighter jets to Egypt last year.")["Egypt"] == "metonym"
    assert _uses(real_nlp, "Moscow said the supply of missiles to Qatar would go ahead.")["Qatar"] == "metonym"
    # goods of trade go to the land
    assert _uses(real_nlp, "The company exported cars to Egypt last year.")["Egypt"] == "literal"


def test_a_country_beside_people_in_a_bond(real_nlp):
    text = "Investigators are looking into contacts between the senator's aides and China."
    assert _uses(real_nlp, text)["China"] == "metonym"
    text = "There are worrying parallels between Britain now and Germany in the 1930s."
    assert _uses(real_nlp, text)["Germany"] == "literal"


def test_a_country_ending_a_company_or_broadcasters_name(real_nlp):
    assert _uses(real_nlp, "Ford Canada said sales rose in March.")["Canada"] == "embedded"
    text = "Shares of Air New Zealand Ltd rose sharply on Monday."
    assert _uses(real_nlp, text)["New Zealand"] == "embedded"
    # a compass word opens no name
    assert _uses(real_nlp, "Floods hit Eastern Saudi Arabia on Monday.")["Saudi Arabia"] == "literal"


def test_the_holder_of_a_bond_with_others(real_nlp):
    text = "Iran already has close political ties with a number of regional countries."
    assert _uses(real_nlp, text)["Iran"] == "metonym"
    # a bond of peoples, and what a land has, stay the land's
    text = "Iran and India have shared age-old historical and cultural ties."
    assert _uses(real_nlp, text)["Iran"] == "literal"
    assert _uses(real_nlp, "Iran has large oil reserves.")["Iran"] == "literal"



def test_an_envoy_phrase_ends_at_a_comma(real_nlp):
    # the parse may hang a later "to" on the envoy across a comma: peace brought to a land
    text = "According to the ambassador, restoration of peace to Yemen is viable only through dialogue between all players."
    assert _uses(real_nlp, text)["Yemen"] == "literal"
    assert _uses(real_nlp, "The new ambassador of Chile to Spain presented his credentials.")["Spain"] == "metonym"


def test_words_before_a_place_that_make_no_name(real_nlp):
    # a row of places, a row of adjectives: no name's end
    text = "It recalled coups such as the UK/ U.S. coup against Mossadegh in 1953."
    assert _uses(real_nlp, text)["U.S."] != "embedded"
    text = "The senator foresaw ties with a free and democratic China, a “Modern” and Americanized China."
    assert _uses(real_nlp, text)["China"] != "embedded"
    # a broadcaster's name still ends in one
    text = "In the latest Television New Zealand poll, the opposition rose to 48 pct."
    assert _uses(real_nlp, text)["New Zealand"] == "embedded"


def test_the_party_called_on_to_act(real_nlp):
    text = "Aid groups called on Norway and Denmark to halt the deportations."
    uses = _uses(real_nlp, text)
    assert uses["Norway"] == "metonym" and uses["Denmark"] == "metonym"
    assert _uses(real_nlp, "We again call on Peru to respect the ruling.")["Peru"] == "metonym"
    # a call made on a day in a place
    assert _uses(real_nlp, "The minister called on Monday in Lisbon for calm.")["Lisbon"] == "literal"


def test_the_state_that_leads_states(real_nlp):
    text = "The raids were backed by Western powers led by France, officials said."
    assert _uses(real_nlp, text)["France"] == "metonym"
    assert _uses(real_nlp, "The coalition was led by the United States.")["United States"] == "metonym"
    # an economy or a table led by a land
    assert _uses(real_nlp, "A recovery led by India lifted metal prices.")["India"] == "literal"
    assert _uses(real_nlp, "The medal table, led by Sweden, changed little.")["Sweden"] == "literal"
