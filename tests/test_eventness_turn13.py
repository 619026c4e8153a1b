"""Eventness, turn 13: a fuel's demand that is met is a market's need, not a demand a party made
(model-marked: real parses). The sentences are written for these tests, not taken from any corpus
or gold file."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _demands(events):
    return [e for e in of_type(events, "REQUEST") if e.trigger.text.lower().startswith("demand")]


@pytest.mark.parametrize("text", [
    "The new field would help meet Poland's gas demands for the next forty years, the minister said.",
    "Kenya must build two dams to meet its rising electricity demand, the utility said.",
])
def test_a_fuels_demand_met_is_no_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _demands(events), listed(events)


@pytest.mark.parametrize("text", [
    "The government met the protesters' demand that the interior minister resign.",
    "Ukraine rejected Hungary's demands on minority schools on Monday.",
])
def test_a_partys_demand_met_or_rejected_stays_a_request(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _demands(events), listed(events)


# -- a source that refuses to say more refuses nobody an act ---------------------------------------

def _refusals(events):
    return [e for e in of_type(events, "REJECT") if e.trigger.text.lower().startswith("refus")]


@pytest.mark.parametrize("text", [
    "Ms Lindqvist refused to say whether the finance minister would keep his post after the vote.",
    "Portugal on Friday refused to rule out an interest in the state airline.",
    "The Chilean envoy refused to elaborate on the terms of the loan.",
])
def test_refusing_to_say_more_is_no_rejection(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _refusals(events), listed(events)


@pytest.mark.parametrize("text", [
    "The minister refused to answer questions from the parliamentary committee about the contract.",
    "Serbia refused to withdraw its troops from the border on Tuesday.",
])
def test_refusing_a_committee_or_an_act_stays_a_rejection(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _refusals(events), listed(events)


def test_asking_someone_to_say_stays_a_request(real_nlp):
    text = "Senators asked the attorney general to say whether he had met the Russian envoy."
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "REQUEST"), listed(events)
