"""Event dates, turn 7: a stretch that ranks or describes a noun dates no act, the setting an act
happened in dates it, and a day written inside a coarser period is the date (real parses)."""

from __future__ import annotations

import pytest

from sitroom.model import DateRange
from events_support import dated_events, event_with

PUB = "2017-12-06"  # a Wednesday


@pytest.mark.model
def test_a_stretch_a_noun_is_ranked_over_is_not_the_events_date(real_nlp):
    killed = event_with(dated_events(real_nlp, "The deadliest attack since 2010 killed 40 people in Kabul, "
                                               "officials said.", PUB), "killed")
    assert killed.date is None or killed.date.start != "2010"
    assert killed.status == "occurred"
    visit = event_with(dated_events(real_nlp, "It was the first visit by a U.S. president since 1928.", PUB), "visit")
    assert visit.date is None or visit.date.start != "1928"


@pytest.mark.model
def test_a_stretch_that_describes_a_party_is_not_the_events_date(real_nlp):
    # (a stake bought is commerce and no event since evne2, so the act here is a meeting)
    text = ("A lifetime supporter and board director since 1984, Mr Murray met the club's owners in "
            "London on Tuesday.")
    e = event_with(dated_events(real_nlp, text, None), "met")
    assert e.date is None or e.date.start != "1984"


@pytest.mark.model
def test_a_since_that_qualifies_the_clause_still_dates_it(real_nlp):
    e = event_with(dated_events(real_nlp, "Russia has deployed troops in Syria since 2015, the ministry said.", PUB),
                   "deployed")
    assert (e.date, e.status) == (DateRange("2015", None), "ongoing")


@pytest.mark.model
def test_the_setting_of_an_act_dates_it(real_nlp):
    e = event_with(dated_events(real_nlp, "Security forces killed three militants in a raid on Tuesday, "
                                          "police said.", PUB), "killed")
    assert (e.date, e.date_source) == (DateRange("2017-12-05", "2017-12-05"), "clause")
    # an act only connected to another one is not dated by it
    e = event_with(dated_events(real_nlp, "Police arrested him in connection with a bombing in May.", PUB),
                   "arrested")
    assert e.date is None or e.date.start != "2017-05"


@pytest.mark.model
def test_a_day_inside_a_coarser_period_is_the_date(real_nlp):
    text = ("The United States withdrew from the deal on 8 May 2018. One year later, on 8 May 2019, Iran's "
            "security council announced the suspension of some commitments.")
    e = event_with(dated_events(real_nlp, text, None), "suspension")
    assert e.date == DateRange("2019-05-08", "2019-05-08")


@pytest.mark.model
def test_a_possessive_date_is_its_nouns(real_nlp):
    text = ("Adam Schiff, the top Democrat on the committee investigating allegations of Russian interference "
            "in last year’s U.S. election, said Trump Jr. answered the questions.")
    e = event_with(dated_events(real_nlp, text, PUB), "investigating")
    assert e.date is None or e.date.start != "2016"


@pytest.mark.model
def test_the_start_of_a_setting_is_not_the_start_of_the_act(real_nlp):
    text = "Ankara has been supporting militants in the Syrian conflict, which began in March 2011."
    e = event_with(dated_events(real_nlp, text, None), "supporting")
    assert e.date is None or e.date.start != "2011-03"


@pytest.mark.model
def test_a_month_lends_its_year_to_the_one_before_it_in_an_undated_article(real_nlp):
    text = ("Russia, Iran and Turkey have agreed to hold the next summit in Tehran in February or March 2022, "
            "an Iranian official told TASS.")
    e = event_with(dated_events(real_nlp, text, None), "summit")
    assert e.date == DateRange("2022-02", "2022-03")


@pytest.mark.model
def test_since_before_the_events_own_noun_does_not_make_its_date_a_start(real_nlp):
    e = event_with(dated_events(real_nlp, "Since the U.S. withdrawal in 2018, Iran has reduced its commitments.",
                                "2021-12-08"), "withdrawal")
    assert (e.date, e.status) == (DateRange("2018", "2018"), "occurred")
