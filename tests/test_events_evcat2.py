"""Categories, turn 22 (evcat2): relief from sanctions or tariffs eases them (CONCEDE), a measure
approved whose own clause bans or sanctions is that sanction (SANCTION), and a place evacuated is
cleared, not helped (no AID) (model-marked: real parses, hand-marked actors). The sentences are
written for these tests; each rule has its control."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2022-06-14"


def _coded(events, word):
    return [(e.type, e.actors, e.targets) for e in events if e.trigger.text == word]


# -- relief from a penalty eases it (CONCEDE), by the giver, to the owner -----------------------

def test_sanctions_relief_extended_is_a_concession_to_its_owner():
    events = coded("Under the accord, Washington would extend Venezuela sanctions relief for six months.",
                   actors={"Washington": "USA", "Venezuela": "VEN"}, published=PUB)
    assert _coded(events, "relief") == [("CONCEDE", ("USA",), ("VEN",))], listed(events)


def test_relief_from_tariffs_is_no_aid():
    events = coded("Ottawa offered Mexico some relief from the steel tariffs it imposed last spring.",
                   actors={"Ottawa": "CAN", "Mexico": "MEX"}, published=PUB)
    assert "AID" not in [e.type for e in events if e.trigger.text == "relief"], listed(events)
    assert [e.type for e in events if e.trigger.text == "relief"] == ["CONCEDE"], listed(events)


def test_storm_relief_provided_stays_aid():
    events = coded("Canada provided relief to Haiti after the hurricane struck the island.",
                   actors={"Canada": "CAN", "Haiti": "HTI"}, published=PUB)
    assert [e.type for e in events if e.trigger.text in ("provided", "relief")] == ["AID"], listed(events)


# -- a measure approved whose clause bans or sanctions is that sanction -------------------------

def test_a_plan_to_ban_approved_is_a_sanction():
    events = coded("On Tuesday the Polish parliament approved a plan to ban firms that trade with Belarus.",
                   actors={"Polish": "POL", "Belarus": "BLR"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "approved"] == ["SANCTION"], listed(events)


def test_an_act_that_imposes_sanctions_approved_is_a_sanction():
    events = coded("The Canadian Senate approved the Magnitsky Act, which imposes sanctions on Russian officials.",
                   actors={"Canadian": "CAN", "Russian": "RUS"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "approved"] == ["SANCTION"], listed(events)


def test_a_bill_that_funds_schools_approved_stays_support():
    events = coded("The Canadian Senate approved a bill that funds new schools in the north.",
                   actors={"Canadian": "CAN"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "approved"] == ["SUPPORT"], listed(events)


# -- a place evacuated is cleared, not helped ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police evacuated the main railway station in Lyon after a bag was found.",
    "Residents who refused to evacuate the town were told to stay indoors.",
])
def test_a_place_evacuated_is_no_aid(text):
    events = coded(text, published=PUB)
    assert "AID" not in [e.type for e in events], listed(events)


def test_people_evacuated_stay_aid():
    events = coded("The Dutch have put two frigates on standby to evacuate their nationals if necessary.",
                   actors={"Dutch": "NLD"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "evacuate"] == ["AID"], listed(events)


# -- backing by soldiers or warplanes is material help (AID), backing by a party stays SUPPORT --

def test_forces_backed_by_soldiers_are_aided():
    events = coded("Afghan troops, backed by British soldiers, pushed into the valley on Monday.",
                   actors={"British": "GBR", "Afghan": "AFG"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "backed"] == ["AID"], listed(events)


def test_a_body_backed_by_a_state_is_supported():
    events = coded("The African Union, backed by France, has drafted a resolution on Mali.",
                   actors={"African Union": "AU", "France": "FRA"}, kinds={"AU": "organization"},
                   published=PUB)
    assert [e.type for e in events if e.trigger.text == "backed"] == ["SUPPORT"], listed(events)
