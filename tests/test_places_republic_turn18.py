"""Places, turn 18 (coordinator). A name written after "republic of" or "kingdom of" is the
country of that name where the gazetteer has one ("the former Soviet republic of Georgia"), not a
state of another country that the story's other places favour (geo35's dropped namesakes changed
the context of one such story and its "Georgia" became the U.S. state). Control: "the governor
of Georgia" among Atlanta and Savannah stays the U.S. state. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_seen

pytestmark = pytest.mark.model


def test_a_name_after_republic_of_is_the_country(real_nlp):
    text = ("The businessman, who was born in the former Soviet republic of Georgia, moved to Atlanta "
            "in 1995 and later opened a restaurant in Savannah.")
    assert place_seen(real_nlp, text)["Georgia"][1] == "GEO"


def test_a_state_among_its_cities_stays_the_state(real_nlp):
    text = "The governor of Georgia met farmers in Atlanta and Savannah on Monday to discuss the harvest."
    assert place_seen(real_nlp, text)["Georgia"][1] == "USA"
