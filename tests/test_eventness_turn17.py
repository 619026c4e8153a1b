"""Eventness, turn 17 (evne25): a guarantee that only ensures a state (model-marked: real parses).
The sentences are written for these tests, not taken from any corpus or gold file.

"Guarantee" and "assure" with a state as their object and no party to receive it mean "make
certain": they bind nobody to another party and are no PLOVER AGREE ("Ruritania has guaranteed its
gas supply", "Norland seeks to guarantee its own security", "the envoy is tasked to guarantee its
full implementation"). Controls: a guarantee to a party ("guaranteed Moldova's security",
"assured the Estonian minister of its support"), of a sum ("guaranteed $3 billion in loans"), a
clause ("guaranteed that the corridor would stay open") and a passive ("the credit is guaranteed
by the government")."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-02"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Analysts said Ruritania has guaranteed its gas supply and widened its influence in the region.",
    "Norland seeks to guarantee its own security by working with Sweden and Finland.",
    "The EU envoy said on Monday that she is tasked to guarantee its full implementation.",
])
def test_a_state_ensured_is_no_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "AGREE", "guarantee", "assure"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Britain guaranteed Moldova's security in a treaty signed on Monday.",
    "The Finnish foreign minister assured the Estonian minister of Finland's full support.",
    "Japan guaranteed $3 billion in loans to Indonesia on Monday.",
    "Turkey guaranteed that the grain corridor would stay open, the minister said on Monday.",
])
def test_a_guarantee_given_to_a_party_stays_an_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "AGREE", "guarantee", "assure"), listed(events)
