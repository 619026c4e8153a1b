"""Category, status and eventness read from a trigger's arguments and clause (model-marked: real
parses, hand-marked span groups). The sentences are written for these tests, not taken from any
corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded, listed, of_type

pytestmark = pytest.mark.model

PUB = "2021-08-01"
PEOPLE = {"person:kowalski": "person", "person:novak": "person"}


def _status(events, trigger):
    (e,) = [e for e in events if e.trigger.text == trigger]
    return e.status


# -- status ---------------------------------------------------------------------------------------

def test_a_possible_visit_is_hypothetical_and_an_imminent_withdrawal_planned():
    events = coded("A possible visit by the Chilean president remains a sensitive issue in Lima.",
                   actors={"Chilean": "CHL"}, published=PUB)
    assert _status(events, "visit") == "hypothetical", listed(events)
    events = coded("Analysts in Kyiv expect an imminent withdrawal of Belarusian troops from the border.",
                   actors={"Belarusian": "BLR"}, published=PUB)
    assert _status(events, "withdrawal") == "planned", listed(events)


def test_aid_that_a_vote_would_cut_is_no_gift():
    # turn 21 (evlab2): the aid under a cutting verb is the cut's object, not a gift reported (the
    # dev label of such an "aid" event: non-event); the cut is the act, and it is only voted for
    events = coded("The parliament voted on Monday to cut the annual $40 million in Dutch aid to the "
                   "ministry unless it publishes its accounts.",
                   actors={"Dutch": "NLD"}, published=PUB)
    assert "AID" not in [e.type for e in events], listed(events)
    assert [e.type for e in events if e.trigger.text == "cut"] == ["SANCTION"], listed(events)


def test_an_act_someone_is_asked_to_stop_was_under_way():
    events = coded("The minister said she never asked the prosecutor to stop investigating Kowalski.",
                   actors={"Kowalski": "person:kowalski", "the prosecutor": "sector:JUD"},
                   kinds=PEOPLE, published=PUB)
    assert _status(events, "investigating") != "negated", listed(events)


def test_a_summit_a_party_is_invited_to_lies_ahead():
    events = coded("Peru has invited Bolivia to the regional summit.", actors={"Peru": "PER", "Bolivia": "BOL"},
                   published=PUB)
    assert _status(events, "summit") == "planned", listed(events)


# -- category -------------------------------------------------------------------------------------

def test_a_retort_and_an_attack_as_a_label_are_words():
    events = coded("Kowalski fired back at Novak over his remarks on pensions.",
                   actors={"Kowalski": "person:kowalski", "Novak": "person:novak"}, kinds=PEOPLE,
                   published=PUB)
    assert of_type(events, "ACCUSE") and not of_type(events, "ASSAULT"), listed(events)
    events = coded("The pension plan was attacked as a fraud by the Greens.", actors={"the Greens": "party:greens"},
                   kinds={"party:greens": "organization"}, published=PUB)
    assert of_type(events, "ACCUSE") and not of_type(events, "ASSAULT"), listed(events)


def test_occupying_ground_is_coercion():
    events = coded("Turkish soldiers occupied two villages near the river.", actors={"Turkish soldiers": "TUR"},
                   published=PUB)
    assert of_type(events, "COERCE") and not of_type(events, "ASSAULT"), listed(events)


def test_leaving_a_meeting_refuses_it_and_leaving_a_town_retreats():
    events = coded("Kowalski and Novak pulled out of the budget meeting on Friday.",
                   actors={"Kowalski": "person:kowalski", "Novak": "person:novak"}, kinds=PEOPLE,
                   published=PUB)
    assert [e for e in events if e.trigger.text == "pulled out" and e.type == "REJECT"], listed(events)
    events = coded("Russian troops pulled out of the town on Friday.", actors={"Russian troops": "RUS"},
                   published=PUB)
    assert [e for e in events if e.trigger.text == "pulled out" and e.type == "RETREAT"], listed(events)


# -- no act ---------------------------------------------------------------------------------------

def test_a_warning_that_something_is_so_threatens_nobody():
    events = coded("Kowalski warned Novak that the bridge was unsafe.",
                   actors={"Kowalski": "person:kowalski", "Novak": "person:novak"}, kinds=PEOPLE,
                   published=PUB)
    assert not of_type(events, "THREATEN"), listed(events)
    events = coded("Iran warned Israel that it would pay a heavy price.", actors={"Iran": "IRN", "Israel": "ISR"},
                   published=PUB)
    assert of_type(events, "THREATEN"), listed(events)
    events = coded("Iran warned Israel that it was ready to respond.", actors={"Iran": "IRN", "Israel": "ISR"},
                   published=PUB)
    assert of_type(events, "THREATEN"), listed(events)


def test_discussing_with_nobody_is_no_consultation():
    events = coded("Kowalski discussed the allegations as he left the court.",
                   actors={"Kowalski": "person:kowalski"}, kinds=PEOPLE, published=PUB)
    assert not of_type(events, "CONSULT"), listed(events)
    events = coded("Kowalski discussed the allegations with Novak on Tuesday.",
                   actors={"Kowalski": "person:kowalski", "Novak": "person:novak"}, kinds=PEOPLE,
                   published=PUB)
    assert of_type(events, "CONSULT"), listed(events)


@pytest.mark.parametrize("text", [
    "The charity has done a great deal to help Chile.",
    "When she took over the presidency of the council, Chile changed course.",
    "The minister refused to be drawn into the content of the report.",
    "The psychological war of slogans by Chile on social media worries its neighbours.",
])
def test_figures_of_speech_and_offices_name_no_act(text):
    events = coded(text, actors={"Chile": "CHL"}, published=PUB)
    assert not [e for e in events if e.type in ("AGREE", "COERCE", "REJECT", "ASSAULT")], listed(events)


def test_building_up_forces_is_mobilizing_and_building_up_wealth_is_not():
    events = coded("The company has built up its wealth in Chile.", actors={"Chile": "CHL"}, published=PUB)
    assert not of_type(events, "MOBILIZE"), listed(events)
    events = coded("Russia has built up troops along the border.", actors={"Russia": "RUS"}, published=PUB)
    assert of_type(events, "MOBILIZE"), listed(events)


def test_a_date_is_no_topic_and_a_record_to_defend_backs_no_party():
    events = coded("Both sides argued their case at a court hearing in Lima on Monday.", actors={}, published=PUB)
    assert not of_type(events, "ACCUSE"), listed(events)
    events = coded("The Senate panel held a hearing on Chilean interference on Monday.",
                   actors={"Chilean": "CHL"}, published=PUB)
    assert of_type(events, "ACCUSE"), listed(events)
    events = coded("This is the record Kowalski will have to defend in the coming months.",
                   actors={"Kowalski": "person:kowalski"}, kinds=PEOPLE, published=PUB)
    assert not of_type(events, "SUPPORT"), listed(events)
    events = coded("Russia will defend Syria against any attack.", actors={"Russia": "RUS", "Syria": "SYR"},
                   published=PUB)
    assert of_type(events, "SUPPORT"), listed(events)


def test_working_to_agree_is_an_aim_and_a_deal_to_withdraw_plans_the_withdrawal():
    events = coded("The two parties worked to reach agreement on the budget in Lima.",
                   actors={"The two parties": "sector:LEG"}, published=PUB)
    assert _status(events, "reach agreement") == "hypothetical", listed(events)
    events = coded("Peru and Chile signed an accord to withdraw troops from the border.",
                   actors={"Peru": "PER", "Chile": "CHL"}, published=PUB)
    assert _status(events, "withdraw") == "planned", listed(events)
