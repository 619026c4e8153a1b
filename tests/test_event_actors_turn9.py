"""Who did what to whom, turn 9: whom help is aimed against is not its recipient, a passive's
subject does what it was ordered or allowed to do, and a pronoun never stands for a party it
cannot agree with (model-marked: real parses, hand-marked actors, sentences written for these
tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def test_whom_support_is_aimed_against_is_not_its_target_but_an_attack_keeps_it():
    # the support a gift serves is that gift's aim (one AID, turn 13): no event has the rebels
    # as recipient
    events = coded("Moscow sent weapons to Damascus to support the government against the rebels.",
                   actors={"Moscow": "RUS", "Damascus": "SYR", "the government": "sector:SYR:GOV",
                           "the rebels": "sector:REB"}, published=PUB)
    assert events and all("sector:REB" not in e.targets for e in events), listed(events)
    events = coded("Moscow said it would support the government against the rebels.",
                   actors={"Moscow": "RUS", "the government": "sector:SYR:GOV",
                           "the rebels": "sector:REB"}, published=PUB)
    assert "sector:REB" not in event_with(events, "support").targets, listed(events)
    # a hostile act keeps whom it is against
    events = coded("The rebels launched an attack against the army on Monday.",
                   actors={"The rebels": "sector:REB", "the army": "sector:MIL"}, published=PUB)
    assert event_with(events, "attack").targets == ("sector:MIL",), listed(events)


def test_who_was_ordered_to_act_does_it_not_who_ordered():
    events = coded("All parties were ordered by the judge on Monday not to discuss the case in "
                   "public.", actors={"the judge": "sector:JUD"}, published=PUB)
    # (the act ordered against is the order's content, not shown on its own: evpoola)
    assert all("sector:JUD" not in e.actors and e.status != "negated"
               for e in events if "discuss" in e.trigger.text), listed(events)
    order = event_with(events, "ordered")  # the order is the judge's
    assert (order.type, order.actors) == ("REQUEST", ("sector:JUD",)), listed(events)
    events = coded("Iran was allowed to visit the site last week.", actors={"Iran": "IRN"},
                   published=PUB)
    visit = event_with(events, "visit")
    assert visit.actors == ("IRN",) and "IRN" not in visit.targets, listed(events)
    # a passive subject that names no party gives no doer, not its owner
    events = coded("Iran's negotiations with the powers are intended to cancel the illegal "
                   "sanctions.", actors={"Iran": "IRN"}, published=PUB)
    assert all("IRN" not in e.actors for e in events if "cancel" in e.trigger.text), listed(events)


def test_it_does_not_stand_for_a_plural_subject():
    events = coded("Had it been published, prosecutors say it would have violated a court order.",
                   actors={"prosecutors": "sector:JUD"}, kinds={"sector:JUD": "other"},
                   published=PUB)
    assert all("sector:JUD" not in e.actors for e in events), listed(events)


def test_people_of_a_nationality_counted_or_in_a_crowd_are_not_their_state():
    events = coded("Many Cubans said they could not visit their relatives in Miami.",
                   actors={"Cubans": "CUB"}, published=PUB)
    assert all("CUB" not in e.actors for e in events), listed(events)
    events = coded("Thousands of Afghans protested against the United States in Kabul.",
                   actors={"Afghans": "AFG", "United States": "USA"}, published=PUB)
    assert all("AFG" not in e.actors for e in events), listed(events)
    # the country itself still acts through its name and a pronoun
    events = coded("Cuba said it would visit Mexico next week.", actors={"Cuba": "CUB",
                   "Mexico": "MEX"}, published=PUB)
    assert event_with(events, "visit").actors == ("CUB",), listed(events)


def test_a_group_or_outlet_that_a_country_only_locates_is_not_its_state():
    events = coded("A hardline Pakistani Islamist group called off nationwide protests on Monday.",
                   actors={"Pakistani": "PAK"}, published=PUB)
    assert all("PAK" not in e.actors for e in events), listed(events)
    events = coded("Trump often criticizes mainstream U.S. media.", actors={"Trump": "person:trump",
                   "U.S.": "USA"}, kinds={"person:trump": "person"}, published=PUB)
    assert "USA" not in event_with(events, "criticizes").targets, listed(events)
    # the "of" phrase still says who the group is
    events = coded("A group of Republicans urged Trump to resign.", actors={"Republicans": "GOP",
                   "Trump": "person:trump"}, kinds={"GOP": "organization", "person:trump": "person"},
                   published=PUB)
    assert event_with(events, "urged").actors == ("GOP",), listed(events)


def test_a_companion_of_a_march_or_a_sanction_is_no_target():
    events = coded("John Lewis marched with Martin Luther King in Selma in 1965.",
                   actors={"John Lewis": "person:lewis", "Martin Luther King": "person:king"},
                   kinds={"person:lewis": "person", "person:king": "person"}, published=PUB)
    assert "person:king" not in event_with(events, "marched").targets, listed(events)


def test_what_an_act_itself_does_has_its_own_parties():
    events = coded("China's mediation between Iran and Saudi Arabia sends a message to the White "
                   "House.", actors={"China": "CHN", "Iran": "IRN", "Saudi Arabia": "SAU",
                                     "White House": "USA"}, published=PUB)
    assert "USA" not in event_with(events, "mediation").targets, listed(events)
