"""Turn 5 time expressions (own sentences): a chronology in the historical present keeps its
year, "in June last year", a clock time with its own date, "last Oct. 23", "the last half of"."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


def test_a_chronology_goes_on_from_its_last_date_not_into_next_year(nlp):
    found = timex_values(nlp, "Timeline. * Jan. 13, 2017: Trump suggests he might lift sanctions. "
                              "* Jan. 20: Trump takes office. * Jan. 24: Flynn agrees to an interview.", "2017-12-01")
    assert found["Jan. 20"] == ("2017-01-20", "DATE")
    assert found["Jan. 24"] == ("2017-01-24", "DATE")


def test_a_date_ahead_in_a_future_clause_or_inside_a_sentence_stays_ahead(nlp):
    ahead = timex_values(nlp, "On Nov. 20, 2016, the board met. The summit will take place on Jan. 24.", "2017-12-01")
    assert ahead["Jan. 24"] == ("2018-01-24", "DATE")
    inside = timex_values(nlp, "On Nov. 20, 2016, the board met. The summit is on Jan. 24.", "2017-12-01")
    assert inside["Jan. 24"] == ("2018-01-24", "DATE")


@pytest.mark.parametrize("text, surface, value", [
    ("But in June last year the leaders fell out.", "June last year", "1997-06"),
    ("In January this year police searched the house.", "January this year", "1998-01"),
    ("The treaty was signed on March 3 last year.", "March 3 last year", "1997-03-03"),
    ("It takes effect on May 1 next year.", "May 1 next year", "1999-05-01"),
    ("He was shot last Oct. 23 at his home.", "last Oct. 23", "1997-10-23"),
    ("Earnings will be lower for the last half of 1998.", "the last half of 1998", "1998-H2"),
])
def test_month_and_day_with_their_year_written_as_a_shift(nlp, text, surface, value):
    assert timex_values(nlp, text, "1998-02-19").get(surface) == (value, "DATE")


@pytest.mark.parametrize("text, surface, value", [
    ("The company extended its offer until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "1989-11-09T17:00"),
    ("The offer runs until 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "1989-11-06T17:00"),
    ("The vote opens at noon on March 3, 1990.", "noon on March 3, 1990", "1990-03-03T12:00"),
])
def test_a_clock_time_followed_by_its_day_is_that_days_time(nlp, text, surface, value):
    assert timex_values(nlp, text, "1989-10-30").get(surface) == (value, "TIME")


def test_a_clock_time_alone_stays_on_the_report_day(nlp):
    assert timex_values(nlp, "Shares rose 3 percent by 4 p.m. in New York.", "1989-10-30")["4 p.m."] == (
        "1989-10-30T16:00", "TIME")


def test_a_year_before_period_or_quarter_in_a_quarterly_report_is_that_years_quarter(nlp):
    found = timex_values(nlp, "Third-quarter profit rose to $5 million. In the 1988 quarter it earned $3 million. "
                              "U.K. sales for last year's quarter were $2 million.", "1989-11-01")
    assert found["1988"] == ("1988-Q3", "DATE")
    assert found["last year"] == ("1988-Q3", "DATE")
    plain = timex_values(nlp, "Profit rose in 1988. The 1988 period was weak.", "1989-11-01")
    assert plain["1988"] == ("1988", "DATE")  # no quarter written: the year
