"""Who did what, turn 14 (model-marked: real parses, hand-marked actors, sentences written for
these tests): the doer of an alleged act is the one accused, not the accuser; a person's name
before an act done to someone is whom it is done to; who is called on or appealed to to act does
the act, not who calls; an outlet quoting someone is not the "we" of the quote."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"HART": "person", "MILLS": "person", "OKAFOR": "person"}


def test_the_doer_of_an_alleged_act_is_accused_not_the_accuser():
    events = coded("The contest grew bitter last week with accusations that Hart physically attacked "
                   "two reporters at a rally.", actors={"Hart": "HART"}, kinds=PEOPLE, published=PUB)
    accusation = event_with(events, "accusations")
    assert "HART" not in accusation.actors and "HART" in accusation.targets, listed(events)
    events = coded("Mills said voters who allege that Hart attacked them deserve a hearing.",
                   actors={"Hart": "HART", "Mills": "MILLS"}, kinds=PEOPLE, published=PUB)
    allegation = event_with(events, "allege")
    assert "HART" not in allegation.actors and "HART" in allegation.targets, listed(events)


def test_a_named_accuser_still_accuses():
    # control: the accuser is named as the verb's subject; the accused stays the target
    events = coded("Mills accused Hart of attacking two reporters at a rally.",
                   actors={"Hart": "HART", "Mills": "MILLS"}, kinds=PEOPLE, published=PUB)
    accusation = event_with(events, "accused")
    assert accusation.actors == ("MILLS",) and "HART" in accusation.targets, listed(events)


def test_a_name_before_a_killing_is_its_victim():
    events = coded("Protests spread across the country after the Okafor killing by two police officers "
                   "in March.", actors={"Okafor": "OKAFOR"}, kinds=PEOPLE, published=PUB)
    killing = [e for e in events if "killing" in e.trigger.text]
    assert all("OKAFOR" not in e.actors for e in killing), listed(events)
    assert all("OKAFOR" in e.targets for e in killing), listed(events)
    events = coded("Crowds marched through the city after the Grace Okafor killing by policemen.",
                   actors={"Grace Okafor": "OKAFOR"}, kinds=PEOPLE, published=PUB)
    killing = event_with(events, "killing")
    assert "OKAFOR" not in killing.actors and "OKAFOR" in killing.targets, listed(events)
    # the same with the name parsed as a compound
    events = coded("Protests grew after the Okafor murder last month.", actors={"Okafor": "OKAFOR"},
                   kinds=PEOPLE, published=PUB)
    murder = event_with(events, "murder")
    assert "OKAFOR" not in murder.actors and "OKAFOR" in murder.targets, listed(events)


def test_a_name_before_other_acts_or_a_group_before_a_kidnapping_still_acts():
    # controls: an attack is no act done to the one named before it; an armed group before a
    # kidnapping is the kidnapper; a name before murders in the plural is the murderer
    events = coded("Officials described the Hart attack as unprovoked.", actors={"Hart": "HART"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "attack").actors == ("HART",), listed(events)
    events = coded("Villagers fled after the Taliban kidnapping near the border last week.",
                   actors={"Taliban": "TAL"}, kinds={"TAL": "armed_group"}, published=PUB)
    assert event_with(events, "kidnapping").actors == ("TAL",), listed(events)
    events = coded("Villagers fled with the Hart militia killing farmers near the border.",
                   actors={"Hart": "HART"}, kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.targets for e in events if "killing" in e.trigger.text), listed(events)
    events = coded("The town is still known for the Hart murders of the 1970s.", actors={"Hart": "HART"},
                   kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.targets for e in events if "murders" in e.trigger.text), listed(events)


def test_who_is_called_on_to_act_does_the_act():
    events = coded("The Iranian envoy called on the Afghan leaders to stay out of the dispute and "
                   "condemn the fighting.", actors={"Iranian": "IRN", "Afghan leaders": "AFGGOV"},
                   kinds={"IRN": "country", "AFGGOV": "other"}, published=PUB)
    assert event_with(events, "condemn").actors == ("AFGGOV",), listed(events)
    events = coded("Canada appealed to Norway to stay out of the dispute and condemn the shelling.",
                   actors={"Canada": "CAN", "Norway": "NOR"}, published=PUB)
    assert event_with(events, "condemn").actors == ("NOR",), listed(events)
    events = coded("Canada called on Norway not to withdraw its troops from the border.",
                   actors={"Canada": "CAN", "Norway": "NOR"}, published=PUB)
    # the act asked against is the call's content (event_mood_directive, evpoola): not shown as
    # an undone withdrawal, and never Canada's
    assert all(e.status != "negated" and "CAN" not in e.actors
               for e in events if "withdraw" in e.trigger.text), listed(events)
    call = event_with(events, "called")  # the call itself is Canada's, made on Norway
    assert (call.type, call.actors, call.targets) == ("REQUEST", ("CAN",), ("NOR",)), listed(events)


def test_a_call_made_on_a_day_keeps_its_caller():
    # control: "on Sunday" is when the call was made, not whom it was made on
    events = coded("Canada called on Sunday to stay out of the dispute and condemn the shelling.",
                   actors={"Canada": "CAN"}, published=PUB)
    assert event_with(events, "condemn").actors == ("CAN",), listed(events)


def test_a_past_verb_joined_to_the_call_is_the_callers_own():
    # control: "condemned" is no infinitive; the one who calls on the other condemns
    events = coded("Canada called on Norway to reopen the border and condemned the shelling of the port.",
                   actors={"Canada": "CAN", "Norway": "NOR"}, published=PUB)
    assert all("NOR" not in e.actors for e in events if "condemned" in e.trigger.text), listed(events)


def test_an_outlet_that_quotes_someone_is_not_the_we_of_the_quote():
    marks = dict(actors={"Norway": "NOR", "Ledger": "org:ledger"}, kinds={"org:ledger": "organization"},
                 quotes={"We urge Norway to lift the ban": "org:ledger"}, published=PUB)
    events = coded("“We urge Norway to lift the ban,” the Ledger quoted her as saying.", **marks)
    assert all("org:ledger" not in e.actors for e in events), listed(events)
    # control: a body that says "we" in its own words is the one who urges
    events = coded("“We urge Norway to lift the ban,” the Ledger said in a statement.", **marks)
    assert event_with(events, "urge").actors == ("org:ledger",), listed(events)
