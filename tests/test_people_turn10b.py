"""People an analyst can trust (turn 10, round 2): a surname joins the full name when the family
word near that name is another person's relation ("the widow of Ian Curtis", "children's author
Judy Blume", "Trump's son-in-law Jared Kushner"); a verb opening the sentence is no word of the
name ("Addressing Biden, ..."). Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from people_support import people_mentions as _mentions, people_roles as _people

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_a_surname_joins_the_one_whose_relative_is_named(real_nlp):
    text = ("The widow of Ian Curtis will produce the film. Sales of records by Curtis have grown since "
            "the band split.")
    assert "Curtis" in _mentions(real_nlp, text).get("Ian Curtis", [])
    text = ("Children's author Judy Blume was given a medal. Blume said the urge to ban books is "
            "contagious.")
    assert "Blume" in _mentions(real_nlp, text).get("Judy Blume", [])
    text = ("Jared Kushner, the president's son-in-law and senior adviser, flew to Riyadh. Officials said "
            "Kushner met the crown prince on Monday.")
    assert "Kushner" in _mentions(real_nlp, text).get("Jared Kushner", [])


@model
def test_a_relative_sharing_the_surname_is_still_not_the_default(real_nlp):
    text = ("Donald Trump spoke on Monday. His daughter Ivanka Trump was at his side. Trump said the "
            "talks went well.")
    assert "Trump" not in _mentions(real_nlp, text).get("Ivanka Trump", [])


@model
def test_a_verb_opening_the_sentence_is_no_part_of_the_name(real_nlp):
    text = ("Addressing Biden, Ghalibaf said, \u201cThe Iranian people, quite intelligently, will only look at "
            "decisions and not publicity.\u201d")
    assert "Addressing Biden" not in _mentions(real_nlp, text)
    text = ("President Joe Biden spoke on Monday. Addressing Biden, Ghalibaf said the Iranian people "
            "would only look at decisions.")
    assert "Biden" in _mentions(real_nlp, text).get("Joe Biden", [])


@model
def test_a_phrase_after_a_preposition_is_no_apposition(real_nlp):
    text = ("Jared Kushner met the prince on Monday. According to the former ambassador, Kushner\u2019s push "
            "for the normalization of ties between Israel and Arab states will fail.")
    assert _people(real_nlp, text).get("Jared Kushner") is None
    text = "Officials met Smith on Monday. According to the spokesman, John Smith will travel to Paris on Monday."
    assert _people(real_nlp, text).get("John Smith") is None
    text = "As Pakistan's army chief, General Qamar Javed Bajwa met the prime minister on Monday."
    assert _people(real_nlp, text).get("Qamar Javed Bajwa")  # "as": the office he holds
