"""Who did what to whom, turn 10: what a party withdraws is its own, a pronoun never stands for a
person the story shows to be of the other gender, whoever quotes a "we" is not its speaker, and
who is persuaded or given time to act is the one to act (model-marked: real parses, hand-marked
actors, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"MILLS": "person", "HART": "person"}


def test_what_a_party_withdraws_is_its_own_not_a_target():
    events = coded("Hart withdrew Polish troops from Iraq last year.",
                   actors={"Hart": "HART", "Polish": "POL", "Iraq": "IRQ"}, kinds=PEOPLE,
                   published=PUB)
    withdrawal = event_with(events, "withdrew")
    assert withdrawal.actors == ("HART",) and "POL" not in withdrawal.targets, listed(events)
    events = coded("Mills withdrew the United States from the trade pact in May.",
                   actors={"Mills": "MILLS", "the United States": "USA"}, kinds=PEOPLE,
                   published=PUB)
    assert all("USA" not in e.targets for e in events), listed(events)
    # another party's forces are still acted upon by a hostile act
    events = coded("Canada attacked American troops in May.",
                   actors={"Canada": "CAN", "American": "USA"}, published=PUB)
    assert event_with(events, "attacked").targets == ("USA",), listed(events)


def test_a_pronoun_does_not_stand_for_a_person_titled_as_the_other_gender():
    events = coded("Mr Mills spoke about how he met her, but she rejected his proposal.",
                   actors={"Mills": "MILLS"}, kinds=PEOPLE, published=PUB)
    assert all("MILLS" not in e.actors for e in events), listed(events)
    # nor "he" for a woman the story calls "Mrs"
    events = coded("Mrs Hart arrived on Monday. He rejected the offer from Canada.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.actors for e in events if "rejected" in e.trigger.text), listed(events)
    # without such evidence the last person named still stands for the pronoun
    events = coded("Hart arrived in the capital on Monday. She rejected the offer from Canada.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "rejected").actors == ("HART",), listed(events)


def test_a_site_that_quotes_an_official_is_not_the_we_of_the_quote():
    quote = "We urge Canada to lift its sanctions"
    events = coded(f"\u201c{quote},\u201d NewsSite quoted her as saying.",
                   actors={"NewsSite": "SITE", "Canada": "CAN"},
                   kinds={"SITE": "organization"}, quotes={quote: "SITE"}, published=PUB)
    assert all("SITE" not in e.actors for e in events), listed(events)


def test_who_is_persuaded_or_given_time_acts_not_who_persuades():
    events = coded("The president gave Europeans only 120 days to agree to a new deal.",
                   actors={"The president": "USA"}, published=PUB)
    assert all("USA" not in e.actors for e in events if "agree" in e.trigger.text), listed(events)
    events = coded("Hart misled the voters, convincing a reluctant Parliament to support the war.",
                   actors={"Hart": "HART"}, kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.actors for e in events if "support" in e.trigger.text), listed(events)


def test_a_pact_named_after_its_sides_is_no_target_of_backing_it():
    events = coded("Hart praised the growing Canada-Mexico ties on Monday.",
                   actors={"Hart": "HART", "Canada": "CAN", "Mexico": "MEX"}, kinds=PEOPLE,
                   published=PUB)
    assert event_with(events, "praised").targets == (), listed(events)
    events = coded("Hart defended the Mexico trade deal on Monday.",
                   actors={"Hart": "HART", "Mexico": "MEX"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "defended").targets == (), listed(events)
    # the pact's owner, or a party backed by name, is still the target
    events = coded("Hart praised Mexico's deal with Canada on Monday.",
                   actors={"Hart": "HART", "Canada": "CAN", "Mexico": "MEX"}, kinds=PEOPLE,
                   published=PUB)
    assert "MEX" in event_with(events, "praised").targets, listed(events)


def test_who_is_to_suffer_a_passive_infinitive_is_its_patient_not_its_doer():
    events = coded("Hart exposed the plot against Canada, and he had to be killed, they said.",
                   actors={"Hart": "HART", "Canada": "CAN"}, kinds=PEOPLE, published=PUB)
    killing = [e for e in events if "killed" in e.trigger.text]
    assert all("HART" not in e.actors for e in killing), listed(events)
    # an active infinitive still takes its governor's subject
    events = coded("Canada agreed to withdraw its troops from Mexico.",
                   actors={"Canada": "CAN", "Mexico": "MEX"}, published=PUB)
    assert event_with(events, "withdraw").actors == ("CAN",), listed(events)
