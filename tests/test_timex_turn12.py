"""Time expressions of turn 12 (helper tmx10): a report's quarter named by the day it ended, and
days counted on a calendar of work (own sentences)."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values

PUB = "2019-11-06"


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


@pytest.mark.parametrize("text, published, value", [
    ("In the quarter ended July 31, the retailer lost $2 million.", PUB, "2019-Q2"),
    ("For the quarter ending Sept. 30, the bank earned $5 million.", PUB, "2019-Q3"),
    ("Net income for the quarter that ended Jan. 31 rose 4%.", "2019-03-12", "2018-Q4"),
])
def test_the_quarter_ended_a_day_is_the_quarter_of_its_middle_month(nlp, text, published, value):
    assert timex_values(nlp, text, published)["the quarter"] == (value, "DATE")


@pytest.mark.parametrize("text", [
    "He moved to the quarter near the old harbour.",
    "The Latin quarter ended its festival on Friday.",
])
def test_a_quarter_of_a_town_stays_no_timex(nlp, text):
    assert not any("quarter" in surface for surface in timex_values(nlp, text, PUB))


def test_a_year_back_after_a_fiscal_quarter_and_its_last_day_is_that_quarter(nlp):
    text = ("The company earned $3 million in its fiscal first quarter ended Sept. 30. "
            "A year earlier, it lost $1 million.")
    assert timex_values(nlp, text, PUB)["A year earlier"] == ("2018-Q1", "DATE")


def test_a_year_back_after_another_day_keeps_that_day_reading(nlp):
    text = "The company earned $3 million in its fiscal first quarter. On Sept. 30 it sold a plant. A year earlier, it lost."
    assert timex_values(nlp, text, PUB)["A year earlier"][0] != "2018-Q1"


@pytest.mark.parametrize("text, surface, value", [
    ("Eight trading days after the crash, the index was still down.", "Eight trading days", "P8D"),
    ("The company has five business days to respond.", "five business days", "P5D"),
    ("Objections must be filed within 10 working days.", "10 working days", "P10D"),
])
def test_days_of_work_are_durations(nlp, text, surface, value):
    assert timex_values(nlp, text, PUB)[surface] == (value, "DURATION")


@pytest.mark.parametrize("text", ["The bank has 30 trading desks.", "The trading day ended early."])
def test_trading_without_counted_days_is_no_timex(nlp, text):
    assert timex_values(nlp, text, PUB) == {}
