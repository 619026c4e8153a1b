"""Where something happens is the place; a country dealing with states is the state (session 10
round 2, helper geo7). A capital before an incident or a gathering ("the Paris attacks", "the
Brussels IAAF race") or in a list with a place ("destinations including Paris, Tokyo, Seoul and
Bangkok", "the Paris, Amsterdam, Brussels and Lisbon bourses") is where it is, not its
government; a country joined to its own allies, trading or at war with another, or set to sign
a deal is the state. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_capital_before_an_incident_is_where_it_happened(real_nlp):
    uses = _uses(real_nlp, "Like the November 2015 Paris attacks, the Brussels attack provoked outrage.")
    assert uses["Paris"] == "literal" and uses["Brussels"] == "literal"
    # what a state does keeps the state: its possessive, or a target after the noun
    assert _uses(real_nlp, "Moscow's attack on Kyiv drew condemnation.")["Moscow"] == "metonym"


def test_capitals_in_a_list_with_a_place_are_places(real_nlp):
    text = "The airline flies to destinations including Paris, Tokyo, Seoul, Singapore, and Bangkok."
    uses = _uses(real_nlp, text)
    assert uses["Paris"] == "literal" and uses["Tokyo"] == "literal"
    text = ("Rival exchange operator Euronext has also said it may bid for the LSE. Euronext operates "
            "the Paris, Amsterdam, Brussels and Lisbon bourses, while Deutsche Boerse runs the Frankfurt exchange.")
    uses = _uses(real_nlp, text)
    assert all(uses[c] == "literal" for c in ("Paris", "Amsterdam", "Brussels", "Lisbon"))
    # capitals dealing with each other stay their governments
    uses = _uses(real_nlp, "Relations between Tehran and Moscow have improved.")
    assert uses["Tehran"] == "metonym" and uses["Moscow"] == "metonym"


def test_a_country_with_its_allies_is_the_state(real_nlp):
    assert _uses(real_nlp, "Spitefulness won't help anyone, not even the U.S. and its allies.")["U.S."] == "metonym"


def test_trade_and_war_between_countries_name_states(real_nlp):
    uses = _uses(real_nlp, "The prime minister said the volume of trade between Belarus and Iran has tripled.")
    assert uses["Belarus"] == "metonym" and uses["Iran"] == "metonym"
    assert _uses(real_nlp, "Officials said Russia is at war with Ukraine.")["Russia"] == "metonym"
    text = "To keep selling oil, Iran has been in talks with key allies, including China."
    assert _uses(real_nlp, text)["Iran"] == "metonym"
    # goods traded in a country, the land's weather: the place
    assert _uses(real_nlp, "He said trade in Iran was growing.")["Iran"] == "literal"
    assert _uses(real_nlp, "Iran is expected to see heavy rain this week.")["Iran"] == "literal"


def test_a_country_set_to_sign_is_the_state(real_nlp):
    uses = _uses(real_nlp, "Russia and India are set to sign a deal worth more than $10 billion.")
    assert uses["Russia"] == "metonym" and uses["India"] == "metonym"
    assert _uses(real_nlp, "Oman is expected to join the trilateral agreement.")["Oman"] == "metonym"
    assert _uses(real_nlp, "Pakistan is in a state of shock after the floods.")["Pakistan"] == "literal"


def test_a_capitals_own_named_part_is_the_place(real_nlp):
    text = "More than 40 people were killed in a spate of explosions in central Baghdad's Karrada area."
    assert _uses(real_nlp, text)["Baghdad"] == "literal"
    assert _uses(real_nlp, "Tehran's City Theater Complex will host the seminar.")["Tehran"] == "literal"
    # a state's body or office keeps the state
    assert _uses(real_nlp, "Tehran's Supreme National Security Council said it would respond.")["Tehran"] == "metonym"
    assert _uses(real_nlp, "Mousavi, who serves as Tehran's Ambassador to Kabul, met the envoy.")["Tehran"] == "metonym"
