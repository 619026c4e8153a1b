"""Event dates through merged mentions (own sentences, real parses): a later mention dates the
event only when it tells the same act of the same parties."""

from __future__ import annotations

import pytest

from sitroom.model import DateRange
from events_support import dated_events, event_with

PUB = "2017-12-08"
LEAD = "WASHINGTON (Reuters) - Iran said on Monday that the deal was fair. Officials met in Tehran. The talks went well. "


def _events(nlp, text: str, published: str | None = PUB):
    return dated_events(nlp, text, published)


@pytest.mark.model
def test_a_later_mention_with_another_party_does_not_date_the_act(real_nlp):
    text = LEAD + ("The minister said Iraq cooperated on the project with Iran. Trade grew. Prices fell. "
                   "Documents showed that Syria and Iraq cooperated in March 2015 to build a dam.")
    e = event_with(_events(real_nlp, text), "cooperated")
    assert e.date is None or e.date.start != "2015-03", (e.date, e.actors, len(e.mentions))


@pytest.mark.model
def test_a_later_mention_of_the_same_parties_dates_the_act(real_nlp):
    text = LEAD + ("The minister said Iraq cooperated on the project with Iran. Trade grew. Prices fell. "
                   "Documents showed that Iraq cooperated with Iran in March 2015 to build a dam.")
    e = event_with(_events(real_nlp, text), "cooperated")
    assert e.date == DateRange("2015-03", "2015-03") and e.date_source == "clause", (e.date, len(e.mentions))


@pytest.mark.model
def test_a_background_act_does_not_take_the_publication_date_of_another_sentence(real_nlp):
    text = ("WASHINGTON (Reuters) - Lawmakers met on Monday. The talks went well. Prices fell. Smith played "
            "a key role in the FBI investigation into Hillary Clinton's emails. Trade grew. The FBI is also "
            "investigating, officials said.")
    e = event_with(_events(real_nlp, text), "investigation")
    assert e.date is None and e.status == "occurred", (e.date, e.date_source, len(e.mentions))
