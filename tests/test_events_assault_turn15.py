"""Assault events, turn 15 (model-marked: real parses). The sentences are written for these tests,
not taken from any corpus or gold file.

A fight of another kind is no assault, also where the verb "wage" carries it ("waged a trade war",
"an economic war", "a war of words"), where the fight is over what a gerund acts on ("a battle
over breaching deficit limits"), and where what is fought against is a ruling, a legal process, a
measure or a pact ("fighting against extradition", "an assault on institutions and treaties").
Armed fights stay, and so does a clash over a ruling or how a fight was fought."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text", [
    "Norway waged a trade war against Sweden for a decade.",
    "The administration has waged a vicious economic and political war against Cuba.",
    "Norway waged a war of words with Sweden over the fishing rights.",
    "Tomas Berg, who is still fighting against extradition to Canada, was released on bail.",
    "The party is fighting against the ban on its newspaper.",
    "The administration has pressed ahead with its assault on international institutions and "
    "treaties.",
    "The Commission called a truce in its battle with France and Italy over breaching deficit "
    "limits.",
])
def test_a_fight_of_another_kind_is_no_assault(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


@pytest.mark.parametrize("text", [
    # armed wars waged, also of aggression
    "Norway waged a war against Sweden in 1814.",
    "Norway waged a war of aggression against Sweden in 1814.",
    "The rebels waged an insurgency against the government for ten years.",
    # armed forces fought against, whatever the manner
    "The rebels fought against government forces near the dam.",
    "The troops fought with conviction and repelled the militants near the dam.",
    # a clash over a ruling is still a clash
    "Protesters clashed with police over the verdict in the capital.",
    "Militants launched an attack on the town.",
])
def test_armed_fights_stay_assaults(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "ASSAULT"), listed(events)


# -- a participle after a passive: its subject suffered the act ------------------------------------

@pytest.mark.parametrize("text", [
    "Up to 20 rebels were reported killed in the fighting near the dam.",
    "Army officials said up to 40 militants and their local helpers were believed killed, although "
    "officials later said they had found only six bodies.",
])
def test_the_subject_of_a_passive_before_a_participle_is_its_victim(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    killed = [e for e in of_type(events, "ASSAULT") if e.trigger.text == "killed"]
    assert killed and all(not e.actors and e.targets for e in killed), listed(events)


@pytest.mark.parametrize("text, trigger", [
    # a passive before an infinitive lends its subject as the one to act
    ("The rebels were ordered to attack the town.", "attack"),
    ("Norway was allowed to visit the site.", "visit"),
    # an active participle keeps its doer
    ("The rebels have killed ten soldiers near the dam.", "killed"),
])
def test_a_passive_before_an_infinitive_keeps_its_doer(real_nlp, text, trigger):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.trigger.text == trigger and e.actors for e in events), listed(events)
