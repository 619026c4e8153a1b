"""Event dates, turn 5 (own sentences, real parses): a chronology in the historical present keeps
its year, a preposition the parser joined to the verb keeps its dates on the noun it repeats."""

from __future__ import annotations

import pytest

from sitroom.model import DateRange
from events_support import dated_events, event_with

PUB = "2017-12-01"


def _events(nlp, text: str, published: str | None = PUB):
    return dated_events(nlp, text, published)


@pytest.mark.model
def test_a_chronology_in_the_present_is_dated_in_its_own_year(real_nlp):
    text = ("Timeline: the envoy's contacts.\n* Dec. 29, 2016: The envoy calls the minister.\n"
            "* Jan. 20: The president takes office.\n* Jan. 24: The envoy agrees to be interviewed by investigators.")
    e = event_with(_events(real_nlp, text), "agrees")
    assert e.date == DateRange("2017-01-24", "2017-01-24") and e.status == "occurred", (e.date, e.status)


@pytest.mark.model
def test_dates_after_a_repeated_preposition_stay_with_the_visits(real_nlp):
    text = ("Iran and Tajikistan have resumed their relations following the visits of the two presidents "
            "in September 2021 during a summit in Dushanbe and also in May 2022 in Tehran.")
    e = event_with(_events(real_nlp, text, None), "resumed")
    assert e.date is None or e.date.start not in ("2021-09", "2022-05"), e.date


@pytest.mark.model
def test_could_not_be_reached_on_a_weekday_looks_back(real_nlp):
    doc = real_nlp.make_doc("His lawyer could not be reached for comment on Wednesday. The bill could be "
                            "introduced on Wednesday.")
    doc._.published = "2000-01-06"  # a Thursday
    values = [s._.timex.value for s in real_nlp(doc).spans["timexes"]]
    assert values == ["2000-01-05", "2000-01-12"]


@pytest.mark.model
def test_a_plan_made_before_keeps_its_day_ahead(real_nlp):
    doc = real_nlp.make_doc("The vice president delayed his trip. He had initially planned to leave late on Saturday.")
    doc._.published = "2017-12-13"  # a Wednesday
    assert [s._.timex.value for s in real_nlp(doc).spans["timexes"]] == ["2017-12-16"]
