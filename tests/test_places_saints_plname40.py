"""Places (issue 11, helper plname40): a saint's name with a possessive after it ("buried in St.
Peter's", "taken to St. Michael's") is a church's or a hospital's, no town of the saint's name; a
saint's town written without the possessive ("flew to St. Paul") or with its region after a comma
("St. John's, Newfoundland") keeps its reading. Own sentences, the full pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _words(nlp, text: str) -> list[str]:
    return [m[1] for m in place_mentions(nlp, text)]


@pytest.mark.parametrize("text", [
    "The cardinals gathered for the funeral Mass, and the late archbishop was buried in St. Peter's on Friday.",
    "Three of the injured were taken to St. Michael's, where doctors treated them overnight.",
])
def test_a_saints_name_with_a_possessive_is_no_town(real_nlp, text):
    assert not [w for w in _words(real_nlp, text) if w.startswith("St.")]


def test_the_story_s_other_places_stay(real_nlp):
    text = "Relatives prayed at St. Andrew's Presbyterian Church before the memorial in Dallas."
    assert "Dallas" in _words(real_nlp, text)


def test_a_saints_town_without_a_possessive_stays(real_nlp):
    assert "St. Paul" in _words(real_nlp, "The governor flew to St. Paul on Monday to sign the bill.")


def test_a_saints_town_with_its_region_after_the_possessive_stays(real_nlp):
    assert "St. John" in _words(real_nlp, "The ferry left St. John's, Newfoundland, on Tuesday morning.")


def test_a_big_city_of_a_saints_name_keeps_its_possessive(real_nlp):
    text = "Tourists crowded St. Petersburg's main avenue as the summer festival opened in Russia."
    assert "St. Petersburg" in _words(real_nlp, text)
