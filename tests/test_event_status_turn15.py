"""Event status, turn 15 (evst20): each rule with its controls; real parses, the full pipeline,
sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events, event_with, status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word", [
    ("Kiev said it was ready to free the prisoners once Moscow withdrew its troops from the border.",
     "withdrew"),
    ("The militia will disarm once the government signs the peace accord.", "signs"),
    ("Tokyo would lift the ban once Beijing releases the detained fishermen.", "releases"),
])
def test_an_act_a_plan_waits_on_is_a_case(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word, expected", [
    # "once" under a governor that took place is "when": the act took place
    ("Once the army seized the bridge, the rebels fled to the east.", "seized", "occurred"),
    # the plan itself stays a plan
    ("The militia will disarm once the government signs the peace accord.", "disarm", "planned"),
    # a measure lifted in the condition is in force now
    ("Tehran will return to the talks once Washington lifts the sanctions.", "sanctions",
     "occurred"),
])
def test_once_leaves_the_governor_and_a_past_when_alone(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Lima welcomed the talks between Ecuador and Bolivia scheduled to take place in Quito next month.",
     "talks", "planned"),
    ("Lima welcomed the talks between Ecuador and Bolivia held in Quito last month.", "talks",
     "occurred"),
    # a clause on a conjoined event noun schedules that noun only
    ("Officials praised the visit by Chile last week and the summit scheduled for May.", "visit",
     "occurred"),
])
def test_a_schedule_on_the_last_party_of_between(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("It is important that the Kenyan leader visited Beijing before any other capital.", "visited",
     "occurred"),
    ("It is important that Ghana has signed the treaty with its neighbours.", "signed", "occurred"),
    # advice: the base form, a modal, an infinitive
    ("It is important that the two sides sign the treaty this year.", "sign", "hypothetical"),
    ("It is important that the two sides should sign the treaty this year.", "sign",
     "hypothetical"),
    ("It is important for all parties to sign the treaty.", "sign", "hypothetical"),
])
def test_a_fact_judged_important_is_still_a_fact(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The envoy died in hospital after being attacked by a gunman at a gallery.", "attacked",
     "occurred"),
    # a progressive passive is under way
    ("The mayor is being investigated by the state police.", "investigated", "ongoing"),
    ("The allegations were being investigated by a panel when he resigned.", "investigated",
     "ongoing"),
])
def test_a_passive_gerund_is_no_progressive(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The bill needs a simple majority in the Senate, where no Liberals are expected to back it.",
     "back", "negated"),
    ("Nobody wanted to attack the convoy after the truce.", "attack", "negated"),
    ("No country has offered to send troops to the island.", "send", "negated"),
    # a subject that is someone keeps the plan
    ("Several Liberals are expected to back the bill.", "back", "planned"),
    # nobody says it: what is reported is not negated (a clause, not an infinitive)
    ("No senator said the army attacked the convoy.", "attacked", "occurred"),
])
def test_nobody_who_is_to_act_acts(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("In a meeting between the Chilean envoy Rojas and Deputy Minister Petrov, the two sides agreed"
     " on holding the next trade committee in June, the agency reported.", "meeting", "occurred"),
    ("Lula, on his third trip to Japan as president, wants a fourfold increase in trade.", "trip",
     "occurred"),
    # a gathering after the verb is what the verb plans
    ("Chile plans to take part in the meeting in Vienna next week.", "meeting", "planned"),
    # a scene the clause puts ahead is ahead
    ("In the talks, the generals will agree on a truce.", "talks", "planned"),
    # "on" a topic that is no gathering or journey
    ("On the ceasefire, the two sides agreed to hold further talks.", "talks", "planned"),
])
def test_a_gathering_or_journey_set_before_the_verb_is_its_scene(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, expected", [
    # asked, an aim is no stated intent: the cooperation stays what the question asks about
    ("Is Chile trying to deepen its cooperation with Peru?", ("COOPERATE", "hypothetical")),
    # stated, it is a promise made when said
    ("Chile is trying to deepen its cooperation with Peru.", ("AGREE", "occurred")),
])
def test_an_aim_of_cooperation_asked_about_is_no_promise(real_nlp, text, expected):
    event = event_with(dated_events(real_nlp, text, PUB), "cooperation")
    assert (event.type, event.status) == expected
