"""Event status, turn 13: an event noun conjoined to a verb's object takes the verb's sense, as
the first object does ("demanded new elections and the president's resignation"); real parses,
the full pipeline; sentences written for these tests, each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


@pytest.mark.parametrize("text", [
    "The party's leaders wanted electoral reform and the prime minister's resignation.",
    "Protesters demanded new elections and the president's resignation.",
])
def test_a_second_object_of_a_request_is_asked_for_not_done(real_nlp, text):
    assert status_of(real_nlp, text, "resignation", PUB) == "hypothetical"


def test_a_second_object_of_an_order_lies_ahead(real_nlp):
    text = "The court ordered the release of the prisoners and the arrest of the general."
    assert status_of(real_nlp, text, "release", PUB) == "planned"
    assert status_of(real_nlp, text, "arrest", PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    # a verb that answers an act made: the second object was made too
    ("Protesters welcomed the new elections and the president's resignation.", "resignation"),
    # a conjoined subject of "fail" is the act that failed, not one kept from happening
    ("The air strikes and the blockade failed to break the city's defences.", "blockade"),
    # a measure in force that a party opposes exists
    ("Students opposed the new fees and the university's ban on protests.", "ban"),
])
def test_a_conjoined_noun_outside_a_request_or_denial_keeps_its_status(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # the parse hangs the second noun on the verb itself, as a conjunct of "wanted" / "rejected"
    ("By Friday the rebels' demands were plain: the generals wanted new elections and the "
     "president's resignation.", "resignation", "hypothetical"),
    ("The rebels rejected a ceasefire and talks with the government.", "talks", "negated"),
])
def test_a_second_object_hung_on_the_verb_takes_its_sense(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


def test_a_second_object_hung_on_a_verb_of_acceptance_stays_occurred(real_nlp):
    # the same parse under a verb that neither asks, plans nor refuses
    text = "The rebels accepted a ceasefire and talks with the government."
    assert status_of(real_nlp, text, "talks", PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # trying to negotiate, mediate or complain already does it
    ("The envoy took a softer line than the president and tried to mediate a quarrel between the "
     "two monarchies.", "mediate", "occurred"),
    ("She tried to complain about the closure of the village clinic.", "complain", "occurred"),
    # and a progressive attempt is under way
    ("The bank's new director, Anna Berg, is trying to negotiate a settlement with the regulator.",
     "negotiate", "ongoing"),
])
def test_an_attempt_that_performs_the_act(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    # acts done only when they succeed stay unsettled
    ("Police tried to arrest the protest leader.", "arrest"),
    ("The two sides tried to reach a deal on the border.", "deal"),
])
def test_an_attempt_at_an_act_of_success_is_hypothetical(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


def test_an_act_one_is_about_to_do_lies_ahead(real_nlp):
    text = "The rebels are about to launch an offensive on the capital."
    assert status_of(real_nlp, text, "offensive", PUB) == "planned"


def test_an_act_talked_about_keeps_its_status(real_nlp):
    # "about" as a preposition governs no infinitive
    assert status_of(real_nlp, "He spoke about attacking the convoy.", "attacking", PUB) == "occurred"


def test_a_purpose_hung_on_the_copula_of_due_lies_ahead(real_nlp):
    # "to discuss" hangs on "is", whose "due" puts the visit ahead
    text = "The foreign minister is due in Cairo on Friday to discuss the truce with his counterpart."
    assert status_of(real_nlp, text, "discuss", PUB) == "planned"


def test_the_purpose_of_a_purpose_of_a_timetable_lies_ahead(real_nlp):
    text = ("African finance ministers meet on Tuesday to discuss proposals, including a tax on air "
            "tickets, to boost development aid for poorer nations.")
    assert status_of(real_nlp, text, "aid", PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    ("The senator met the envoy on Monday to discuss the ceasefire.", "ceasefire"),
    ("The foreign minister was in Cairo on Friday to discuss the truce with his counterpart.",
     "discuss"),
])
def test_a_purpose_of_an_act_done_was_done(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
