"""People an analyst can trust (issue 11, ppl35): a one-word name the story speaks of as "it"
("Bax said it could not guarantee a firm offer", "Kessler said it will keep the plant open") is a
body, not a person, when no mention of it carries a person's cue (a title or role word before it,
"he", "she", "who" after it or reported by it, a fuller name in the story). A person's judgement
with an empty "it" ("Kessler said it was too early") stays a person's. Own sentences, names changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_name_reporting_it_acts_is_a_body(real_nlp):
    text = ("A spokesman for Bax declined to comment. Bax said it could not guarantee that a firm "
            "offer would be made.")
    assert "Bax" not in people_mentions(real_nlp, text)
    text = "Despite the row, Kessler said it will keep the plant open, a spokeswoman for Kessler told reporters."
    assert "Kessler" not in people_mentions(real_nlp, text)
    text = ("A spokeswoman for Bax declined to comment on the report. In July 2003, Bax announced it "
            "had won approval to build a plant in Shanghai.")
    assert "Bax" not in people_mentions(real_nlp, text)


@model
def test_people_reporting_it_stay_people(real_nlp):
    # controls: an empty "it" of a judgement; "he" reported by the name at another mention; a
    # role word before the name; a title; a surname of a fuller name in the story
    text = "Kessler runs the fund. Kessler said it was too early to judge the new rules."
    assert people_mentions(real_nlp, text).get("Kessler") == ["Kessler", "Kessler"]
    text = ("A spokesman for Bax declined to comment. Bax said he could not guarantee that a firm "
            "offer would be made. Bax said it will take a year.")
    assert people_mentions(real_nlp, text).get("Bax") == ["Bax", "Bax", "Bax"]
    text = ("When the plan was floated, Mr Evans' daughter Emma said it would be \"quite a big step\" "
            "for the festival.")
    assert "Emma" in people_mentions(real_nlp, text)
    text = "Coach Dalton said it will take weeks. Dalton announced it had signed a new striker."
    assert "Coach Dalton" in people_mentions(real_nlp, text)
    text = "Jim Ortiz met the miners on Monday. Ortiz said it will take a year to reopen the pit."
    assert people_mentions(real_nlp, text).get("Jim Ortiz") == ["Jim Ortiz", "Ortiz"]
