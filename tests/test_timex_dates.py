"""Calendar resolution of time expressions against a publication date (no text, no model)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitroom.model import DateRange
from sitroom.resolve import dates
from sitroom.resolve.timex_grammar import _validate, vocab

SUNDAY = dt.date(2021, 8, 1)  # the 2021 seed's publication date
MARCH = dt.date(2013, 3, 22)  # a Friday


def test_weekday_follows_tense():
    assert dates.weekday_value(SUNDAY, 3, "PAST") == "2021-07-28"
    assert dates.weekday_value(SUNDAY, 3, "FUTURE") == "2021-08-04"
    assert dates.weekday_value(SUNDAY, 4, None) == "2021-07-29"
    assert dates.weekday_value(MARCH, 5, "PAST") == "2013-03-22"  # the day itself
    assert dates.weekday_value(MARCH, 5, None, shift=-1) == "2013-03-15"
    assert dates.weekday_value(MARCH, 1, None, shift=1) == "2013-03-25"
    assert dates.weekday_value(None, 3, "PAST") == "XXXX-WXX-3"


def test_a_tenseless_weekday_the_day_after_publication_is_that_next_day():
    # stamped Friday 22 March, a verbless "Saturday: talks resume": the report's own next day
    assert dates.weekday_value(MARCH, 6, None) == "2013-03-23"
    assert dates.weekday_value(MARCH, 4, None) == "2013-03-21"  # Thursday: the day before


def test_a_past_tense_weekday_goes_back_even_six_days():
    # stamped Friday 22 March, "said on Saturday": the act is done, so the Saturday before
    assert dates.weekday_value(MARCH, 6, "PAST") == "2013-03-16"
    assert dates.weekday_value(MARCH, 4, "PAST") == "2013-03-21"  # Thursday: the day before
    assert dates.weekday_value(MARCH, 6, "FUTURE") == "2013-03-23"  # "will meet on Saturday"
    assert dates.weekday_value(MARCH, 6, None, shift=-1) == "2013-03-16"  # "last Saturday"


def test_month_and_day_without_year():
    assert dates.day_value(SUNDAY, 8, 10, None, "FUTURE") == "2021-08-10"
    assert dates.day_value(SUNDAY, 8, 10, None, "PAST") == "2021-08-10"  # near: same year
    assert dates.month_value(MARCH, 8, None, "PAST") == "2012-08"  # far ahead in a past clause
    assert dates.month_value(MARCH, 10, None, None) == "2012-10"  # nearest
    assert dates.month_value(MARCH, 6, None, None) == "2013-06"
    assert dates.month_value(dt.date(2021, 12, 10), 1, None, "FUTURE") == "2022-01"
    assert dates.month_value(MARCH, 6, None, None, shift=-1) == "2012-06"  # "last June"
    assert dates.day_value(None, 8, 10, None, None) == "XXXX-08-10"


def test_relative_periods():
    assert dates.relative_period(SUNDAY, "week", 0) == "2021-W30"
    assert dates.relative_period(SUNDAY, "month", -1) == "2021-07"
    assert dates.relative_period(dt.date(2021, 1, 5), "month", -1) == "2020-12"
    assert dates.relative_period(SUNDAY, "year", 1) == "2022"
    assert dates.relative_period(SUNDAY, "decade", 0) == "202X"
    assert dates.ago(MARCH, 4, "year") == "2009"
    assert dates.ago(MARCH, 3, "day") == "2013-03-19"
    assert dates.ago(MARCH, None, "year") == "PAST_REF"


def test_seasons_quarters_decades_centuries():
    assert dates.season_value(MARCH, "SU", None, -1, None) == "2012-SU"
    assert dates.season_value(MARCH, "SU", None, 0, None) == "2013-SU"
    assert dates.season_value(MARCH, "SU", 2010, None, None) == "2010-SU"
    assert dates.quarter_value(MARCH, 1, 2012, None, None) == "2012-Q1"
    assert dates.quarter_value(MARCH, None, None, -1, None) == "2012-Q4"
    assert dates.decade_value(1980) == "198X"
    assert dates.century_value(20) == "19"
    assert dates.duration_value(10, "D", 1) == "P10D"
    assert dates.duration_value(1, "Y", 10) == "P10Y"
    assert dates.duration_value(None, "M", 1) == "PXM"
    assert dates.duration_value(24, "H", 1, time=True) == "PT24H"


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2021-08-09/2021-08-14", DateRange("2021-08-09", "2021-08-14")),
        ("198X", DateRange("1980", "1989")),
        ("2021-08", DateRange("2021-08", "2021-08")),
        ("2021-W30", DateRange("2021-07-26", "2021-08-01")),
        ("2013-Q1", DateRange("2013-01", "2013-03")),
        ("2012-WI", DateRange("2011-12", "2012-02")),
        ("19", DateRange("1900", "1999")),
        ("P10D", None),
    ],
)
def test_range_of(value, expected):
    assert dates.range_of(value) == expected


def test_vocab_is_validated():
    assert vocab().months["august"] == 8
    with pytest.raises(TypeError, match="months"):
        _validate({**vocab().data, "months": ["august"]})
    with pytest.raises(ValueError, match="1..12"):
        _validate({**vocab().data, "months": {"august": 13}})


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(1, 7),
       st.sampled_from(["PAST", "FUTURE", "PRESENT", None]))
def test_weekday_is_that_weekday_within_a_week(anchor, weekday, tense):
    day = dt.date.fromisoformat(dates.weekday_value(anchor, weekday, tense))
    assert day.isoweekday() == weekday
    assert abs((day - anchor).days) <= 6


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(1, 12),
       st.sampled_from(["PAST", "FUTURE", "PRESENT", None]))
def test_month_within_a_year_of_anchor(anchor, month, tense):
    value = dates.month_value(anchor, month, None, tense)
    rng = dates.range_of(value)
    assert rng is not None and rng.start <= rng.end
    year = int(value[:4])
    assert abs(year - anchor.year) <= 1


def test_holidays():
    assert dates.holiday_value(SUNDAY, "easter", None, 2024, None) == "2024-03-31"
    assert dates.holiday_value(SUNDAY, "thanksgiving", None, 2021, None) == "2021-11-25"
    assert dates.holiday_value(MARCH, "christmas", "12-25", None, "PAST") == "2012-12-25"
    assert dates.holiday_value(None, "easter", None, None, None) is None


def test_a_day_that_does_not_exist_anchors_no_relative_date():
    from sitroom.resolve.dates import shift_from

    assert shift_from("1987-02-30", "day", 1) is None  # "the next day" after "February 30"
    assert shift_from("1987-02-27", "day", 1) == "1987-02-28"
