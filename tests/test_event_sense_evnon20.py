"""Eventness, evnon20: a standing measure (a sanction, an embargo, a ban) named as what another
party's act defies, dodges, obeys or answers is the setting of that act, not an act of its own
("kept selling copper despite the sanctions", "in defiance of the embargo", "comply with the
sanctions", "ships that evaded the blockade", "quit the market because of the ban"). Measures
that are imposed, threatened or feared, and a measure whose own clause tells it imposed, stay
events. Sentences written for these tests (real parses, the full pipeline), with controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _sanctions(nlp, text: str):
    return [e for e in dated_events(nlp, text, PUB) if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "Despite the Canadian sanctions, Peru kept selling copper to the mining firms of Chile.",
    "Last year Peru exported copper to forty countries despite the Canadian sanctions and pressure.",
    "Chile and Peru signed a ten-year trade pact in May in defiance of Canada's sanctions.",
    "The two ships sailed to Lima in breach of the Canadian embargo, officials said.",
    "Banks in Lima will not be obliged to comply with the Canadian sanctions against Peru.",
    "Traders in Lima were accused of helping the firm to evade the Canadian sanctions.",
    "A Dutch bank quit the market in Lima last year because of the Canadian sanctions.",
])
def test_a_measure_defied_or_obeyed_is_no_act(real_nlp, text):
    events = _sanctions(real_nlp, text)
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on Peru in March.",
    "Canada announced new sanctions against Peru on Monday.",
    "Lima signed the deal despite new sanctions that Canada imposed on Peru in May.",
])
def test_a_measure_imposed_stays_an_act(real_nlp, text):
    events = _sanctions(real_nlp, text)
    assert events, text
