"""Everyday senses of event words, turn 21 (evsense4), model-marked: real parses. The sentences
are written for these tests, not taken from any corpus or gold file.

Inaction is no refusal or backing ("refused to respond", "stood by silently"); a rescue is no
release ("free two people trapped"); the victims named as a group do no harm ("the dead and
injured"); a space probe investigates nothing; a veto held, a resigned mood and a thing
"guaranteed to be" fun are states; prices, holdings and market figures are trade; photos are
captured by cameras; a rocket that blows up destroys nothing; "it" is no one met. Controls keep
the acts: "refused to withdraw", "stood by the president", "freed two prisoners", "vetoed the
resolution", "the minister resigned", "charged him with murder", "rebels blew up the bridge"."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2021-06-02"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("The policemen who refused to respond were later dismissed.", "REJECT"),
    ("The guards' refusal to react shocked the families.", "REJECT"),
    ("Officers who stood by silently watched the beating.", "SUPPORT"),
    ("Firefighters in Italy were trying to free three workers trapped under the debris.", "RETREAT"),
    ("India's new probe is the next step in its lunar programme.", "ACCUSE"),
    ("France, which has a veto right in the Security Council, abstained.", "REJECT"),
    ("The senator looked tired, resigned and not hopeful.", "RETREAT"),
    ("Guaranteed to be exciting, the fair opens in June.", "AGREE"),
    ('"If the rules change, I guarantee you, they will have many new recruits," Singh said.', "AGREE"),
    ("The Postal Service is charging Amazon so little to deliver its parcels.", "ACCUSE"),
    ("The fund is increasing its position in Chinese companies.", "MOBILIZE"),
    ("The bank's bond sales are pressuring these yields higher.", "REQUEST"),
    ("Japanese satellites captured photos of the Russian port.", "ASSAULT"),
    ("The company's new rocket blew up on the pad in Texas.", "COERCE"),
    ("Several arrests followed, which supports the allegations against the mayor.", "SUPPORT"),
])
def test_everyday_sense_is_no_event(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Iran refused to withdraw its forces.", "REJECT"),
    ("The rebels refused to hand over their weapons.", "REJECT"),
    ("The commander refused to answer questions from the committee.", "REJECT"),
    ("Soldiers who stood by the president were promoted.", "SUPPORT"),
    ("The rebels freed two prisoners on Sunday.", "RETREAT"),
    ("China vetoed the resolution.", "REJECT"),
    ("The interior minister resigned on Friday.", "RETREAT"),
    ("Police charged him with murder.", "ACCUSE"),
    ("The rebels blew up the bridge on Monday.", "COERCE"),
    ("The army hit rebel positions near Homs.", "ASSAULT"),
    ("The United States guaranteed Ukraine's security.", "AGREE"),
    ("Troops increased their positions in the city.", "MOBILIZE"),
])
def test_the_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The cardinal prayed for the dead and injured in the bombing.",
    "She was one of more than 40 injured in the crush at the stadium.",
])
def test_the_victims_named_as_a_group_do_no_harm(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in events if e.trigger.text == "injured"], listed(events)


@pytest.mark.model
def test_harm_done_stays(real_nlp):
    events = dated_events(real_nlp, "Gunmen injured four guards at the checkpoint.", PUB)
    assert [e for e in events if e.trigger.text == "injured"], listed(events)


@pytest.mark.model
def test_a_crash_toll_is_no_attack(real_nlp):
    text = "Inspectors in Peru are looking into what caused a helicopter to crash, killing 7 people."
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "ASSAULT"), listed(events)


@pytest.mark.model
def test_an_attack_toll_stays(real_nlp):
    events = dated_events(real_nlp, "Gunmen stormed the hotel in Kabul, killing 9 guests.", PUB)
    assert of_type(events, "ASSAULT"), listed(events)
