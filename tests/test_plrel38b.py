"""Places (helper plrel38b): a list of two or more countries after "of" that a noun of a group of
states opens ("the three countries of Peru, Chile and Bolivia") takes the group's role: the states
when the group acts or deals as states. Controls: people living in such countries, a single
country after "neighbouring countries of", and "nations" of peoples. Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str) -> dict[str, str]:
    return {w: use for _i, w, use, _cc, _name in place_mentions(nlp, text)}


def test_the_members_of_a_group_that_signs_are_the_states(real_nlp):
    uses = _uses(real_nlp, "Last spring the three countries of Peru, Chile and Bolivia signed a water pact.")
    assert [uses["Peru"], uses["Chile"], uses["Bolivia"]] == ["metonym"] * 3


def test_the_members_of_powers_that_reject_are_the_states(real_nlp):
    uses = _uses(real_nlp, "After long talks the two great powers of Japan and India rejected the plan.")
    assert [uses["Japan"], uses["India"]] == ["metonym", "metonym"]


def test_people_living_in_the_countries_of_a_list_stay_the_land(real_nlp):
    uses = _uses(real_nlp, "Farmers in the two countries of Peru and Chile grow potatoes on the hills.")
    assert [uses["Peru"], uses["Chile"]] == ["literal", "literal"]


def test_a_single_country_after_a_group_noun_stays_the_land(real_nlp):
    uses = _uses(real_nlp, "Refugees fled to the neighbouring countries of Peru last year.")
    assert uses["Peru"] == "literal"


def test_the_governments_of_a_list_stay_the_states(real_nlp):
    uses = _uses(real_nlp, "The minister thanked the governments of Peru and Chile for their quick help.")
    assert [uses["Peru"], uses["Chile"]] == ["metonym", "metonym"]
