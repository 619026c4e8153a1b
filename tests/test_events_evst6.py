"""Status, turn 26 (audit/README.md, criterion 3). A stance on another party's act does not decide
whether it took place: an event noun that names its own doer ("the Chilean withdrawal", "unilateral
Peruvian sanctions", "the occupation by Ruritania"), the object of a verb that opposes, rejects,
backs or condemns it, is made whatever the stance or its negation (occurred, not negated); one the
clause only conceives ("any World Bank loan") is a prospect (hypothetical). Controls: an act the
subject's own refusal stops ("refused to extend the truce"), an act with no doer of its own
("opposed the deployment of troops"), an act another verb stops ("blocked the Chilean withdrawal")
keep "negated". Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(nlp, text: str, word: str) -> list:
    return [e for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word"), [
    ("Bolivia has long opposed the Chilean military occupation of the coastal strip.", "occupation"),
    ("The secretary general stressed the position of the Andean Pact in rejecting the Peruvian "
     "withdrawal from the trade treaty.", "withdrawal"),
    ("The assembly in Lima failed to condemn unilateral Chilean sanctions against its neighbours.",
     "sanctions"),
    ("Quito does not support the Peruvian blockade of the river ports.", "blockade"),
    ("Bolivian militias resisted the Chilean offensive near the border town.", "offensive"),
    ("The Peruvian blockade of the river ports was not supported by Quito.", "blockade"),
])
def test_a_stance_on_anothers_act_leaves_it_made(real_nlp, text, word):
    events = _with(real_nlp, text, word)
    assert events and all(e.status == "occurred" for e in events), listed(
        dated_events(real_nlp, text, PUB))


def test_a_stance_on_any_act_of_a_party_is_a_prospect(real_nlp):
    text = "Chile has warned that it will oppose any World Bank bailout that helps Bolivia."
    events = _with(real_nlp, text, "bailout")
    assert events and all(e.status == "hypothetical" for e in events), listed(
        dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels refused to extend the truce with the army in the south.", "truce"),
    ("The opposition opposed the deployment of troops to the border with Chile.", "deployment"),
    ("Congress blocked the Chilean withdrawal from the river ports.", "withdrawal"),
])
def test_an_act_refused_or_stopped_stays_negated(real_nlp, text, word):
    events = _with(real_nlp, text, word)
    assert not events or all(e.status == "negated" for e in events), listed(
        dated_events(real_nlp, text, PUB))
