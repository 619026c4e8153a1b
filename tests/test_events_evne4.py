"""Non-events on web pages, turn 24 (audit/README.md, criterion 1). A private trip is no visit
between parties: a journey set in the traveller's school years or youth ("In high school, she
traveled to ...", "While at ... University", "as a student") or a call on the traveller's kin,
or friend ("visited his parents", "visited her grandmother") makes no CONSULT event.
Controls: officials' trips, a leader travelling with his wife, a trip in an office's first year.
Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _visits(nlp, text: str) -> list:
    return [e for e in dated_events(nlp, text, PUB) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "In high school, Marlow traveled to Lisbon and Cairo and dreamed of becoming a photographer.",
    "While at Ohio State University, where he studied chemistry, Dunne traveled to Peru and Chile.",
    "As a teenager, Okafor traveled to London twice with a church choir.",
    "His sister said the change began last spring, when he visited his parents in Ohio.",
    "Whenever Hale visited her grandmother in Boston, she brought a draft of the next chapter.",
])
def test_a_private_trip_is_no_visit(real_nlp, text):
    events = _visits(real_nlp, text)
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Foreign Minister Sergei Lavrov traveled to Paris on Monday to meet his French counterpart.",
    "President Obama visited Kenya with his wife in July.",
    "In his first year in office, the president visited China and Japan.",
    "The Iranian deputy foreign minister traveled to Moscow on Sunday for talks on the nuclear deal.",
])
def test_an_official_trip_stays_a_visit(real_nlp, text):
    events = _visits(real_nlp, text)
    assert events, listed(dated_events(real_nlp, text, PUB))
