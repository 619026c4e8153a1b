"""Places (issue 11, helper plname39): a common family name heading an institution's name
("Brown University", "the Anderson School of Management", "the Hudson Institute") is the
person's, not a small town's; a city's name keeps it ("Boston University"), and a town heading a
civic body keeps it too ("the Warren Police Department"). Own sentences, full pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _words(nlp, text: str) -> set[str]:
    return {w for _i, w, _use, _cc, _name in place_mentions(nlp, text)}


def test_a_family_name_heading_a_university_is_no_town(real_nlp):
    text = ("A historian at Brown University said the verdict was a landmark, while a fellow at the "
            "Hudson Institute and a lecturer at the Anderson School of Management in Los Angeles "
            "disagreed.")
    words = _words(real_nlp, text)
    assert not {"Brown", "Hudson", "Anderson"} & words, words
    assert "Los Angeles" in words, words


def test_a_city_heading_a_university_keeps_it(real_nlp):
    # control: a city of its size is the name's own reading
    text = "Economists at Boston University and at the Richmond School of Law expect rates to rise."
    words = _words(real_nlp, text)
    assert "Boston" in words, words


def test_a_town_heading_a_civic_body_keeps_it(real_nlp):
    # control: a police department or a fire department is the town's, family name or not
    text = "The Warren Police Department and the Anderson Fire Department said two men were hurt."
    words = _words(real_nlp, text)
    assert {"Warren", "Anderson"} <= words, words
