"""People an analyst can trust (issue 11, ppl39): a full name the NER tagged a person's once and
an organisation's elsewhere, whose surname the story writes alone as a person's, is that person at
every mention (the fuller name reads as a person where ``_fuller_name`` says so, and it votes so):
the surname alone then joins her, not a namesake of the store ("Jones" of a sprinter's story, not a
senator). A name compounded into a noun ("the best European Elvis impersonator") stays no person.
Own sentences, names and numbers changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model

SPRINTER = (
    "The American sprinter Marion Evans has sued Victor Kane, the head of a laboratory, for libel. "
    "Evans won two gold medals in Atlanta in 1996. After a television show last month, Evans' lawyer "
    "Paul Hart said: \"Marion has always held her position: she has never used drugs. \"Victor Kane is a "
    "man facing a 30-count indictment, while Marion Evans is one of America's most decorated female "
    "athletes. Mr Kane's claims have been wildly contradictory. \"Mr Kane made claims on television, "
    "while Marion Evans demanded to take and then passed a lie detector examination.\" Evans, who is "
    "under investigation, has always denied taking drugs.")


@model
def test_a_full_name_tagged_a_firm_and_a_person_is_the_person(real_nlp):
    people = people_mentions(real_nlp, SPRINTER)
    assert "Marion Evans" in people
    assert people["Marion Evans"].count("Marion Evans") == 3  # every mention of the full name
    assert "Evans" not in people and "Evans" in people["Marion Evans"]  # the surname alone joins her


@model
def test_control_a_name_compounded_into_a_noun_stays_no_person(real_nlp):
    text = ("Fans gathered in Leeds over the weekend to find the best European Elvis impersonator. "
            "Elvis died in 1977, and Elvis still sells millions of records.")
    assert "European Elvis" not in people_mentions(real_nlp, text)
