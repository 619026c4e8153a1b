"""People an analyst can trust (turn 11): a hyphenated surname alone joins the full name the
document gives ("Abdolhashem Hassan-Nia ... Hassan-Nia said"); a courtesy title of an office left
before the story is a former office ("Secretary Clinton" in 2016 is the former Secretary of State,
"Senator Obama" after 2009 a former senator). Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from sitroom.resolve.person_terms import dated_role

from people_support import people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


def _dated_people(nlp, text: str, published: str | None) -> dict[str, str | None]:
    """Each person -> role, for a document published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return {s._.actor.name: s._.actor.role for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_hyphenated_surname_joins_the_full_name(real_nlp):
    text = ("Uzbek officials met Abdolhashem Hassan-Nia in Tashkent on Monday. Hassan-Nia said his country "
            "was ready to share its experience in transport.")
    assert "Hassan-Nia" in _mentions(real_nlp, text).get("Abdolhashem Hassan-Nia", [])
    text = ("The children's commissioner, Al Aynsley-Green, spoke on Monday. Prof Aynsley-Green has been "
            "the national clinical director for children.")
    assert "Aynsley-Green" in _mentions(real_nlp, text).get("Al Aynsley-Green", [])


@model
def test_a_surname_still_joins_a_name_hyphenated_before_it(real_nlp):
    text = "President Bashar al-Assad met the envoy on Monday. Assad said the talks went well."
    people = _mentions(real_nlp, text)
    assert "Assad" in next((m for name, m in people.items() if name.endswith("Assad")), [])


def test_a_courtesy_title_of_an_office_left_is_the_former_office():
    assert dated_role("Hillary Clinton", "Secretary", "2016-05-01") == "former Secretary of State"
    assert dated_role("Jim Mattis", "Secretary", "2020-03-01") == "former Secretary of Defense"
    assert dated_role("Barack Obama", "Senator", "2012-01-01") == "former Senator"
    assert dated_role("Barack Obama", "Sen.", "2012-01-01") == "former Sen."


def test_a_courtesy_title_of_an_office_held_stays():
    assert dated_role("Hillary Clinton", "Secretary", "2010-05-01") == "Secretary"
    assert dated_role("Rex Tillerson", "Secretary", "2017-06-01") == "Secretary"
    assert dated_role("Joe Biden", "Senator", "2008-01-01") == "Senator"
    assert dated_role("Barack Obama", "Senator", None) == "Senator"  # no date: as the text has it


@model
def test_secretary_clinton_in_2016_is_the_former_secretary_of_state(real_nlp):
    text = "Secretary Clinton spoke in Iowa on Monday. Hillary Clinton said she would win the state."
    assert _dated_people(real_nlp, text, "2016-01-20").get("Hillary Clinton") == "former Secretary of State"
    text = "Senator Obama met voters in Ohio. Barack Obama said the economy would grow."
    assert _dated_people(real_nlp, text, "2015-03-02").get("Barack Obama") == "former Senator"


@model
def test_a_name_ending_in_a_place_word_is_no_person(real_nlp):
    text = ("\u201cIn western Rakhine State, the government went further,\u201d she said. Rakhine State has "
            "been closed to reporters.")
    assert "Rakhine State" not in _mentions(real_nlp, text)
