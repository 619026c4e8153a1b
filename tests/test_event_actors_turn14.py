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
