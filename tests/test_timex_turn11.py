"""Time expressions of turn 11 (helper tmx8): "today's world" is the present age, not the
publication day; a rate's "a week" after a counted plural is a SET (own sentences)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "2019-03-12"


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


@pytest.mark.parametrize("text, surface", [
    ("The plan failed. Now, he says, the West wants more.", "Now"),
    ("Now the alliance's mission is less clear.", "Now"),
    ("For now, the embassy stays closed.", "now"),
    ("He has until now been a witness.", "now"),
])
def test_now_stays_present_ref_as_timeml_marks_it(nlp, text, surface):
    assert timex_values(nlp, text, PUB)[surface] == ("PRESENT_REF", "DATE")


@pytest.mark.parametrize("text", [
    "The case is for today's youth what the blockade was for their parents.",
    "Mothers in today's world can prove paternity.",
    "The chips run many of today's personal computers.",
    "All the signs in today’s world show the policy failed.",
])
def test_todays_world_is_the_present_not_the_day(nlp, text):
    assert timex_values(nlp, text, PUB)["today"] == ("PRESENT_REF", "DATE")


@pytest.mark.parametrize("text", [
    "Today's meeting of world leaders ended early.",
    "The offer was advertised in today's editions of the paper.",
])
def test_todays_meeting_is_the_day(nlp, text):
    found = timex_values(nlp, text, PUB)
    assert found[next(k for k in found if k.lower() == "today")] == (PUB, "DATE")


@pytest.mark.parametrize("text, surface, value", [
    ("The airline will add 700 seats a week on the route.", "a week", "P1W"),
    ("We are doing dozens of interviews a day.", "a day", "P1D"),
    ("Over fifty thousand CDs a year are sold.", "a year", "P1Y"),
    ("The plant pumps 475,000 barrels a day.", "a day", "P1D"),
    ("It will save $2 million a year.", "a year", "P1Y"),
])
def test_a_rate_after_a_counted_plural_is_a_set(nlp, text, surface, value):
    assert timex_values(nlp, text, PUB)[surface] == (value, "SET")


@pytest.mark.parametrize("text, surface", [
    ("The inquiry will finish within a week.", "a week"),
    ("It was the smallest gain in a year.", "a year"),
])
def test_a_span_stays_a_duration(nlp, text, surface):
    assert timex_values(nlp, text, PUB)[surface][1] == "DURATION"


SUNDAY = "2017-12-10"


@pytest.fixture(scope="module")
def parsed():
    from sitroom.nlp import build

    return build()


def _weekday(nlp, text: str) -> str:
    doc = nlp.make_doc(text)
    doc._.published = SUNDAY
    spans = nlp(doc).spans["timexes"]
    return next(s._.timex.value for s in spans if s.text.endswith("day"))


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("The Senate is likely to vote on Thursday.", "2017-12-14"),
    ("The House is poised to approve the bill on Friday.", "2017-12-15"),
    ("The leader hopes to finish the bill by Friday.", "2017-12-15"),
    ("Republicans want to vote on Thursday.", "2017-12-14"),
    ("Lawmakers are ready to vote on Thursday.", "2017-12-14"),
    ("Trump is slated to travel to a rally in Pensacola, Florida on Friday.", "2017-12-15"),
])
def test_a_present_wish_or_readiness_puts_its_infinitive_ahead(parsed, text, value):
    assert _weekday(parsed, text) == value


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("She hoped to finish the bill by Friday.", "2017-12-08"),
    ("The company declined to comment on Thursday.", "2017-12-07"),
    ("He is the first leader to visit the site on Thursday.", "2017-12-07"),
])
def test_a_past_wish_or_a_plain_infinitive_keeps_the_past_day(parsed, text, value):
    assert _weekday(parsed, text) == value
