"""Categories, evcat16: an act its own doer refuses is the refusal (PLOVER REJECT), not a backing,
an agreement or cooperation coded as negated: "refused to sign the pact", "declined to endorse
her". Acts negated otherwise ("failed to sign", "did not refuse to meet"), a meeting refused (the
meeting, negated) and signing that took place are left alone. Sentences written for these tests (real parses, the full
pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import listed, triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _coded(nlp, text: str):
    return triggered(nlp, text, "", PUB)[1]


@pytest.mark.parametrize("text", [
    "Norway has refused to sign an accord with Moscow that would limit its fishing fleet.",
    "Hungary refused to cooperate with Austria on the new pipeline.",
    "Chile declined to endorse Peru's candidate for the post.",
])
def test_refused_act_is_the_refusal(real_nlp, text):
    events = _coded(real_nlp, text)
    assert events and all(e.type == "REJECT" and e.status == "occurred" for e in events), listed(events)


def test_declined_backing_keeps_its_parties(real_nlp):
    events = _coded(real_nlp, "Chile declined to endorse Peru's candidate for the post.")
    assert [(e.actors, e.targets) for e in events] == [(("CHL",), ("PER",))], listed(events)


@pytest.mark.parametrize("text, category, status", [
    ("Spain failed to sign the treaty.", "SUPPORT", "negated"),
    ("Portugal did not refuse to meet the envoy.", "CONSULT", "negated"),
    ("The rebels refused to meet an envoy sent by Lima.", "CONSULT", "negated"),
    ("Egypt signed a trade agreement with Jordan on Monday.", "SUPPORT", "occurred"),
])
def test_other_negations_and_signing_left_alone(real_nlp, text, category, status):
    events = _coded(real_nlp, text)
    assert any(e.type == category and e.status == status for e in events), listed(events)
