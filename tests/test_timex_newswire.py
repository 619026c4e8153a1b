"""Time expressions that generalise across newswire: fiscal quarters, seasons, relative shifts at
the anchor's granularity, weekday direction, vague pasts, sets (own sentences, not a gold set)."""

from __future__ import annotations

import pytest
import spacy

from sitroom.nlp import NlpOptions, add_components

PUB = "2017-11-02"  # a Thursday, in the fourth quarter


@pytest.fixture(scope="module")
def nlp():
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))


def _values(nlp, text: str, published: str = PUB) -> dict[str, tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return {s.text: (s._.timex.value, s._.timex.type) for s in nlp(doc).spans["timexes"]}


@pytest.mark.parametrize("text, surface, value, kind", [
    ("Apple reported third-quarter profit of $10 billion.", "third-quarter", "2017-Q3", "DATE"),
    ("Sales in the latest quarter rose 5 percent.", "the latest quarter", "2017-Q3", "DATE"),
    ("Its fourth quarter ends in December.", "fourth quarter", "2017-Q4", "DATE"),
    ("The company pays dividends quarterly.", "quarterly", "P3M", "SET"),
    ("The company is now weighing a sale.", "now", "PRESENT_REF", "DATE"),
    ("Rapoport reported weeks ago that the staff saw trouble.", "weeks ago", "PAST_REF", "DATE"),
    ("The plant closed two years ago.", "two years ago", "2015", "DATE"),
])
def test_newswire_values(nlp, text, surface, value, kind):
    assert _values(nlp, text).get(surface) == (value, kind)


def test_a_year_earlier_keeps_the_granularity_of_what_it_compares():
    found = _values(add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",))),
                    "Profit rose in the third quarter, up 19 percent from a year earlier.")
    assert found["a year earlier"] == ("2016-Q3", "DATE")


def test_the_last_day_is_the_final_day_not_yesterday(nlp):
    assert "last day" not in " ".join(_values(nlp, "It was Clinton's last day on the trail."))


def test_summer_in_a_december_article_is_this_years(nlp):
    assert _values(nlp, "He urged senators over the summer to end the probe.", "2017-12-01")["the summer"][0] == "2017-SU"


def test_one_quarter_is_a_fraction(nlp):
    assert not _values(nlp, "One quarter of the voters abstained.")


@pytest.mark.model
@pytest.mark.parametrize("text, surface, value", [
    ("The bill could be introduced on the Senate floor later on Tuesday.", "Tuesday", "2017-11-07"),
    ("Smith is scheduled to testify on Tuesday before a subcommittee.", "Tuesday", "2017-11-07"),
    ("Kim signed the order to launch the satellite on Tuesday.", "Tuesday", "2017-10-31"),
])
def test_weekday_direction_from_the_clause(real_nlp, text, surface, value):
    assert _values(real_nlp, text)[surface][0] == value
