"""Everyday senses of event words, turn 20 (evweb5; model-marked: real parses). The sentences are
written for these tests, not taken from any corpus or gold file.

"Commuters sat in traffic", "the queue demonstrates how angry they are", "the agency
eavesdropped on the ministry's phone calls", "the ranger shot and killed a bear": the trigger
words of a sit-in, a demonstration, a consultation and an assault, used in their everyday sense
(sitting somewhere, showing, calls spied upon, an animal killed). Controls keep the act: a sit-in
with a bare "in", protesters who demonstrate outside a building, a single call between two
leaders that was intercepted, a gunman who shot a guard."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2019-11-12"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Thousands of commuters in Lagos had to sit in traffic for five hours on Monday.", "PROTEST"),
    ("The mayor was sitting in his car outside the town hall when reporters arrived.", "PROTEST"),
    ("The long queue at the port demonstrates how angry the dock workers are about the new law.", "PROTEST"),
    ("As the Kenyan runners have demonstrated, patience in training is vital to winning.",
     "PROTEST"),
    ("A newspaper reported that the Danish intelligence agency had eavesdropped on German "
     "ministers' phone calls for years.", "CONSULT"),
    ("The agency conducted surveillance on millions of Brazilian and Mexican telephone calls.",
     "CONSULT"),
    ("On Saturday a park ranger shot and killed a bear that had wandered into a campsite.",
     "ASSAULT"),
    ("The escaped chimpanzee was shot by police officers near the zoo.", "ASSAULT"),
])
def test_everyday_sense_is_no_event(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Hundreds of students sat in at the education ministry in Nairobi on Monday to protest "
     "the fee rise.", "PROTEST"),
    ("Thousands of protesters demonstrated outside the parliament in Tbilisi on Sunday.",
     "PROTEST"),
    ("Opposition supporters demonstrated against the election results in Kinshasa.", "PROTEST"),
    ("German Chancellor Angela Merkel held a phone call with Russian President Vladimir Putin "
     "on Tuesday.", "CONSULT"),
    ("A gunman shot and killed a security guard outside the embassy in Kabul on Monday.",
     "ASSAULT"),
])
def test_the_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)
