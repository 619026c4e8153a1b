"""A stance is not an act (turn 28, evstance): real parses. The sentences are written for these
tests, not taken from any corpus or gold file.

A stance verb in the present that heads a relative clause describes the noun it hangs on: "Senator
Ochieng, who opposes the new levy, said ...", "the dockers' union, which backs the proposal",
"plans that Nairobi strongly opposes". Controls keep the act: a stance the speaker states ("Kenya
said it opposes the levy"), a past in the relative clause that may tell of a vote ("who opposed
the bill"), backing of a party ("Qatar, which also backs the Libyan government") and a first-person
endorsement ("my daughter, who I endorse to succeed me")."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

PUB = "2022-03-09"


def _with(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Senator Ochieng, who opposes the new fuel levy, said the vote would come in May.", "opposes"),
    ("The dockers' union, which backs the proposal, asked the port authority for talks.", "backs"),
    ("Labour MP Joan Okafor, who backs the draft constitution, told reporters she was confident.",
     "backs"),
    ("Kenya is building a wall along its border with Somalia, which opposes Nairobi's plans for "
     "the barrier.", "opposes"),
    ("A senator who is opposing the bill said it would fail if the vote were held today.",
     "opposing"),
    ("The minister spoke of the levy -- a levy that the farmers' union strongly opposes.",
     "opposes"),
])
def test_described_stance_is_dropped(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _with(events, word), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Kenya said on Monday that it opposes the new fuel levy.", "opposes"),
    ("Senator Ochieng, who opposed the bill in March, said he would vote against it again.",
     "opposed"),
    ("Egypt and Qatar, which also backs the Libyan government, brokered the truce in Cairo.",
     "backs"),
    ("The Liberal Democrats oppose the plans.", "oppose"),
])
def test_the_act_stays(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert _with(events, word), listed(events)
