"""Categories, turn 19: an exit from a pact is SANCTION (PLOVER: cutting an existing relation,
mode withdraw) also when the words do not name the pact: a pronoun left stands for the pact named
before it ("the treaty stands even if Canada withdraws from it"), and a bare withdrawal in a
sentence about a pact leaves that pact ("Peru will stay in the accord even after a Chilean
withdrawal"). Forces withdrawn, a place left, a pact that frames the withdrawal ("under the
deal") or a peace deal's withdrawal stay RETREAT. Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


@pytest.mark.parametrize("text, word", [
    ("The Austrian envoy believes the 2016 fisheries treaty will survive even if Canada "
     "withdraws from it.", "withdraws"),
    ("The climate accord was signed in 2015, but Ottawa withdrew from it in 2019.", "withdrew"),
    ("The minister warned that he would withdraw Peru from the trade pact if its text was not "
     "rewritten, and he later withdrew the country from it.", "withdrew"),
    ("Lima said it would remain loyal to the water agreement even after a Chilean withdrawal.",
     "withdrawal"),
    ("Bolivia has said it will keep the accord as long as the others respect it, but will tear "
     "up the deal if Santiago pulls out.", "pulls out"),
    ("Following Ottawa's withdrawal, the fisheries treaty began to fall apart.", "withdrawal"),
])
def test_exit_from_a_pact_left_unnamed_is_sanction(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = [e for e in events if word in e.trigger.text]
    assert hits and all(e.type == "SANCTION" for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    # forces or a place withdrawn from, with a pact in the sentence
    ("Under the deal signed in Doha, foreign troops will withdraw within fourteen months.",
     "withdraw"),
    ("The peace agreement was signed in March, and Chile withdrew from the border province "
     "in May.", "withdrew"),
    ("After the peace deal, the Chilean withdrawal began in the north.", "withdrawal"),
    ("The ceasefire accord calls for a full Peruvian withdrawal by June.", "withdrawal"),
    # a pronoun standing for a place named after the pact
    ("Two years after the accord, Peru still occupied the valley and refused to withdraw from "
     "it.", "withdraw"),
    # no pact in the sentence at all
    ("Chile's withdrawal from the valley was completed on Sunday.", "withdrawal"),
])
def test_withdrawals_of_forces_stay_retreat(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    hits = [e for e in events if word in e.trigger.text]
    assert not [e for e in hits if e.type == "SANCTION"], listed(events)


def test_walkout_from_a_pact_is_sanction_and_a_strike_stays(real_nlp):
    events = dated_events(real_nlp, "The letters concern Ottawa's walkout from the 2016 fisheries "
                          "treaty.", PUB)
    hits = [e for e in events if e.trigger.text == "walkout" and e.type == "SANCTION"]
    assert hits, listed(events)
    events = dated_events(real_nlp, "The dockers' union staged a two-day walkout in Valparaiso "
                          "over pay.", PUB)
    assert not [e for e in events if e.type == "SANCTION"], listed(events)


def test_a_bare_withdrawal_repeats_the_story_s_exit_from_a_pact(real_nlp):
    text = ("Canada withdrew from the fisheries treaty in May. Because Canada withdrew, the other "
            "members must now carry the costs of the patrols.")
    events = dated_events(real_nlp, text, PUB)
    hits = [e for e in events if "withdrew" in e.trigger.text]
    assert hits and all(e.type == "SANCTION" for e in hits), listed(events)
    assert not [e for e in events if e.type == "RETREAT"], listed(events)


def test_a_bare_withdrawal_after_leaving_a_place_stays_retreat(real_nlp):
    text = ("Canada withdrew from the border valley in May. Because Canada withdrew, the farmers "
            "returned to their fields.")
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in events if e.type == "SANCTION"], listed(events)


# -- a party's welcome of its own cooperation or ties with another is its intent to cooperate ----

@pytest.mark.parametrize("text", [
    "Quito welcomes closer ties with Lima, the ambassador added.",
    "The general said the armed forces of his country welcome any kind of naval and military "
    "cooperation with Chile.",
    "Bolivia welcomes the expansion of relations with its neighbours, especially Paraguay.",
])
def test_welcoming_own_cooperation_is_agree(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    hits = [e for e in events if "welcome" in e.trigger.text]
    assert hits and all(e.type == "AGREE" for e in hits), listed(events)


@pytest.mark.parametrize("text", [
    "Quito welcomed Lima's cooperation with the nuclear agency.",
    "The minister welcomed the cooperation between Peru and Ecuador on border security.",
    "Bolivia welcomes the positive developments in the ties of Chile with its neighbours.",
    "Quito welcomed the agreement reached by Lima and Santiago.",
])
def test_welcoming_others_cooperation_stays_support(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    hits = [e for e in events if "welcome" in e.trigger.text]
    assert hits and all(e.type == "SUPPORT" for e in hits), listed(events)
