"""Words of refusal and of force that name a party or a fight in words, turn 25 (model-marked:
real parses). The sentences are written for these tests, not taken from any corpus or gold file.

A definite "the opposition" with nothing it opposes is the party out of power wherever it stands
in the clause ("talks between the government and the opposition"), not a REJECT. Fighting a
party's attempt, bid or plan opposes it in words or in court, and a line of policy or a law that
"hits" workers or farms harms them: neither is an ASSAULT. Armed doers, physical targets and an
opposition held to something keep their event.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _with(events, category, word):
    return [e for e in of_type(events, category) if word in e.trigger.text]


@pytest.mark.parametrize("text", [
    "The conference gave the Venezuelan opposition and government a forum to seek a compromise.",
    "Mediators shuttled between the ruling party and the opposition for a week.",
    "The deal eased tensions between the military and the opposition Awami League.",
])
def test_the_opposition_named_as_a_party_is_no_refusal(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _with(events, "REJECT", "opposition"), listed(events)


@pytest.mark.parametrize("text", [
    "Tehran reiterated its opposition to the presence of foreign troops in the Gulf.",
    "The Kremlin voiced strong opposition to the new sanctions on Monday.",
    "The bill was withdrawn in the face of the opposition of every Democrat in the chamber.",
])
def test_an_opposition_held_to_something_stays_a_refusal(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _with(events, "REJECT", "opposition"), listed(events)


@pytest.mark.parametrize("text, word", [
    ("The prime minister said Canada would fight the Mexican government's attempt to block the "
     "pipeline.", "fight"),
    ("The board said it will fight the takeover bid by its Swiss rival.", "fight"),
    ("The senator said the government's new immigration approach is hitting low-paid workers.",
     "hitting"),
    ("Farm groups say the new rules are hitting small farmers in the north.", "hitting"),
])
def test_a_fight_against_a_plan_or_a_policy_that_hits_is_no_assault(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _with(events, "ASSAULT", word), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Rebels hit an army convoy near Kandahar on Sunday.", "hit"),
    ("Government forces fought the rebels in the hills outside Homs.", "fought"),
    ("Israeli jets struck militant positions in Gaza overnight.", "struck"),
    ("Gunmen are hitting police checkpoints across the province.", "hitting"),
])
def test_armed_doers_against_physical_targets_still_assault(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert _with(events, "ASSAULT", word), listed(events)
