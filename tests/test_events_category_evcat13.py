"""Categories, evcat13: a protest made by a state, a state body, a party or a state's officer is
an objection in words (ACCUSE), PLOVER PROTEST being civilian collective action; a vow not to let
another party act, or to undo what a party did, is a threat (THREATEN), as is a vow of an
"ironclad" response; a thing, a measure or a trouble that "threatens" is a danger, no threat made,
and so is a hyphened quality ("life-threatening"). Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


def _at(events, word):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word", [
    ("Beijing strongly protests the seizure of its fishing boat, the foreign ministry said.", "protests"),
    ("Senate Republicans have protested the new spending for weeks.", "protested"),
    ("The EU and Germany sharply protested the deal.", "protested"),
    ("Several Democrats voted no, in part to protest the lack of action on guns.", "protest"),
])
def test_state_protest_is_accuse(real_nlp, text, word):
    events = _at(dated_events(real_nlp, text, PUB), word)
    assert events and all(e.type == "ACCUSE" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Hundreds of students protested the tuition increase outside parliament.", "protested"),
    ("Hard-line Malaysian clerics resumed their protests on Friday.", "protests"),
    ("Dock workers protested the layoffs on Monday.", "protested"),
])
def test_civilian_protest_stays(real_nlp, text, word):
    events = _at(dated_events(real_nlp, text, PUB), word)
    assert events and all(e.type == "PROTEST" for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "Tokyo has vowed not to let Pyongyang develop long-range missiles.",
    "His supporters vowed not to allow the protesters to remove the mayor.",
    "The new governor has vowed to undo much of Hal Benton's work on pensions.",
    'The minister vowed an "ironclad" response to any attack on the fleet.',
])
def test_hostile_vow_is_threaten(real_nlp, text):
    events = _at(dated_events(real_nlp, text, PUB), "vowed")
    assert events and all(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "The two leaders pledged not to allow cuts to Medicare.",
    "The king vowed to bestow gifts on the villagers.",
])
def test_other_vow_is_no_threat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("The North fired two missiles that threatened to hit the southern islands.", "threatened"),
    ("Two disputes which threaten to sour relations between the neighbours were raised.", "threaten"),
    ("The new rule is threatening to drive small brewers out of business.", "threatening"),
    ("Rising extremism threatens the stability of the whole region.", "threatens"),
    ("Malaria remains a life-threatening illness in the valley.", "threatening"),
])
def test_danger_is_no_threat(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _at(events, word), listed(events)


@pytest.mark.parametrize("text, word", [
    ("The rebels threatened to shell the port if the talks failed.", "threatened"),
    ("Moravia threatened to expel the envoys.", "threatened"),
    ("The administration has threatened to veto the bill.", "threatened"),
    ("The coalition threatened to quit the government over the budget.", "threatened"),
    ("It also threatened to raise tariffs on steel.", "threatened"),
])
def test_party_threat_stays(real_nlp, text, word):
    events = _at(dated_events(real_nlp, text, PUB), word)
    assert events and all(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text, word, category", [
    ("The searches led to several police raids on Monday in the city.", "raids", "COERCE"),
    ("Troops launched a raid on the rebel camp, killing six fighters.", "raid", "ASSAULT"),
])
def test_police_raid_is_coerce(real_nlp, text, word, category):
    events = _at(dated_events(real_nlp, text, PUB), word)
    assert events and all(e.type == category for e in events), listed(events)


def test_warning_to_own_residents_alerts(real_nlp):
    text = "Mayor Lena Hart warned residents that they would find the roads flooded and the shops closed."
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "Sheriff Dan Holt warned residents that looters would be shot.",
    "Sheriff Dan Holt warned residents that anyone caught looting would face arrest.",
])
def test_warning_of_harm_stays_threat(real_nlp, text):
    events = _at(dated_events(real_nlp, text, PUB), "warned")
    assert events and all(e.type == "THREATEN" for e in events), listed(events)


def test_relative_pronoun_names_no_protester(real_nlp):
    text = ("Representative Ada Quinn of Ohio, a Democrat who marched with civil rights leaders in "
            "the 1960s, said she would not attend.")
    events = _at(dated_events(real_nlp, text, PUB), "marched")
    assert not any(e.type == "ACCUSE" for e in events), listed(events)


@pytest.mark.parametrize("text, word, category", [
    ("Critics say police target young men in poor districts.", "target", "COERCE"),
    ("Militants targeted a police convoy with a roadside bomb.", "targeted", "ASSAULT"),
])
def test_police_targeting_is_coerce(real_nlp, text, word, category):
    events = _at(dated_events(real_nlp, text, PUB), word)
    assert events and all(e.type == category for e in events), listed(events)


@pytest.mark.parametrize("text, category", [
    ("Judge Ina Roth also ordered Delmont to pay the costs of the hearing.", "SANCTION"),
    ("The court ordered the bottling firm to pay compensation to the family.", "SANCTION"),
    ("The president ordered the ministry to pay the teachers' salaries.", "REQUEST"),
    ("A judge ordered the police to release the footage.", "REQUEST"),
    ("In 1990 a state court ruled in favour of Arden Oil and ordered Velco to pay 2 billion dollars "
     "in damages.", "SANCTION"),
    ("Harlow was convicted of assault and was ordered to pay a fine.", "SANCTION"),
    ("The board was ordered to pay the contractor within a month.", "REQUEST"),
])
def test_court_order_to_pay_is_sanction(real_nlp, text, category):
    events = _at(dated_events(real_nlp, text, PUB), "ordered")
    assert events and all(e.type == category for e in events), listed(events)
