"""Time expressions that generalise across newswire: fiscal quarters, seasons, relative shifts at
the anchor's granularity, weekday direction, vague pasts, sets (own sentences, not a gold set)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "2017-11-02"  # a Thursday, in the fourth quarter


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


def _values(nlp, text: str, published: str = PUB) -> dict[str, tuple[str, str]]:
    return timex_values(nlp, text, published)


@pytest.mark.parametrize("text, surface, value, kind", [
    ("Apple reported third-quarter profit of $10 billion.", "third-quarter", "2017-Q3", "DATE"),
    ("Sales in the latest quarter rose 5 percent.", "the latest quarter", "2017-Q3", "DATE"),
    ("Its fourth quarter ends in December.", "fourth quarter", "2017-Q4", "DATE"),
    ("The company pays dividends quarterly.", "quarterly", "P3M", "SET"),
    ("The company is now weighing a sale.", "now", "PRESENT_REF", "DATE"),
    ("Rapoport reported weeks ago that the staff saw trouble.", "weeks ago", "PAST_REF", "DATE"),
    ("The plant closed two years ago.", "two years ago", "2015", "DATE"),
])
def test_newswire_values(nlp, text, surface, value, kind):
    assert _values(nlp, text).get(surface) == (value, kind)


def test_a_year_earlier_keeps_the_granularity_of_what_it_compares():
    found = _values(timex_nlp(),
                    "Profit rose in the third quarter, up 19 percent from a year earlier.")
    assert found["a year earlier"] == ("2016-Q3", "DATE")


def test_the_last_day_is_the_final_day_not_yesterday(nlp):
    assert "last day" not in " ".join(_values(nlp, "It was Clinton's last day on the trail."))


def test_summer_in_a_december_article_is_this_years(nlp):
    assert _values(nlp, "He urged senators over the summer to end the probe.", "2017-12-01")["the summer"][0] == "2017-SU"


def test_one_quarter_is_a_fraction(nlp):
    assert not _values(nlp, "One quarter of the voters abstained.")


@pytest.mark.model
@pytest.mark.parametrize("text, surface, value", [
    ("The bill could be introduced on the Senate floor later on Tuesday.", "Tuesday", "2017-11-07"),
    ("Smith is scheduled to testify on Tuesday before a subcommittee.", "Tuesday", "2017-11-07"),
    ("Kim signed the order to launch the satellite on Tuesday.", "Tuesday", "2017-10-31"),
])
def test_weekday_direction_from_the_clause(real_nlp, text, surface, value):
    assert _values(real_nlp, text)[surface][0] == value


def test_a_quarterly_report_compares_with_the_same_quarter_a_year_before(nlp):
    found = _values(nlp, "Third-quarter net income rose to $5 million from $4 million a year ago. Revenue in the "
                         "quarter rose to $50 million. The year-earlier results included a gain, compared with a "
                         "loss of $3 million last year.")
    assert found["a year ago"] == ("2016-Q3", "DATE")
    assert found["the quarter"] == ("2017-Q3", "DATE")
    assert found["year-earlier"] == ("2016-Q3", "DATE")
    assert found["last year"] == ("2016-Q3", "DATE")


def test_the_quarter_without_a_named_quarter_is_no_date(nlp):
    found = _values(nlp, "They walked through the quarter near the harbour. A year ago the firm was small.")
    assert "the quarter" not in found
    assert found["A year ago"] == ("2016", "DATE")


@pytest.mark.parametrize("text, surface, value", [
    ("He spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
    ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("Stocks hit a five year low in Singapore.", "five year", "P5Y"),
    ("Supporters began a two day rally in the capital.", "two day", "P2D"),
])
def test_mixed_fractions_and_unhyphenated_compounds_are_whole_durations(nlp, text, surface, value):
    assert _values(nlp, text).get(surface) == (value, "DURATION")


@pytest.mark.model
def test_a_dividend_payable_in_a_month_lies_ahead_of_a_past_clause(real_nlp):
    found = _values(real_nlp, "The board authorized a 3-for-2 split, payable Jan. 7 to stock of record Nov. 22.")
    assert found["Jan. 7"][0] == "2018-01-07"
