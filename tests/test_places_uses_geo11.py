"""A country after "of" and one of its state's offices or office holders (session 12, helper
geo11): "the deputy foreign minister of Chile", "the Emir of Qatar", "leaders of Peru and
Bolivia" name the state, as "Chile's foreign minister" does; not the forces fighting in a land
("the irregular forces of Sudan"), a possessive's owner ("the ministers of Chile's neighbours"),
or a country opening a longer name ("the leader of Britain First"). Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_holding_an_office_after_of(real_nlp):
    text = "Talks were held during a visit by Omar Haidari, the deputy foreign minister of Chile, to Peru."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym"
    assert uses["Peru"] == "literal"  # where he went
    assert _uses(real_nlp, "The Emir of Qatar paid a visit to Ghana on Monday.")["Qatar"] == "metonym"
    text = "The foreign ministers of Peru, Chile and Bolivia will meet in Quito next week."
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym" and uses["Bolivia"] == "metonym"
    # the first, which the model reads as part of a body's name ("ministers of Peru"), too
    assert uses["Peru"] == "metonym"
    assert uses["Quito"] == "literal"  # where they meet


def test_of_before_other_nouns_stays_the_land(real_nlp):
    # a writer, a people, a bank's head: no state's office
    assert _uses(real_nlp, "He is the best-known writer of Chile.")["Chile"] == "literal"
    assert _uses(real_nlp, "The president of Brazil's biggest bank resigned.")["Brazil"] == "literal"
    # a city's mayor is no state's office holder
    assert _uses(real_nlp, "The mayor of Lima opened the bridge.")["Lima"] == "literal"


def test_forces_owners_and_longer_names_are_not_the_state(real_nlp):
    text = "The movement grew with the support of the irregular forces of Sudan, Chad and Libya."
    assert _uses(real_nlp, text)["Chad"] != "metonym"
    text = "Delegates met the ministers of Afghanistan's neighbours in Tehran."
    assert _uses(real_nlp, text)["Afghanistan"] != "metonym"
    text = "Jane Roe, deputy leader of Britain First, posted the videos."
    assert _uses(real_nlp, text)["Britain"] != "metonym"


def test_a_government_of_a_country_is_the_state_not_a_name(real_nlp):
    text = "The decision was not an easy one for the government of Norway."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    # a body's capitalised name keeps its claim
    text = "The Government of Norway took over the operations of the airline."
    assert _uses(real_nlp, text)["Norway"] != "metonym"
