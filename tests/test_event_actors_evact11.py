"""Who did what, turn 31 (evact11): a participle of speech adjoined after a comma to a clause
that a speech verb reports ("X said Y was wrong, criticizing ...") is the speaker's act when
the reported clause only says how things are, or tells a present or future act of a subject
that is no party; the reported subject does not speak. Controls: a reported act of a party,
a reported act of speech and a participle of a physical act keep the reported subject
(model-parsed sentences written for these tests, hand-marked actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:vera-lind": "person", "person:ole-brandt": "person", "person:ines-marek": "person"}


def _parties(text: str, word: str, **actors: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    events = coded(text, actors=actors, kinds=PEOPLE, published=PUB)
    ev = event_with(events, word)
    return ev.actors, ev.targets


def test_a_copula_clause_does_not_criticize():
    text = "Vera Lind said Ole Brandt was mistaken, criticizing his budget in a radio interview."
    actors, _ = _parties(text, "criticizing", **{"Vera Lind": "person:vera-lind",
                                                  "Ole Brandt": "person:ole-brandt"})
    assert actors == ("person:vera-lind",)


def test_a_state_named_in_a_copula_clause_does_not_urge():
    text = "Vera Lind said Norway was a reliable partner, urging Sweden to sign the treaty."
    actors, targets = _parties(text, "urging", **{"Vera Lind": "person:vera-lind", "Norway": "NOR",
                                                   "Sweden": "SWE"})
    assert actors == ("person:vera-lind",) and "NOR" not in targets


def test_a_thing_that_will_act_does_not_call_for():
    text = "Ole Brandt said the new plan will hurt farmers, calling for talks with Denmark."
    actors, _ = _parties(text, "calling", **{"Ole Brandt": "person:ole-brandt", "Denmark": "DNK"})
    assert actors == ("person:ole-brandt",)


def test_a_party_s_own_act_keeps_its_subject():
    # the reported subject is a party doing an act: it may well be the one asking
    text = "Ines Marek said Norway keeps expanding its fleet, asking its allies to pay for ports."
    events = coded(text, actors={"Ines Marek": "person:ines-marek", "Norway": "NOR"}, kinds=PEOPLE,
                   published=PUB)
    ev = event_with(events, "asking")
    assert "person:ines-marek" not in ev.actors, listed(events)


def test_a_reported_act_of_speech_keeps_its_subject():
    text = "Ines Marek said Norway is demanding new talks, accusing Sweden of stalling."
    events = coded(text, actors={"Ines Marek": "person:ines-marek", "Norway": "NOR", "Sweden": "SWE"},
                   kinds=PEOPLE, published=PUB)
    ev = event_with(events, "accusing")
    assert "person:ines-marek" not in ev.actors, listed(events)


def test_a_physical_participle_keeps_the_reported_subject():
    text = "Ole Brandt said Norway was at war, attacking Swedish ports with drones."
    events = coded(text, actors={"Ole Brandt": "person:ole-brandt", "Norway": "NOR"}, kinds=PEOPLE,
                   published=PUB)
    assert all("person:ole-brandt" not in e.actors for e in events), listed(events)


def test_the_speaker_s_second_clause_still_reads_as_before():
    text = "Vera Lind criticized Ole Brandt, saying his budget was reckless."
    actors, targets = _parties(text, "criticized", **{"Vera Lind": "person:vera-lind",
                                                       "Ole Brandt": "person:ole-brandt"})
    assert actors == ("person:vera-lind",) and targets == ("person:ole-brandt",)


# A place that whom a verb asks, accuses or backs is called to is where they go, not a target.

def test_a_town_the_guest_is_invited_to_is_no_target():
    text = "Vera Lind invited Ole Brandt to Oslo for talks on fishing quotas."
    actors, targets = _parties(text, "invited", **{"Vera Lind": "person:vera-lind",
                                                    "Ole Brandt": "person:ole-brandt", "Oslo": "NOR"})
    assert actors == ("person:vera-lind",) and targets == ("person:ole-brandt",)


def test_a_capital_envoys_are_summoned_to_is_no_target():
    text = "Vera Lind summoned Swedish diplomats to Oslo on Monday."
    _, targets = _parties(text, "summoned", **{"Vera Lind": "person:vera-lind", "Swedish": "SWE", "Oslo": "NOR"})
    assert "SWE" in targets and "NOR" not in targets


def test_whom_an_appeal_is_made_to_stays_its_target():
    text = "Vera Lind appealed to Sweden for more help with the refugees."
    actors, targets = _parties(text, "appealed", **{"Vera Lind": "person:vera-lind", "Sweden": "SWE"})
    assert actors == ("person:vera-lind",) and targets == ("SWE",)


def test_aid_sent_to_a_country_still_targets_it():
    events = coded("Norway sent food aid to Sudan last week.", actors={"Norway": "NOR", "Sudan": "SDN"},
                   published=PUB)
    assert any("SDN" in e.targets for e in events), listed(events)


def test_backing_a_loan_to_a_country_still_targets_it():
    events = coded("Norway said it would back a large loan to Sudan.", actors={"Norway": "NOR", "Sudan": "SDN"},
                   published=PUB)
    ev = event_with(events, "back")
    assert "SDN" in ev.targets, listed(events)


# A "with" phrase after a comma that says who was there or how things stood is no party.

def test_someone_in_attendance_is_not_met():
    text = "Vera Lind met Ole Brandt in Bergen, with Ines Marek in attendance."
    actors, targets = _parties(text, "met", **{"Vera Lind": "person:vera-lind", "Ole Brandt": "person:ole-brandt",
                                                "Ines Marek": "person:ines-marek"})
    assert actors == ("person:vera-lind",) and targets == ("person:ole-brandt",)


def test_a_country_in_a_state_of_affairs_is_not_criticized():
    text = "The relief effort was criticized by Vera Lind, with much of Norway still without power."
    _, targets = _parties(text, "criticized", **{"Vera Lind": "person:vera-lind", "Norway": "NOR"})
    assert "NOR" not in targets


def test_a_partner_named_after_a_comma_stays_a_target():
    text = "Vera Lind held talks in Bergen, with Ole Brandt of the fishing council."
    _, targets = _parties(text, "talks", **{"Vera Lind": "person:vera-lind", "Ole Brandt": "person:ole-brandt"})
    assert targets == ("person:ole-brandt",)
