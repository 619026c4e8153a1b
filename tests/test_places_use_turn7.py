"""The use of a place mention by what its possessive owns (issue 11 item 1, hand audit turn 7): a
country or capital owning what a state intends, says or runs is its government ("China's
intention", "Iran's weapons program"); a city owning its streets, networks, people or teams is
the place ("London's only tram network"). Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_state_s_intention_message_or_program_is_its_government(real_nlp):
    assert _uses(real_nlp, "Analysts doubt China's intention to play a bigger role.")["China"] == "metonym"
    assert _uses(real_nlp, "Officials welcomed North Korea's latest message.")["North Korea"] == "metonym"
    assert _uses(real_nlp, "The sanctions target Iran's weapons program.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Israel's failure to destroy Hezbollah was clear.")["Israel"] == "metonym"


def test_a_city_owning_its_networks_and_services_is_the_place(real_nlp):
    assert _uses(real_nlp, "London's only tram network runs in Croydon.")["London"] == "literal"
    assert _uses(real_nlp, "Tehran's official subway operator signed the deal.")["Tehran"] == "literal"
    assert _uses(real_nlp, "Moscow's streets were empty.")["Moscow"] == "literal"
    # what a government decides stays the government's, whatever it is about
    assert _uses(real_nlp, "Washington's transport policy changed.")["Washington"] == "metonym"
    assert _uses(real_nlp, "Moscow's decision surprised Europe.")["Moscow"] == "metonym"


def test_a_state_s_role_and_the_aid_it_gets_are_its_government(real_nlp):
    assert _uses(real_nlp, "The United States says Iran is a state sponsor of terror.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Japan pledged aid to Ukraine.")["Ukraine"] == "metonym"
    # the land described stays a place
    assert _uses(real_nlp, "Iran is a powerful country.")["Iran"] == "literal"
    assert _uses(real_nlp, "Hong Kong also housed thousands of refugees.")["Hong Kong"] == "literal"


def test_where_one_leaves_for_is_the_place(real_nlp):
    uses = _uses(real_nlp, "The trade minister will leave Ankara for Moscow on Monday.")
    assert uses["Moscow"] == "literal"
    assert _uses(real_nlp, "Russia voted for Washington's proposal.")["Washington"] == "metonym"


def test_what_a_state_does_named_after_it_is_its_government(real_nlp):
    assert _uses(real_nlp, "Several officials said the U.S. measure was null and void.")["U.S."] == "metonym"
    assert _uses(real_nlp, "Ministers discussed America's presence in the region.")["America"] == "metonym"
    # a company's presence in a country and a programme made there are where they are
    assert _uses(real_nlp, "The firm lacked a US presence to establish jurisdiction.")["US"] == "literal"
    assert _uses(real_nlp, "He made the claims in a US television programme.")["US"] == "literal"


def test_a_state_leaving_is_its_government_and_the_place_left_is_the_place(real_nlp):
    assert _uses(real_nlp, "Analysts discussed the U.S. exit from the region.")["U.S."] == "metonym"
    assert _uses(real_nlp, "Critics say the Afghanistan exit is a stain on his record.")["Afghanistan"] == "literal"


def test_a_seat_of_government_owning_people_is_the_government(real_nlp):
    uses = _uses(real_nlp, "The White House's team met the delegation on Monday.")
    assert uses["White House"] == "metonym"
