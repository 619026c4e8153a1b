"""Event dates, turn 18 round 2 (dt6): in an article with no publication date, a shift such as
"a month later" or "five days earlier" counts from the date written just before it. When that
date is a month, day or weekday with no year ("in September", "on January 9", "on Friday"),
the shift has no known base: it must not count from an older year further back in the text
("In March 2021 ... in September ... A month later" is not April 2021). Own sentences."""

from __future__ import annotations

import pytest
from timex_support import timex_nlp, timex_values


@pytest.fixture(scope="module")
def nlp():
    return timex_nlp()


def _values(nlp, text: str) -> dict[str, tuple[str, str]]:
    return timex_values(nlp, text, None)


def test_a_month_later_after_a_yearless_month_does_not_count_from_an_older_year(nlp):
    found = _values(nlp, "In March 2021, Chile applied to join the pact. It signed a memorandum in "
                         "September. A month later, its senate approved the accession.")
    assert found["March 2021"][0] == "2021-03"
    assert not found["A month later"][0][:4].isdigit(), found  # not 2021-04: the year is unknown


def test_days_earlier_after_a_yearless_day_does_not_count_from_an_older_year(nlp):
    found = _values(nlp, "The ministry published its plan on May 8, 2018. On January 9 rebels shelled the port "
                         "in revenge for the killing of their commander three days earlier.")
    assert not found["three days earlier"][0][:4].isdigit(), found  # not 2018-05-05: the year is unknown


def test_control_a_shift_after_a_dated_month_still_counts_from_it(nlp):
    found = _values(nlp, "In March 2021, Chile applied to join the pact. It signed a memorandum in "
                         "September 2021. A month later, its senate approved the accession.")
    assert found["A month later"][0] == "2021-10", found


def test_control_a_shift_after_a_vague_shift_still_counts_from_the_last_year(nlp):
    found = _values(nlp, "The war began in 2001. A few weeks later, talks opened, and two years later "
                         "the army withdrew.")
    assert found["two years later"][0] == "2003", found


def test_control_with_a_publication_date_the_month_takes_its_year_and_the_shift_counts_from_it(nlp):
    found = timex_values(nlp, "In March 2021, Chile applied to join the pact. It signed a memorandum in "
                              "September. A month later, its senate approved the accession.", "2021-12-01")
    assert found["A month later"][0] == "2021-10", found


def test_control_a_shift_by_years_after_a_yearless_month_keeps_the_written_year(nlp):
    found = _values(nlp, "In March 2011 the strike closed the mines. In June of the same year the "
                         "miners went back to work.")
    assert found["the same year"][0] == "2011", found
