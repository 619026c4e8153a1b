"""The use of a country's name by the clause around it (issue 11 item 1, turn 8): a country in a
state's role, judged in the passive, holding a state's views, or party to a partnership or a
policy is its government; a people's adjective that names a language is no demonym. Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_parties_to_a_pact_or_partnership_are_states(real_nlp):
    uses = _uses(real_nlp, "AUKUS is a security pact between Australia, the UK, and the U.S.")
    assert uses["UK"] == "metonym"
    uses = _uses(real_nlp, "How do you evaluate the 25-year partnership between Iran and China?")
    assert uses["Iran"] == uses["China"] == "metonym"
    uses = _uses(real_nlp, "The administration is pursuing more aggressive policies against China.")
    assert uses["China"] == "metonym"


def test_a_country_in_a_state_s_role_or_judged_is_its_government(real_nlp):
    uses = _uses(real_nlp, "Iran, Russia, and Turkey are the guarantor countries that brokered a ceasefire in Syria.")
    assert uses["Russia"] == "metonym" and uses["Turkey"] == "metonym"
    assert uses["Syria"] == "literal"
    uses = _uses(real_nlp, "The drill shows that Iran is not isolated in the region.")
    assert uses["Iran"] == "metonym"
    assert _uses(real_nlp, "Standard & Poor's upgraded Pakistan a few weeks ago.")["Pakistan"] == "metonym"


def test_a_country_holding_a_state_s_views_is_its_government(real_nlp):
    uses = _uses(real_nlp, "Zarif said Iran and China share the same views on regional affairs.")
    assert uses["China"] == "metonym"
    assert _uses(real_nlp, "He read a letter on Iran's concerns about the deal.")["Iran"] == "metonym"
    # the land a country has stays the place
    assert _uses(real_nlp, "Zarif said Iran has a population of 80 million.")["Iran"] == "literal"


def test_a_language_is_no_demonym(real_nlp):
    uses = _uses(real_nlp, "Writing on his Twitter page in Chinese on Friday, the minister thanked his friends.")
    assert "Chinese" not in uses
    assert "Spanish" not in _uses(real_nlp, "The site has listeners from across the Spanish-speaking world.")
    # the people's adjective before what they own stays a demonym
    assert _uses(real_nlp, "The deal was signed in Chinese hands.")["Chinese"] == "demonym"
    assert _uses(real_nlp, "Chinese investors bought the port.")["Chinese"] == "demonym"
    assert _uses(real_nlp, "Figures rose by an increase in Europeans travelling to the UK.")["Europeans"] == "demonym"
    assert _uses(real_nlp, "The Iranian speaker highlighted the need for talks.")["Iranian"] == "demonym"


def test_a_country_owning_a_state_s_office_or_doing_its_acts_is_the_state(real_nlp):
    text = "Russia's Permanent Representative in Vienna Mikhail Ulyanov has said that the act is legal."
    assert _uses(real_nlp, text)["Russia"] == "metonym"
    text = "Iran asked the commission to address the implementation of the deal by France and Germany."
    assert _uses(real_nlp, text)["Germany"] == "metonym"
    # a country's bank and what was built by a country stay the place
    assert _uses(real_nlp, "Britain's biggest bank reported profits.")["Britain"] == "literal"
    assert _uses(real_nlp, "The bridge was built by France in 1900.")["France"] == "literal"


def test_what_is_said_or_done_against_a_state_makes_it_the_state(real_nlp):
    assert _uses(real_nlp, "The family has upped its rhetoric against Iran since the deal.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Israel is not prepared for a full-fledged war against Iran.")["Iran"] == "metonym"
    # the land a war is fought over stays the place
    text = "The report covers the damage inflicted during the war and occupation of Afghanistan."
    assert _uses(real_nlp, text)["Afghanistan"] == "literal"


def test_examples_of_countries_take_the_countries_role(real_nlp):
    text = "Other countries such as China, Turkey and Qatar have all bought the missile."
    assert _uses(real_nlp, text)["Turkey"] == "metonym"
    assert _uses(real_nlp, "Prices rose in countries such as China and India.")["India"] == "literal"


def test_cities_before_their_exchanges_are_the_places(real_nlp):
    text = "Euronext operates the Paris, Amsterdam, Brussels and Lisbon bourses, while Deutsche Boerse runs Frankfurt."
    uses = _uses(real_nlp, text)
    assert uses["Amsterdam"] == "literal" and uses["Lisbon"] == "literal"


def test_a_town_s_state_keeps_its_use_and_a_people_s_language_and_culture_its_demonym(real_nlp):
    text = "CHARLESTON, W. Va. (Reuters) - Don Blankenship, the former coal executive, said he would run."
    assert _uses(real_nlp, text).get("W. Va.", "literal") != "metonym"
    text = "Iranian language and culture are taught at the university."
    assert _uses(real_nlp, text)["Iranian"] == "demonym"
    assert "Russian" not in _uses(real_nlp, "The envoy said in a Russian-language tweet that talks went well.")
