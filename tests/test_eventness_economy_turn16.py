"""Eventness, turn 16: money, an industry or a trade measure is no party of force or withdrawal
(model-marked: real parses). The sentences are written for these tests, not taken from any
corpus or gold file.

An industry, an economy or a trade is harmed by imports, rivals or measures, not attacked
("shipments were injuring the industry"); a measure fought is fought in court or in words
("vowed to fight the action against its exports", "fights the deal"); money drawn down or
withdrawn leaves an account, no party leaves a place ("drew down 2 billion marks of its
deposits"). Controls: people injured, forces fought, troops withdrawn, a refinery hit, a market
attacked (a market is also a place)."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "1987-03-02"


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "stem"), [
    ("The U.S. trade panel ruled on Tuesday that Mexican steel shipments worth 400 million dlrs "
     "last year were injuring the American industry.", "ASSAULT", "injur"),
    ("Trade Minister Anna Berg vowed to fight the Canadian action against Swedish timber exports.",
     "ASSAULT", "fight"),
    ("The Ruritanian ministry is fighting the Dutch bank's deal to buy the insurer.", "ASSAULT", "fight"),
    ("Brazil will fight the Argentine tariff on its shoes in every forum.", "ASSAULT", "fight"),
    ("The federal government drew down 2.1 billion marks of its central bank deposits last week.",
     "RETREAT", "drew"),
    ("The Ruritanian treasury withdrew 5 billion dollars from its reserves in January.",
     "RETREAT", "withdr"),
])
def test_money_an_industry_or_a_trade_measure_is_no_act_of_force(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, category, stem), listed(events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "stem"), [
    ("Rebels were injuring dozens of villagers in the raids near Kandor, police said.", "ASSAULT", "injur"),
    ("The rebels vowed to fight the government forces in the valley.", "ASSAULT", "fight"),
    ("Ruritania withdrew 3,000 troops from the border region on Monday.", "RETREAT", "withdr"),
    ("Drones hit the oil refinery near the port of Kandor on Sunday.", "ASSAULT", "hit"),
    ("Militants attacked a market in the northern town of Kandor.", "ASSAULT", "attack"),
])
def test_people_forces_troops_and_places_stay_acts(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, category, stem), listed(events)
