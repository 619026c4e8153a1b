"""Whom an act is aimed at, turn 19 (evtg1): a measure laid on a party (sanctions, an embargo, a
blockade) that names its author before it or as its owner ("the EU arms embargo", "Canadian
sanctions", "Lopez's ban"). Imposing, extending, easing or lifting it is aimed at whom it falls on
(its "on" or "against" phrase), never at its author; with no such phrase, at no one named.
Controls: judging the measure is still aimed at its author ("condemned the Canadian sanctions"),
and a measure with no author keeps whom it falls on (sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
ACTORS = {"Paris": "FRA", "EU": "EU", "Belarus": "BLR", "Oslo": "NOR", "Arab League": "ARAB",
          "Chad": "TCD", "Nigeria": "NGA", "Canadian": "CAN", "Canada": "CAN", "Eritrea": "ERI"}
KINDS = {"EU": "organization", "ARAB": "organization"}


def _coded(text: str):
    return coded(text, actors={k: v for k, v in ACTORS.items() if k in text}, kinds=KINDS, published=PUB)


def test_extending_an_embargo_is_aimed_at_whom_it_falls_on_not_its_author():
    events = _coded("Paris is working to extend the EU arms embargo on Belarus, which expires in May.")
    ev = event_with(events, "extend")
    assert (ev.actors, ev.targets) == (("FRA",), ("BLR",)), listed(events)


def test_lifting_a_blockade_is_aimed_at_whom_it_falls_on_not_its_author():
    events = _coded("Oslo lifted the Arab League blockade against Chad.")
    assert event_with(events, "lifted").targets == ("TCD",), listed(events)


def test_easing_a_measure_with_no_one_it_falls_on_named_has_no_target():
    events = _coded("Oslo eased the Arab League blockade.")
    assert event_with(events, "eased").targets == (), listed(events)


def test_judging_a_measure_is_aimed_at_its_author():
    # control: condemning sanctions condemns whoever imposed them
    events = _coded("Nigeria condemned the Canadian sanctions on Eritrea on Monday.")
    assert event_with(events, "condemned").targets == ("CAN",), listed(events)


def test_a_measure_with_no_author_keeps_whom_it_falls_on():
    # control: no party before the measure; its "on" phrase names the target as before
    events = _coded("Canada will extend the embargo on Eritrea.")
    ev = event_with(events, "extend")
    assert (ev.actors, ev.targets) == (("CAN",), ("ERI",)), listed(events)
