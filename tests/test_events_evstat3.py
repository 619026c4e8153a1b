"""Status and non-events, turn 24 (audit/README.md, criteria 1 and 3). An outcome that a
to-infinitive of purpose aims at, and that the doer's trying does not bring about alone (an accord
reached, ties restored, fields taken over, an embargo extended), is aimed at, not reported done:
hypothetical. "approve of" states a liking, not an approval given: no SUPPORT event. Controls: the
same outcomes reported as done, acts done by going or meeting (a trip "to discuss"), and "approved"
with an object keep their events and status. Sentences written for these tests (real parses, the
full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed, status_of

pytestmark = pytest.mark.model

PUB = "2017-05-01"


@pytest.mark.parametrize(("text", "word"), [
    ("Oman and the three envoys have been holding talks in Muscat since March to reach agreement "
     "on the release of the prisoners.", "agreement"),
    ("Officials in Baghdad said Ankara was sending troops in to take over the oil wells near Mosul.",
     "take over"),
    ("In April, France introduced a draft resolution at the Security Council to extend the arms "
     "embargo on Libya.", "extend"),
])
def test_an_outcome_a_purpose_aims_at_is_not_done(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical", listed(dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize(("text", "word", "status"), [
    # the outcome reported as done
    ("Oman and the three envoys reached an agreement on the release of the prisoners on Monday.",
     "agreement", "occurred"),
    ("The Security Council extended the arms embargo on Libya on Tuesday.", "extended", "occurred"),
    # what a trip or a meeting is for is done by going there
    ("The Qatari envoy flew to Kabul on Sunday to urge the Taliban to return to the talks.",
     "urge", "occurred"),
])
def test_reported_outcomes_and_trips_keep_their_status(real_nlp, text, word, status):
    assert status_of(real_nlp, text, word, PUB) == status, listed(dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize("text", [
    '"I do not approve of that kind of language," the mayor of Leeds told reporters on Friday.',
    "Many senators do not approve of the way the White House has handled the budget talks.",
])
def test_approve_of_states_a_liking(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in events if e.type == "SUPPORT" and "approve" in e.trigger.text], listed(events)


def test_an_approval_given_is_support(real_nlp):
    text = "The Finnish parliament approved the treaty with Norway on Tuesday."
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in events if e.type == "SUPPORT" and "approved" in e.trigger.text], listed(events)
