"""People an analyst can trust (issue 11, ppl39): a full name the NER tagged an organisation's,
whose surname the story writes alone as a person's (or after a courtesy title, "Ms Sturgess"), is
that person at every mention, also where the NER tagged it a person once and a firm more often (it
votes as the person it is read as): the surname alone then joins her, not a namesake of the store
(a sprinter's "Jones", not a senator) and not a bare surname. A name compounded into a noun ("the
best European Elvis impersonator") or a firm with a firm's cue ("shares of Morgan Stanley") stays no
person. Own sentences, names and numbers changed."""

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


@model
def test_a_firm_tagged_full_name_whose_titled_surname_is_a_person_is_the_person(real_nlp):
    # the surname written after a courtesy title ("Ms Sturgess") is a person's: the full name the NER
    # took for a firm is hers, and the titled surname joins her
    text = ("Scottish ministers must publish the figures, said Nicola Sturgess, the SNP's health "
            "spokeswoman. Ms Sturgess said the public needed to know the true cost of care.")
    people = people_mentions(real_nlp, text)
    assert people.get("Nicola Sturgess") == ["Nicola Sturgess", "Sturgess"]


@model
def test_control_a_firm_with_a_firm_cue_stays_a_firm(real_nlp):
    # a bank named after a man: "shares of" marks the firm, whatever "Mr Stanley" is
    text = ("Shares of Morgan Stanley rose 3% on Monday after Morgan Stanley reported higher profits. "
            "Mr Stanley, a retired teacher in Ohio, said he had never owned a share.")
    assert "Morgan Stanley" not in people_mentions(real_nlp, text)
