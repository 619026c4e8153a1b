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
