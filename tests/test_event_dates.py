"""Event dates: the time expression that governs the act, what the date rests on, and no
publication date for earlier acts (real parses: model-marked; the formatters need none)."""

from __future__ import annotations

import pytest

from sitroom.analyze.timeline import event_when
from sitroom.model import DateRange, date_precision

PUB = "2017-12-01"  # a Friday


def _events(nlp, text: str, published: str = PUB):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [s._.event for s in nlp(doc).spans["events"]]


def _one(events, word: str):
    found = [e for e in events if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.model
def test_a_year_on_another_noun_is_not_the_events_date(real_nlp):
    e = _one(_events(real_nlp, "Former adviser Michael Flynn pleaded guilty on Friday to lying to the FBI "
                               "about his contacts with the Russian ambassador in December 2016."), "pleaded")
    assert (e.date, e.date_source) == (DateRange("2017-12-01", "2017-12-01"), "clause")


@pytest.mark.model
def test_the_reporting_verbs_date_is_not_the_reported_acts(real_nlp):
    events = _events(real_nlp, "The ministry said on Thursday that the rebels had attacked the convoy.")
    e = _one(events, "attacked")
    assert e.date is None and e.date_before == PUB


@pytest.mark.model
def test_a_stretch_of_years_does_not_date_a_single_act(real_nlp):
    events = _events(real_nlp, "Over the past 25 years, the group has attacked the pipeline many times.")
    e = _one(events, "attacked")
    assert e.date is None or e.date.start != "1992"


@pytest.mark.model
def test_background_acts_get_no_publication_date(real_nlp):
    text = ("Police arrested 12 protesters in the capital, officials said. "
            "The crowd gathered near the parliament. "
            "Officials said the demonstrators had clashed with police before the vote. "
            "The leader, who was detained by soldiers, was later released.")
    events = _events(real_nlp, text)
    lead = _one(events, "arrested")
    assert (lead.date, lead.date_source) == (DateRange(PUB, PUB), "published")
    for word in ("clashed", "detained"):
        e = _one(events, word)
        assert e.date is None and e.date_before == PUB, (word, e.date, e.date_source)


@pytest.mark.model
def test_a_wire_timestamp_is_not_a_year(real_nlp):
    doc = real_nlp.make_doc("Rebels shelled the town [1849 EST], witnesses said.")
    doc._.published = PUB
    doc = real_nlp(doc)
    assert not [s for s in doc.spans["timexes"] if s._.timex.value.startswith("1849")]


def test_event_when_says_what_the_date_rests_on():
    assert event_when("2017-12-21", "2017-12-21", "published") == "reported 2017-12-21"
    assert event_when("2017-12-19", "2017-12-19", "clause") == "2017-12-19"
    assert event_when("2009", None, "clause") == "2009 – …"
    assert event_when(None, None, None, before="2017-12-21") == "before 2017-12-21"
    assert event_when(None, None) == "undated"


def test_date_precision_is_the_finer_end():
    assert date_precision(DateRange("2017", "2017")) == "year"
    assert date_precision(DateRange("2017-07", "2017-08")) == "month"
    assert date_precision(DateRange("2009", "2017-12-01")) == "day"
    assert date_precision(None) is None


def test_seasons_in_december_count_from_next_years_winter():
    import datetime as dt

    from sitroom.resolve.dates import season_value

    dec = dt.date(2017, 12, 1)
    assert season_value(dec, "SU", None, None, "PAST") == "2017-SU"  # "over the summer"
    assert season_value(dec, "SP", None, 1, None) == "2018-SP"  # "next spring"
    assert season_value(dec, "WI", None, 0, None) == "2018-WI"  # "this winter"
    assert season_value(dt.date(2018, 1, 10), "WI", None, -1, None) == "2017-WI"  # "last winter"


@pytest.mark.model
def test_a_date_before_a_noun_is_that_nouns(real_nlp):
    e = _one(_events(real_nlp, "Police arrested the men over the group's Nov. 29 online statement."), "arrested")
    assert e.date is None or e.date.start != "2017-11-29"
    e = _one(_events(real_nlp, "Police arrested the men on Nov. 29."), "arrested")
    assert e.date.start == "2017-11-29"


@pytest.mark.model
def test_a_date_of_the_main_clause_does_not_date_an_act_inside_a_phrase(real_nlp):
    text = ("Voters go to the polls next week. The race is close. Polls differ. "
            "On Tuesday, a day after the president endorsed Moore, Jones said the women deserved to be believed.")
    e = _one(_events(real_nlp, text, "2017-12-06"), "endorsed")
    assert e.date is None or e.date.start != "2017-12-05"


@pytest.mark.model
def test_an_act_in_a_condition_is_not_of_the_day(real_nlp):
    text = ("Hoyer said on Wednesday that Conyers should resign if the harassment allegations against him "
            "are found to be true.")
    for e in _events(real_nlp, text):
        assert e.date_source != "published", (e.trigger.text, e.date)
