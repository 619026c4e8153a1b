"""People an analyst can trust (issue 11, ppl21): awards named like people ("Oscar
nominee") and a party's short name ("Lib Dem spokesman") are no
person. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_an_award_named_like_a_person_is_no_person(real_nlp):
    people = people_mentions(real_nlp, "Stars including Tom Hale and Oscar nominee Ann Roe paid tribute to the "
                                       "actor. He won a second Oscar in 1998.")
    assert "Oscar" not in people and "Ann Roe" in people
    # control: a man named Oscar, named in full
    people = people_mentions(real_nlp, "Oscar Lindqvist, the coach, said the team had trained hard. "
                                       "Oscar said he was proud.")
    assert people.get("Oscar Lindqvist") == ["Oscar Lindqvist", "Oscar"]


@model
def test_a_partys_short_name_is_no_person(real_nlp):
    people = people_mentions(real_nlp, "Lib Dem health spokesman Paul Dunn said the plan was flawed. \"This is "
                                       "typical Lib Dem thinking,\" said Mark Fell.")
    assert "Lib Dem" not in people and "Paul Dunn" in people
