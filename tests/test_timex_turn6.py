"""Time expressions of turn 6: fiscal periods, quarters after a determiner, a report's quarter
whatever dates come between, "that quarter", years spoken as words (own sentences)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "1989-11-01"


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


@pytest.mark.parametrize("text, surface, value", [
    ("Net income fell in the second quarter of fiscal 2018.", "the second quarter of fiscal 2018", "2018-Q2"),
    ("Sales rose in the first half of fiscal year 2016.", "the first half of fiscal year 2016", "2016-H1"),
    ("Its loss for the seasonally slow third quarter narrowed.", "third quarter", "1989-Q3"),
    ("In nineteen ninety-one Keating was convicted.", "nineteen ninety-one", "1991"),
    ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
    ("The promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", "2000"),
])
def test_turn6_values(nlp, text, surface, value):
    assert timex_values(nlp, text, PUB).get(surface) == (value, "DATE")


@pytest.mark.parametrize("text, surface, value, kind", [
    ("Funds may sell bonds to pay investors in the weeks ahead.", "the weeks ahead", "PXW", "DURATION"),
    ("It would raise taxes in years ahead if the cuts fail.", "years ahead", "PXY", "DURATION"),
    ("It pays $100 million in interest every quarter.", "every quarter", "P1Q", "SET"),
    ("Shortages will last well into the summer.", "the summer", "1990-SU", "DATE"),
])
def test_turn6_periods_and_sets(nlp, text, surface, value, kind):
    assert timex_values(nlp, text, PUB).get(surface) == (value, kind)


def test_the_quarter_is_the_reports_quarter_after_other_dates(nlp):
    found = timex_values(nlp, "Third-quarter profit rose. The company expects growth next year. Revenue in the "
                              "quarter rose 3 percent.", PUB)
    assert found["the quarter"] == ("1989-Q3", "DATE")


def test_that_quarter_is_the_quarter_written_before(nlp):
    found = timex_values(nlp, "It lost $5 million in the second quarter of 1988. Results for that quarter "
                              "included a charge.", PUB)
    assert found["that quarter"] == ("1988-Q2", "DATE")
    found = timex_values(nlp, "It lost $5 million in the period ended Aug. 12, 1988. Results for that quarter "
                              "included a charge.", PUB)
    assert found["that quarter"] == ("XXXX-QX", "DATE")  # a day names no quarter


def test_a_year_ago_quarter_is_one_expression(nlp):
    found = timex_values(nlp, "Third-quarter profit rose. In the year-ago third quarter it fell.", PUB)
    assert "third quarter" not in found and found["year-ago"] == ("1988-Q3", "DATE")


@pytest.mark.parametrize("text", [
    "One quarter of the vote went to him.",
    "Nineteen twenty people came.",
    "They paid two thousand dollars.",
    "He counted nineteen twenty-dollar bills.",
    "The road ahead is long.",
    "The fall of the Berlin Wall changed Europe.",
])
def test_no_timex(nlp, text):
    assert timex_values(nlp, text, PUB) == {}


@pytest.mark.model
@pytest.mark.parametrize("text, surface, value", [
    ("The offer was extended to Nov. 16. It had been due to expire Friday evening.", "Friday evening",
     "1989-10-27TEV"),
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24:00"),
    ("The offer is scheduled to expire at midnight Friday.", "midnight Friday", "1989-11-03T24:00"),
])
def test_a_plan_in_the_past_perfect_takes_the_nearest_day(real_nlp, text, surface, value):
    assert timex_values(real_nlp, text, "1989-10-30")[surface][0] == value


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("The index ended within 70 points of its record high set on Aug. 6.", "1997-08-06"),
    ("The vote is set for Aug. 6.", "1998-08-06"),
    ("The talks are set to resume on Aug. 6.", "1998-08-06"),
])
def test_set_looks_ahead_only_as_a_plan(real_nlp, text, value):
    assert timex_values(real_nlp, text, "1998-02-06")["Aug. 6"][0] == value


@pytest.mark.parametrize("text, surface, value, kind", [
    ("Officers responded at approximately 2130 hours to a burglary.", "2130 hours", "2013-03-06T21:30", "TIME"),
    ("The suspect was arrested around 1900 hours on Tuesday.", "1900 hours on Tuesday", "2013-03-05T19:00", "TIME"),
    ("At 0800 hrs the patrol came under fire.", "0800 hrs", "2013-03-06T08:00", "TIME"),
    ("He completed 1500 hours of community service.", "1500 hours", "PT1500H", "DURATION"),
    ("The mission lasted for 1200 hours.", "1200 hours", "PT1200H", "DURATION"),
    ("The job took about 2000 hours.", "about 2000 hours", "PT2000H", "DURATION"),
])
def test_a_24_hour_clock_in_police_and_military_reports(nlp, text, surface, value, kind):
    assert timex_values(nlp, text, "2013-03-06").get(surface) == (value, kind)


@pytest.mark.parametrize("text, surface, value", [
    ("On the morning of March 4, the unit moved north.", "the morning of March 4", "2013-03-04TMO"),
    ("The shooting happened on the night of 2 March 2013.", "the night of 2 March 2013", "2013-03-02TNI"),
    ("She was last seen on the evening of Friday, March 1.", "the evening of Friday, March 1", "2013-03-01TEV"),
])
def test_a_part_of_a_named_day(nlp, text, surface, value):
    assert timex_values(nlp, text, "2013-03-06").get(surface) == (value, "TIME")


@pytest.mark.model
def test_a_plan_given_up_keeps_its_day_ahead(real_nlp):
    found = timex_values(real_nlp, "He had initially planned to leave late on Saturday.", "2017-12-14")
    assert found["late on Saturday"][0] == "2017-12-16"


def test_days_ahead_of_an_act_is_no_stretch_from_the_report(nlp):
    found = timex_values(nlp, "They set out their positions on Tuesday, days ahead of talks with the Senate.", PUB)
    assert set(found) == {"Tuesday"}
