"""Event status (turn 30, evdeny): an act named only inside a denial is denied, not told as done.
The complement of a verb of denial ("denied he had threatened", "denies conspiring to rig"), and
the content of a claim a verb of denial takes ("dismissed the claim he had broken", "rejected
suggestions that the blocs agree", passive "the allegation that ... was refuted"): negated.
Controls: a request or plan refused is told; the claim noun itself is told; an act beside the
denial keeps its status; objects inside the denied clause stand; a denial itself negated denies
nothing. Sentences written for these tests, not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest

from events_support import coded, listed, status_of
from sitroom.components.event_mood_denied import denied_act

pytestmark = pytest.mark.model

PUB = "2021-03-02"


@pytest.mark.parametrize("text, word", [
    ("The mayor denied he had ever threatened the two clerks who worked for him.", "threatened"),
    ("The senator dismissed the claim he had reneged on his pledge to the unions.", "reneged"),
    ("Dismissing Ruritanian accusations of a violation of its airspace, Lagos said it had done "
     "nothing wrong.", "violation"),
])
def test_an_act_inside_a_denial_is_negated(real_nlp, text, word):
    found = [e for e in coded(text, published=PUB) if word in e.trigger.text]
    assert found and all(e.status == "negated" for e in found), listed(coded(text, published=PUB))


@pytest.mark.parametrize("text, word, expected", [
    # the request refused was made
    ("The judge denied a request by the ministry to delay the hearing.", "request", "occurred"),
    # an act beside the denial
    ("The governor denied the claims and apologized to the nurses on Monday.", "apologized",
     "occurred"),
    # an object inside the denied clause stands: the sanctions are in force
    ("The aide denied that he had discussed the Russian sanctions with the envoy.", "sanctions",
     "occurred"),
])
def test_what_the_denial_does_not_cover_keeps_its_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


def test_the_claim_noun_itself_is_told():
    events = coded("We reject the allegation made by the Ruritanian envoy about our programme.",
                   published=PUB)
    found = [e for e in events if e.trigger.text == "allegation"]
    assert all(e.status == "occurred" for e in found), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Ruritania rejected suggestions that the two blocs agree a freeze on tariffs.", "agree"),
    ("The three councillors deny conspiring to commit fraud at the county election.", "commit"),
    ("The spokesman dismissed rumours that the general had offered to resign.", "offered"),
    ("The allegation that Lagos had shelled the port was refuted by its envoy.", "shelled"),
])
def test_the_denied_act_is_found_in_its_frame(real_nlp, text, word):
    doc = real_nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert denied_act(doc[tok.i:tok.i + 1]), [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_denial_itself_negated_denies_nothing(real_nlp):
    doc = real_nlp("The minister did not deny that he had met the envoy in Lima.")
    met = next(t for t in doc if t.text == "met")
    assert not denied_act(doc[met.i:met.i + 1])
    doc = real_nlp("The minister refused to deny claims that he had met the envoy in Lima.")
    met = next(t for t in doc if t.text == "met")
    assert not denied_act(doc[met.i:met.i + 1])
    doc = real_nlp("The minister denied that he had met the envoy in Lima.")
    met = next(t for t in doc if t.text == "met")
    assert denied_act(doc[met.i:met.i + 1])
