"""People an analyst can trust (turn 12): money written like a name after an amount ("2.45 billion
N.Z. Dlrs") and a place named after a kind of place and "of" ("the port of Bandar Anzali") are no
people. Own short sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_money_after_an_amount_is_no_person(real_nlp):
    text = "Dairy Farm obtained a 1.2 billion H.K. Dlr loan from the Hongkong and Shanghai Banking Corp."
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))
    text = ("The deficit is expected to be around the budget forecast of 2.45 billion N.Z. Dlrs but below a "
            "December forecast of 2.91 billion, Finance Minister Roger Douglas said.")
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))


@model
def test_a_place_after_a_kind_of_place_and_of_is_no_person(real_nlp):
    text = "Cargo goes by ship to the Iranian port of Bandar Anzali or, in summer, up the Volga River."
    assert "Bandar Anzali" not in people_mentions(real_nlp, text)
    text = "The town of Jurf al-Sakhar is important for pilgrims, the governor said."
    assert "Jurf al-Sakhar" not in people_mentions(real_nlp, text)


@model
def test_a_person_after_of_a_title_stays_a_person(real_nlp):
    text = "The mayor of the city, John Smith, said the port of Hamburg was busy. The son of Tom Hanks spoke."
    people = people_mentions(real_nlp, text)
    assert "John Smith" in people and "Tom Hanks" in people
