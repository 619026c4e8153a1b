"""Eventness, turn 17 (evne27): refusals of nothing (model-marked: real parses). The sentences are
written for these tests, not taken from any corpus or gold file.

A refusal (PLOVER REJECT) turns down what a party asked, offered or demanded. Turning down a
claim, a report or a rumour is a statement about what is said, like denying a charge
(audit/README.md criteria): "rejected the rumours", "rejected speculation that ...", "refused to
give credence to suggestions that ...", "refused to deny claims that ...". Controls: a proposal
or an offer rejected, a refusal to publish a report (a document withheld), a refusal to act.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


def _refusals(events):
    return [e for e in of_type(events, "REJECT")
            if e.trigger.text.lower().startswith(("reject", "refus", "declin", "rebuff"))]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Norland ambassador to Vienna has also rejected the rumours, saying the future of the "
    "province will be decided by its voters.",
    "On Monday he rejected speculation that the finance minister was planning to leave the "
    "cabinet.",
    "Asked about the naval exercises, Ms Varga refused to give credence to suggestions that "
    "Ruritania was preparing a blockade of the port.",
    "The chancellor pointedly refused to deny claims that the president had broken a promise to "
    "step aside.",
])
def test_turning_down_a_claim_refuses_nothing(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _refusals(events), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Norland government on Monday rejected the proposal to hold talks in Geneva.",
    "Ruritania declined the offer of emergency loans from the fund on Tuesday.",
    "The ministry refused to publish the report on the border clashes.",
    "The rebels refused to withdraw from the town, the governor said on Monday.",
])
def test_turning_down_a_request_or_a_document_stays_a_refusal(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _refusals(events), listed(events)
