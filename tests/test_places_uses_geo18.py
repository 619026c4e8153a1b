"""A country named as an example of states takes the states' role, and a state's office joined
to another noun before "of" (turn 14, helper geo18). "Other nations, including Chile, have
pledged aid" is a state acting, as "nations such as Chile have pledged" already was; "visitors
from nations including Chile" stay a place. "The people and government of Peru" is the state
with its people, as "the government of Peru" already was. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_after_including_takes_the_role_of_the_states(real_nlp):
    text = "Several other nations, including Chile, Peru and Norway, have pledged to back the new government."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym"
    assert uses["Norway"] == "metonym"
    text = "Nine countries including Kenya and Ghana abstained from the vote on the resolution."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_country_set_apart_by_especially_takes_the_role_of_the_states(real_nlp):
    text = "Foreign governments, especially Norway and Denmark, are providing the money for the repairs."
    uses = _uses(real_nlp, text)
    assert uses["Norway"] == "metonym"
    assert uses["Denmark"] == "metonym"


def test_a_role_the_name_has_already_is_kept(real_nlp):
    # a state among its allies, or named in a role among states, whatever the noun of states does
    text = "By then the countries of the region, especially Chile and its allies, had been passive for years."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The great powers, including the United States, oppose any change to the borders in the region."
    assert _uses(real_nlp, text)["United States"] == "metonym"


def test_countries_as_places_stay_places(real_nlp):
    # where people come from, where assets lie: the land
    text = "Scholars from different European countries including Austria and Finland will attend the meeting."
    assert _uses(real_nlp, text)["Austria"] == "literal"
    text = "The firm already owns oil fields in countries including Vietnam, Sudan and Peru."
    assert _uses(real_nlp, text)["Vietnam"] == "literal"
    text = "Tourists came from neighbouring countries, particularly Iraq, during the holiday."
    assert _uses(real_nlp, text)["Iraq"] == "literal"
    # a list that no noun of states opens
    text = "Exports to Kenya, including Ghana, rose sharply last year."
    assert _uses(real_nlp, text).get("Ghana", "literal") == "literal"


def test_people_and_government_of_a_country(real_nlp):
    text = "Our sympathy is with the people and government of Peru after this terrible attack."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = '"The government and people of Chile have steadily supported us," she said.'
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_no_office_joined_before_of_keeps_the_place(real_nlp):
    text = "The people and culture of Peru have always fascinated the writer."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The mountains and rivers of Chile draw many hikers every summer."
    assert _uses(real_nlp, text)["Chile"] == "literal"
