"""Event words that name no act here, turn 32 (evnon12; model-marked: real parses). The sentences
are written for these tests, not taken from any corpus or gold file.

A speaker's formula of apology ("pardon my French"), "appeal to" in the sense of attract ("appealed
to the worries of farmers", "her crossover appeal"), relations established with a word of their
quality ("have established warm relations"), a matter discussed by one speaker at a news
conference or in an interview, a freighter that hits a bridge pillar, a plan met with admiration,
land recognised "as theirs", words withheld ("her refusal to say which candidate she backs",
"refused to clarify whether"), an impersonal cause blamed ("blamed busy lifestyles for the drop")
and political manoeuvres name no act. Controls keep the act: a governor who pardons prisoners, a
state that appeals to another to act or for help, diplomatic ties established, ministers who
discuss a matter with each other, missiles that hit a bridge, a minister who meets officials, a
state recognised, a refusal to extradite or to sign, a party blamed, military exercises."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2018-03-14"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("\u201cI wanted to stay quiet, but I find it, pardon my French, damn shameful that the council "
     "keeps sending letters to families like ours,\u201d Maria Lind told the Gazette.", "CONCEDE"),
    ('"Excuse me, but the governor has no plan at all," said Mayor Linda Park.', "CONCEDE"),
    ("Speaking in Geneva, President Hugo Ortiz appealed to the worries of farmers in poorer "
     "nations.", "REQUEST"),
    ("Addressing the assembly in Geneva, President Hugo Ortiz appealed to the fears of poorer "
     "nations, casting the tariffs as part of a wider plan to keep them weak.", "REQUEST"),
    ("The campaign's slogan appealed to young voters in the suburbs of Lyon.", "REQUEST"),
    ("The senator's crossover appeal helped him win the race in Ohio.", "REQUEST"),
    ("Minister Ana Ruiz said Chile and Peru have established warm relations in recent years.",
     "SUPPORT"),
])
def test_other_sense_is_no_event(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Governor Tom Harlan pardoned three prisoners in Springfield on Friday.", "CONCEDE"),
    ("Peru appealed to Chile to reopen the border crossing on Monday.", "REQUEST"),
    ("The Red Cross appealed for help for the flood victims in Lima on Tuesday.", "REQUEST"),
    ("President Hugo Ortiz appealed to the United Nations for food aid.", "REQUEST"),
    ("Chile and Peru established diplomatic relations in 1990.", "SUPPORT"),
])
def test_the_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "At a news conference in Lima on Monday, Ambassador Paul Werner discussed the outbreak and its "
    "toll.",
    "In an interview with a local radio station, Senator Ana Ruiz discussed the budget dispute.",
])
def test_public_talk_is_no_consultation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "CONSULT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "At a conference in Vienna, Ambassador Paul Werner discussed the outbreak with Peruvian "
    "officials.",
    "At a news conference in Lima, the two foreign ministers said they had discussed border "
    "security.",
    "Chile and Peru discussed trade on the sidelines of the summit in Lima.",
    "At a joint news conference with his Chilean counterpart, Foreign Minister Paul Werner "
    "discussed the border dispute.",
])
def test_a_consultation_stays(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "CONSULT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("The freighter Orla hit a pillar of the Harbor Bridge in Norfolk early on Tuesday.", "ASSAULT"),
    ("The plan met with admiration from farmers in Lima.", "CONSULT"),
    ("Villagers in the valley recognize the disputed pasture as theirs.", "SUPPORT"),
])
def test_collision_reception_and_claim_are_no_events(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Russian missiles hit a bridge in Kherson on Tuesday.", "ASSAULT"),
    ("The attacker drove a truck into a crowd in Nice, killing 86 people.", "ASSAULT"),
    ("Foreign Minister Ana Ruiz met with Peruvian officials in Lima.", "CONSULT"),
    ("Chile recognized Kosovo as an independent state in 2011.", "SUPPORT"),
])
def test_attacks_meetings_and_recognition_stay(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Her refusal to say which candidate she backs angered party members in Leeds.",
    "The Peruvian ministry refused to clarify whether the embassy's phones had been tapped.",
])
def test_words_withheld_are_no_refusal(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "REJECT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru refused to extradite the former president to Chile.",
    "Senator Ana Ruiz refused to answer questions from the committee in Lima.",
    "Bolivia's refusal to sign the treaty angered Chile.",
])
def test_a_refusal_stays(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "REJECT"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Coach Mara Velez blamed busy lifestyles for the drop in attendance at the Lima theatre.",
    "A spokesman for the airline blamed the delay on a faulty engine.",
    "The singer and her husband separated last year, blaming the distance between their homes.",
])
def test_a_cause_blamed_is_no_accusation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "ACCUSE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Ana Ruiz blamed the bombings on rebels from the north.",
    "Union leader Tom Baxter blamed the failure of the wage talks on the employers.",
    "Chile blamed Peru for the collapse of the talks in Lima.",
    "Foreign Minister Paul Werner blamed Bolivia's policies for the border crisis.",
])
def test_a_party_blamed_stays(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "ACCUSE"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The minister's Machiavellian manoeuvres in parliament angered his rivals in Lima.", None),
    ("Senators used a procedural maneuver to delay the vote in Washington.", None),
    ("Russian forces began military exercises near the border with Ukraine on Monday.", "MOBILIZE"),
])
def test_political_manoeuvres_are_no_drill(real_nlp, text, expected):
    events = dated_events(real_nlp, text, PUB)
    drills = of_type(events, "MOBILIZE")
    assert bool(drills) == (expected is not None), listed(events)
