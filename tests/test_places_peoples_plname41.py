"""Places (issue 11, helper plname41): a people's word is no town.

A word the model calls a people's ("Arab") that the gazetteer also knows as a small town (Arab,
Alabama) becomes a place only with a word of place right before it ("in Arab, Alabama") or after
it: "to" ("spoke to Arab and Jewish leaders") and a cue two words away ("appeal to many Arab
and Muslim voters") are no such word, and with no cue at all the word stays a people's.
Own short sentences, full pipeline (marked model), with a control."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).spans["places"]]


@pytest.mark.model
def test_a_peoples_word_after_a_distant_cue_is_no_town(real_nlp):
    text = ("The new charter holds little appeal to many Arab and Muslim voters in the United States, "
            "a pollster in Chicago said. Arab groups plan a meeting in Detroit.")
    got = _places(real_nlp, text)
    assert "Arab" not in got
    assert "Chicago" in got and "Detroit" in got


@pytest.mark.model
def test_a_peoples_word_right_after_to_is_no_town(real_nlp):
    text = "The senator spoke to Arab and Jewish leaders in Detroit on Sunday."
    got = _places(real_nlp, text)
    assert "Arab" not in got
    assert "Detroit" in got


@pytest.mark.model
def test_the_town_of_that_name_keeps_its_word_of_place(real_nlp):
    text = "Storms damaged dozens of homes in Arab, Alabama, on Tuesday, the county sheriff said."
    assert "Arab" in _places(real_nlp, text)
