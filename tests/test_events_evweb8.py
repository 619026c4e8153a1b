"""Event words in an idiom of another sense, turn 20 (evweb8; model-marked: real parses). The
sentences are written for these tests, not taken from any corpus or gold file.

"The senator was greeted with jeers", "the bill met with stiff resistance", "the prince cut short a
visit to Chile", "a visit to his dentist", "the court committed the youth to a psychiatric
hospital", "recognized the significance of the ruling": a meeting, a sanction, a visit, a promise
and an endorsement read from words used in another sense. Controls keep the act: a minister who met
with his counterpart, aid cut to a state, a visit to a capital or to a hospital's nurses, a party
committed to a deal, a state recognised, a party that threatens another."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2019-11-12"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Senator Elizabeth Warren was greeted with jeers and some applause at the rally in Ohio.",
     "CONSULT"),
    ("The German proposal met with stiff resistance from Italian farmers.", "CONSULT"),
    ("Prince Charles cut short a visit to Chile on Monday to fly back to London.", "SANCTION"),
    ("Chancellor Angela Merkel made a short trip to a Berlin hospital on Friday for a routine "
     "checkup.", "CONSULT"),
    ("Prime Minister Boris Johnson paid a visit to his dentist in London on Tuesday.", "CONSULT"),
    ("Judge Maria Lopez committed the youth to a psychiatric hospital in Texas.", "AGREE"),
    ("President Emmanuel Macron recognized the significance of the ruling for French farmers.",
     "SUPPORT"),
])
def test_idiom_is_no_event(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Italian Foreign Minister Luigi Di Maio met with his Greek counterpart in Athens on Monday.",
     "CONSULT"),
    ("The United States cut military aid to Pakistan on Friday.", "SANCTION"),
    ("Chancellor Angela Merkel made a two-day trip to Beijing on Friday for talks with Xi "
     "Jinping.", "CONSULT"),
    ("Prime Minister Boris Johnson visited a London hospital on Tuesday to meet nurses.",
     "CONSULT"),
    ("India has committed itself to the climate accord signed in Paris.", "AGREE"),
    ("Russia recognized Abkhazia as an independent state in 2008.", "SUPPORT"),
    ("North Korea threatened Japan with a missile strike on Tuesday.", "THREATEN"),
])
def test_the_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)
