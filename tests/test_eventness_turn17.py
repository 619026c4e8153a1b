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


# Non-events, round 2 (evne26): sympathy sent only to mourners backs no party. "Expressed
# sympathy for the victims of the floods", "conveyed his condolences to the bereaved families":
# a courtesy, no PLOVER SUPPORT. Controls: sympathy or solidarity with a party ("expressed
# sympathy with Norway", "solidarity with the Lithuanian people"), condolences to a government and
# the victims' families together, and sympathy with no recipient named.
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ruritanian president expressed sympathy for the victims of the bomb attacks at the "
    "Borgo railway station on Monday.",
    "The prime minister also expressed his sympathies with the bereaved families on Tuesday.",
    "On Monday the Norland foreign minister voiced solidarity with the families of the victims.",
])
def test_sympathy_to_mourners_is_no_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "SUPPORT", "sympath", "condolence", "solidarity"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Iraqi deputy speaker condemned the attack and expressed sympathy with Norway on Monday.",
    "The Polish foreign minister expressed solidarity with the Lithuanian people on Monday.",
    "The Polish foreign minister expressed solidarity with Lithuania and the victims' families.",
    "The Ruritanian president expressed sympathy on Monday after the bomb attacks in Borgo.",
])
def test_sympathy_to_a_party_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "SUPPORT", "sympath", "condolence", "solidarity"), listed(events)
