"""Time expressions of turn 22 (helper tmweb1), from web news pages: a broadcast named by a day
word, "as recently as", thousands of years ago, and a page's own time stamps (own sentences)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "2016-05-12"


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


@pytest.mark.parametrize("text", [
    "The minister told BBC Radio 4's Today programme that talks would resume.",
    "She said on NBC's \"Today\" show that the company would appeal.",
    "He spoke to the “Today” host about the storm.",
])
def test_a_broadcast_named_by_a_day_word_is_no_timex(nlp, text):
    assert "Today" not in timex_values(nlp, text, PUB)


@pytest.mark.parametrize("text, surface", [
    ("Today, the council voted to close the bridge.", "Today"),
    ("The mayor will appear on today's show at noon.", "today"),
    ("Today's programme of talks begins at the port.", "Today"),
])
def test_the_day_itself_stays_a_timex(nlp, text, surface):
    assert timex_values(nlp, text, PUB)[surface] == (PUB, "DATE")


@pytest.mark.parametrize("text, kept", [
    ("The plant was still running as recently as 2014, its owner said.", "2014"),
    ("Fighters held the bridge as recently as Tuesday, witnesses said.", "Tuesday"),
])
def test_as_recently_as_leaves_the_time_after_it(nlp, text, kept):
    found = timex_values(nlp, text, PUB)
    assert "recently" not in found and kept in found


def test_recently_alone_stays_past_ref(nlp):
    assert timex_values(nlp, "The ferry was recently repaired.", PUB)["recently"] == ("PAST_REF", "DATE")


@pytest.mark.parametrize("text, surface, value", [
    ("Farmers settled the valley 9,000 years ago, the survey found.", "9,000 years ago", "PAST_REF"),
    ("The glacier retreated 12,500 years ago.", "12,500 years ago", "PAST_REF"),
    ("The abbey was built 800 years ago.", "800 years ago", "1216"),
])
def test_thousands_of_years_ago(nlp, text, surface, value):
    assert timex_values(nlp, text, PUB)[surface] == (value, "DATE")


def test_thousands_written_with_commas_are_one_amount(nlp):
    assert timex_values(nlp, "The fire burned for 1,200 hours.", PUB)["1,200 hours"] == ("PT1200H", "DURATION")


@pytest.mark.parametrize("text, surface, value", [
    ("Storm damage report\nupdated 6:05 PM EST, Wed May 11, 2016\nThe river rose.",
     "6:05 PM EST, Wed May 11, 2016", "2016-05-11T18:05"),
    ("Published 8:15 am, Monday, May 9, 2016\nThe river rose.", "8:15 am, Monday, May 9, 2016", "2016-05-09T08:15"),
    ("3 minutes ago 2016-05-10T21:14:07-04:00 The river rose.", "2016-05-10T21:14:07", "2016-05-10T21:14:07"),
])
def test_a_page_stamp_is_the_time_it_writes(nlp, text, surface, value):
    assert timex_values(nlp, text, PUB)[surface] == (value, "TIME")


def test_a_bare_iso_day_stays_a_date(nlp):
    assert timex_values(nlp, "The filing dated 2016-05-02 was late.", PUB)["2016-05-02"] == ("2016-05-02", "DATE")
