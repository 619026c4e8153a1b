"""Event dates, turn 24: a day that closes coordinated verbs of one subject dates each of them
("killed several insurgents and detained two suspects during an operation Tuesday": the killing is
Tuesday's, not the publication day's), and the day of a "when" clause dates its main verb ("were
wounded when gunmen opened fire late Sunday"). Each only when the verb has no date of its own."""

from __future__ import annotations

import pytest

from sitroom.model import DateRange
from events_support import dated_events, event_with

PUB = "2012-05-02"  # a Wednesday
TUESDAY, SUNDAY = DateRange("2012-05-01", "2012-05-01"), DateRange("2012-04-29", "2012-04-29")


@pytest.mark.model
def test_a_closing_day_dates_every_coordinated_verb(real_nlp):
    text = ("An army patrol killed several insurgents and detained two suspected militants in the Zharey "
            "district on Tuesday, officials said.")
    events = dated_events(real_nlp, text, PUB)
    assert event_with(events, "killed").date == TUESDAY
    assert event_with(events, "detained").date == TUESDAY
    events = dated_events(real_nlp, "Troops shelled the village and seized the bridge on Friday.", PUB)
    assert event_with(events, "shelled").date == DateRange("2012-04-27", "2012-04-27")


@pytest.mark.model
def test_a_verb_with_its_own_day_keeps_it(real_nlp):
    text = "Police arrested the suspect on Monday and charged him with murder on Tuesday."
    events = dated_events(real_nlp, text, PUB)
    assert event_with(events, "arrested").date == DateRange("2012-04-30", "2012-04-30")


@pytest.mark.model
def test_a_stretch_closing_the_verbs_is_not_shared(real_nlp):
    text = "The rebels attacked the town and have held it since 2010."
    attacked = event_with(dated_events(real_nlp, text, PUB), "attacked")
    assert attacked.date is None or attacked.date.start != "2010"


@pytest.mark.model
def test_a_when_clause_dates_its_main_verb(real_nlp):
    text = "Two police officers were wounded when gunmen opened fire on a checkpoint late Sunday."
    assert event_with(dated_events(real_nlp, text, PUB), "wounded").date == SUNDAY


@pytest.mark.model
def test_acts_joined_by_but_keep_their_own_times(real_nlp):
    text = "The treaty was signed by the president but rejected by the Senate in 1999."
    signed = event_with(dated_events(real_nlp, text, PUB), "signed")
    assert signed.date is None or signed.date.start != "1999"
