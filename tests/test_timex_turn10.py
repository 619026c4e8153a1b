"""Time expressions of turn 10 (helper tmx6): a quarterly report's reference period is a quarter
already begun, a forecast quarter does not replace it, and "the quarter" brings the text back
to it (own sentences)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "1989-10-26"


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


def test_a_forecast_quarter_is_not_the_reports_quarter(nlp):
    found = timex_values(nlp, "Third-quarter profit fell. The maker sees weak demand through the second "
                              "quarter of 1990. In the year-ago period, it earned $101 million.", PUB)
    assert found["the year-ago period"] == ("1988-Q3", "DATE")


def test_a_current_quarter_forecast_after_results_is_not_the_reports_quarter(nlp):
    found = timex_values(nlp, "Third-quarter profit fell 20%. It expects a loss in the fourth quarter. "
                              "In the year-ago quarter, it earned $4 million.", PUB)
    assert found["the year-ago quarter"] == ("1988-Q3", "DATE")


def test_a_fiscal_quarter_under_way_is_the_reference_when_alone(nlp):
    found = timex_values(nlp, "Fourth-quarter profit for the period ended Sept. 30 rose. Sales in the "
                              "latest period were $1.7 billion, up from $1.5 billion a year earlier.", "1989-11-02")
    assert found["the latest period"] == ("1989-Q4", "DATE")


def test_the_quarter_brings_the_text_back_to_it(nlp):
    found = timex_values(nlp, "Third-quarter revenue rose. It hopes for a turnaround next year. Revenue "
                              "inched up in the quarter from $2.27 billion a year earlier.", PUB)
    assert found["next year"] == ("1990", "DATE")
    assert found["a year earlier"] == ("1988-Q3", "DATE")


def test_year_earlier_heading_a_sentence(nlp):
    found = timex_values(nlp, "Third-quarter net rose. Year-earlier results included a gain.", PUB)
    assert found["Year-earlier"] == ("1988-Q3", "DATE")


@pytest.mark.parametrize("text, surface", [
    ("Third-quarter net rose 5%. In the nine months, net rose 4% to $525 million from $504 million last year.",
     "last year"),
    ("Third-quarter net rose 5%. For the nine months, it earned $18.9 million, compared with a loss of "
     "$9.7 million a year earlier.", "a year earlier"),
    ("Third-quarter net rose 5%. In the first nine months, net was $306 million. The year-ago results "
     "included a charge.", "year-ago"),
    ("Third-quarter net rose 5%. In the first six months, sales rose 8% from a year earlier.", "a year earlier"),
])
def test_a_year_back_after_the_year_to_date_is_that_year(nlp, text, surface):
    assert timex_values(nlp, text, PUB)[surface] == ("1988", "DATE")


def test_the_quarter_again_after_the_year_to_date(nlp):
    found = timex_values(nlp, "Third-quarter net rose 5%. In the nine months, net rose 4%. Revenue in the "
                              "quarter rose 3% from a year earlier.", PUB)
    assert found["a year earlier"] == ("1988-Q3", "DATE")


@pytest.mark.parametrize("text", [
    "Analysts say the city will one day be the largest port in the region.",
    "She hopes that one day it can be rebuilt.",
    "What is our motivation if one day we want to negotiate?",
])
def test_one_day_as_some_day_is_future_ref(nlp, text):
    assert timex_values(nlp, text, PUB)["one day"] == ("FUTURE_REF", "DATE")


@pytest.mark.parametrize("text", [
    "The strike lasted one day.",
    "The vote came one day before the summit.",
    "He was held for one day and released.",
])
def test_one_day_as_a_length_stays_a_duration(nlp, text):
    assert timex_values(nlp, text, PUB)["one day"] == ("P1D", "DURATION")


def test_one_day_in_a_past_story_is_no_date(nlp):
    assert "One day" not in timex_values(nlp, "One day, the soldiers came to the village.", PUB)
