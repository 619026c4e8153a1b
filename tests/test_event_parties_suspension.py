"""Event parties, turn 13 (evsanc15): the possessor of a suspension is the one suspended, as the
possessor of an arrest or an expulsion is the one it is done to (data/event_parties.yaml
patient_nouns); an "of" phrase names what its possessor suspends. Real parses, the full pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with, listed

pytestmark = pytest.mark.model

PUB = "2020-09-01"


@pytest.mark.parametrize("text, party", [
    ("Moscow condemned Russia's suspension from the Council of Europe.", "RUS"),
    ("Anna Berg, a flight attendant, said the airline gave no reason for her suspension.",
     "person:anna-berg"),
])
def test_the_one_suspended_is_the_target(real_nlp, text, party):
    events = dated_events(real_nlp, text, PUB)
    suspension = event_with(events, "suspension")
    assert party not in suspension.actors and party in suspension.targets, listed(events)


@pytest.mark.parametrize("text, party", [
    # what the possessor suspends follows "of": the possessor acts
    ("Iran's suspension of some commitments under the deal angered Europe.", "IRN"),
    ("Brazil's suspension of interest payments worried its creditors.", "BRA"),
])
def test_a_possessor_that_suspends_something_is_the_doer(real_nlp, text, party):
    events = dated_events(real_nlp, text, PUB)
    assert party in event_with(events, "suspension").actors, listed(events)
