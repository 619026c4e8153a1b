"""Event dates, turn 18 (dt5): a bare plural event noun ("U.S. sanctions", "illegal sanctions
against Iran") names a kind or an open run of acts, so a date another sentence gives one act of
the kind does not date it; a plural fixed by a determiner, possessor or number keeps it."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with

PUB = "2019-09-10"
LEAD = "TEHRAN - Officials met in Tehran on Monday. The talks went well. "


def _first(nlp, text: str, trigger: str):
    return event_with(dated_events(nlp, LEAD + text, PUB), trigger)


@pytest.mark.model
def test_bare_plural_sanctions_take_no_date_from_a_later_withdrawal(real_nlp):
    text = ("The envoy said U.S. sanctions on Iran hurt ordinary families. Trade grew. Prices fell. "
            "Washington withdrew from the nuclear deal with Iran on 6 August 2019.")
    e = _first(real_nlp, text, "sanctions")
    assert e.date is None or e.date.start != "2019-08-06", (e.date, e.date_source, len(e.mentions))


@pytest.mark.model
def test_bare_plural_with_all_is_still_generic(real_nlp):
    text = ("The minister urged Washington to lift all unlawful sanctions against Iran. Trade grew. "
            "Prices fell. The United States imposed sanctions on Iran on 6 August 2019.")
    e = _first(real_nlp, text, "sanctions")
    assert e.date is None or e.date.start != "2019-08-06", (e.date, e.date_source, len(e.mentions))


@pytest.mark.model
def test_control_a_verb_mention_still_takes_the_later_date(real_nlp):
    text = ("The envoy said Washington sanctioned Iran. Trade grew. Prices fell. "
            "Washington sanctioned Iran on 6 August 2019.")
    e = _first(real_nlp, text, "sanctioned")
    assert e.date is not None and e.date.start == "2019-08-06", (e.date, e.date_source, len(e.mentions))


@pytest.mark.model
def test_control_a_bare_plural_keeps_a_date_of_its_own_clause(real_nlp):
    text = ("Washington imposed sanctions on Iran on 6 August 2019, the envoy said. Trade grew. Prices fell. "
            "Washington withdrew from the nuclear deal with Iran in May 2018.")
    e = _first(real_nlp, text, "imposed")
    assert e.date is not None and e.date.start == "2019-08-06", (e.date, e.date_source, len(e.mentions))
