"""Status, turn 25 (audit/README.md, criterion 3). An act named by the -ing form that a noun of
need, worth or means takes ("the importance of", "the need for", "ways of") is advised or weighed,
not reported: hypothetical, whether the -ing form is the trigger or governs the event noun as its
object. Controls: an -ing form that reports what was done ("accused of", "a record of"), an event
noun the text takes as given ("the importance of implementing the agreement"), a measure lifted
that stands until it is ("the need for lifting sanctions": the sanctions are in force), and the
same acts reported plainly. And "hopes" is the verb hope: a hoped-for act is no act done
(a party's own: planned). Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(nlp, text: str, word: str) -> list:
    return [e for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word"), [
    ("The Iraqi envoy stressed the importance of improving coordination between Baghdad and Ankara.",
     "coordination"),
    ("The prime minister underlined the need for expanding cooperation between Oman and Kenya.",
     "cooperation"),
    ("Ministers from Chile and Peru discussed ways of boosting cooperation on fisheries.",
     "cooperation"),
    ("The senator stressed the importance of supporting the Ukrainian government this winter.",
     "supporting"),
    ("The envoy underlined the significance of holding talks between Khartoum and the rebels.",
     "talks"),
])
def test_an_advised_act_is_hypothetical(real_nlp, text, word):
    events = _with(real_nlp, text, word)
    assert events and all(e.status == "hypothetical" for e in events), listed(
        dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize(("text", "word"), [
    ("The senator was accused of supporting the rebels in Darfur.", "supporting"),
    ("The senator has a long record of supporting Israel.", "supporting"),
    ("Oman and Kenya have launched a partnership on fisheries.", "partnership"),
    ("The senator supported the Ukrainian government this winter.", "supported"),
])
def test_a_reported_act_stays_occurred(real_nlp, text, word):
    events = _with(real_nlp, text, word)
    assert events and all(e.status != "hypothetical" for e in events), listed(
        dated_events(real_nlp, text, PUB))


def test_sanctions_to_be_lifted_are_in_force(real_nlp):
    text = "Iran stressed the need for lifting the sanctions imposed by the United States in 2018."
    events = _with(real_nlp, text, "sanctions")
    assert not events or all(e.status == "occurred" for e in events), listed(events)


# "hopes" is the verb hope (the lemmatizer gives "hop"): what a party hopes to do is its plan;
# another party's act it hopes for stays a hope, its own act under "that he will" a plan
@pytest.mark.parametrize(("text", "word", "want"), [
    ("The Omani minister hopes to meet his Kenyan counterpart in Nairobi.", "meet", "planned"),
    ("The envoy said she hopes that she will visit Nairobi soon.", "visit", "planned"),
    ("The envoy hopes that the Kenyan president will visit Muscat soon.", "visit", "hypothetical"),
])
def test_what_a_party_hopes_is_not_done(real_nlp, text, word, want):
    events = _with(real_nlp, text, word)
    assert events and all(e.status == want for e in events), listed(dated_events(real_nlp, text, PUB))
