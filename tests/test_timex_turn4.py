"""Time expressions added from TE3's training data (TBAQ) error lists, turn 4: ordinal centuries
without "the", "N more years", US holidays, decades in words, "year-end", and words that only
look like time (a first name "Jan", the fraction "three-quarters"). Own sentences, not gold ones."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "2017-11-02"  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


def _values(nlp, text: str, published: str = PUB) -> dict[str, tuple[str, str]]:
    return timex_values(nlp, text, published)


@pytest.mark.parametrize("text, surface, value, kind", [
    ("Visitors crowd the 12th century temple every spring.", "12th century", "11", "DATE"),
    ("He called himself a 21st-century conservative.", "21st-century", "20", "DATE"),
    ("The 18th Century painting stayed in storage.", "18th Century", "17", "DATE"),
    ("The lease lets the navy stay for at least 20 more years.", "at least 20 more years", "P20Y", "DURATION"),
    ("The boy will stay in Miami for two more weeks.", "two more weeks", "P2W", "DURATION"),
    ("The loan may be extended for an additional year.", "an additional year", "P1Y", "DURATION"),
    ("Turkey prices rise before Thanksgiving Day.", "Thanksgiving Day", "2017-11-23", "DATE"),
    ("Both campaigns will spend heavily until Election Day.", "Election Day", "2017-11-07", "DATE"),
    ("Crime fell steadily through the nineties.", "the nineties", "199X", "DATE"),
    ("The merger should close by year-end.", "year-end", "2017", "DATE"),
    ("The index has gained 12 percent since year-end.", "year-end", "2016", "DATE"),
    ("For the year ended Sept. 30, the company earned $42 million.", "the year", "P1Y", "DURATION"),
    ("Sales for the full year rose 13 percent.", "the full year", "2017", "DATE"),
    ("For the year, pet food volume was flat.", "the year", "2017", "DATE"),
    ("Planting was delayed earlier in the year by rain.", "earlier in the year", "2017", "DATE"),
    ("The talks lasted an hour and a half.", "an hour and a half", "PT1H30M", "DURATION"),
    ("He left the country a year and a half ago.", "a year and a half ago", "2016", "DATE"),
    ("Marchers parade through the town each July.", "each July", "XXXX-07", "SET"),
    ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7", "SET"),
    ("New flights will leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI", "SET"),
    ("Afghanistan's decades-long insecurity goes on.", "decades-long", "PXDE", "DURATION"),
    ("Shares were up 56 pence by mid-morning.", "mid-morning", "2017-11-02TMO", "TIME"),
    ("He is to appear before a judge at midday.", "midday", "2017-11-02T12:00", "TIME"),
    ("But on Sunday McConnell said it was up to Moore.", "Sunday", "2017-10-29", "DATE"),
])
def test_turn4_values(nlp, text, surface, value, kind):
    assert _values(nlp, text).get(surface) == (value, kind)


@pytest.mark.parametrize("text", [
    "Shares of 20th Century Fox rose.",  # a company
    "Highs will be in the nineties.",  # a temperature
    "Year-end bonuses were cut.",  # an adjective, no point in time
    "Ministers Janos Martonyi and Jan Kavan signed the treaty.",  # a first name, not January
    "Iraq imports about three-quarters of its food.",  # a fraction
    "Three quarters of the voters stayed home.",
    "Shares of TGI Fridays rose.",  # a restaurant chain
    "It was the year of the dragon.",  # "the year" of a narrative, not of a company report
    "The year before, prices fell.",
])
def test_turn4_not_time(nlp, text):
    assert not _values(nlp, text)


def test_quarters_of_losses_stay_a_duration(nlp):
    assert _values(nlp, "It turned a profit after several quarters of losses.")["several quarters"] == ("PXQ", "DURATION")


def test_as_soon_as_a_weekday_lies_ahead_even_in_a_past_report(nlp):
    found = _values(nlp, "The group would be ready to leave as soon as Tuesday, Castro said.")
    assert found["Tuesday"] == ("2017-11-07", "DATE")


@pytest.mark.model
def test_present_be_to_is_a_plan_ahead(real_nlp):
    assert _values(real_nlp, "The stock is to resume trading in Paris on Tuesday.")["Tuesday"][0] == "2017-11-07"


@pytest.mark.parametrize("text, surface, value", [
    ("It took a $415 million charge in the 2016 second quarter.", "the 2016 second quarter", "2016-Q2"),
    ("Net sales for this year's third quarter were $14 million.", "this year's third quarter", "2017-Q3"),
    ("The split could take effect in next year's first quarter.", "next year's first quarter", "2018-Q1"),
])
def test_a_quarter_with_its_year_in_front(nlp, text, surface, value):
    assert _values(nlp, text)[surface] == (value, "DATE")


def test_two_comparisons_name_the_same_year(nlp):
    found = _values(nlp, "It lost $2 million a year ago. Sales were $34 million, compared with $30 million a year earlier.")
    assert found["a year ago"][0] == found["a year earlier"][0] == "2016"


@pytest.mark.model
def test_through_a_date_keeps_the_nearest_year(real_nlp):
    assert _values(real_nlp, "The bank bought shares at that price from today through Nov. 17.")["Nov. 17"][0] == "2017-11-17"


@pytest.mark.model
def test_effective_dates_lie_ahead(real_nlp):
    found = _values(real_nlp, "It also created an office of the chairman, effective Feb. 1.")
    assert found["Feb. 1"][0] == "2018-02-01"


def test_a_second_day_after_and_shares_the_month_and_the_year(nlp):
    found = _values(nlp, "Talks were held on Jan. 3 and 4, 2016.")
    assert found["Jan. 3"] == ("2016-01-03", "DATE")
    assert found["4, 2016"] == ("2016-01-04", "DATE")
    found = _values(nlp, "The summit will be held on April 24 and 25.")
    assert found["25"] == (found["April 24"][0][:8] + "25", "DATE")


def test_numbers_joined_by_and_without_a_month_are_no_days(nlp):
    assert not _values(nlp, "Shares rose 3 and 4 percent.")


def test_that_year_after_a_month_is_the_year_and_keeps_its_earlier_or_later(nlp):
    found = _values(nlp, "He fled in June 1998 and returned later that year. It ended on Oct. 3, 1999. Earlier that day, "
                         "police came.")
    assert found["later that year"] == ("1998", "DATE")
    assert found["Earlier that day"] == ("1999-10-03", "DATE")


def test_the_week_of_a_date_and_the_next_morning(nlp):
    found = _values(nlp, "He was arrested on Feb. 22. He appeared in court the next morning. A hearing is set for "
                         "the week of March 6.")
    assert found["the next morning"] == ("2017-02-23TMO", "TIME")
    assert found["the week of March 6"][0].endswith("-W10")
