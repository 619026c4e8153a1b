"""Categories, evcat13: a protest made by a state, a state body, a party or a state's officer is
an objection in words (ACCUSE), PLOVER PROTEST being civilian collective action; a vow not to let
another party act, or to undo what a party did, is a threat (THREATEN), as is a promise of an
"ironclad" reply; a thing, a measure or a trouble that "threatens" is a danger, no threat made,
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
    ("Beijing says it firmly protests the detention of its trawler crew.", "protests"),
    ("House Republicans protested the new farm subsidies on Tuesday.", "protested"),
    ("The EU and Germany sharply protested the deal.", "protested"),
    ("A dozen Democrats opposed the measure, partly to protest the slow pace of the talks.", "protest"),
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
    "Ankara has vowed not to let the rebels build a base on the border.",
    "The governor's allies pledged not to allow the rebels to seize the capital.",
    "The new governor has pledged to reverse most of Hal Benton's reforms.",
    'The defence minister promised an "ironclad" reply to any strike on the fleet.',
])
def test_hostile_vow_is_threaten(real_nlp, text):
    events = [e for e in dated_events(real_nlp, text, PUB)
              if e.trigger.text in ("vowed", "pledged", "promised")]
    assert events and all(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "The two leaders pledged not to allow cuts to the pension fund.",
    "The king promised to give grain to the villagers.",
])
def test_other_vow_is_no_threat(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not any(e.type == "THREATEN" for e in events), listed(events)


@pytest.mark.parametrize("text, word", [
    ("The North fired two rockets that threatened to land near the southern islands.", "threatened"),
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
    ("Two police raids in the suburbs on Monday turned up stolen goods.", "raids", "COERCE"),
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
    ("Judge Ina Roth ordered the Delmont company to pay the legal costs.", "SANCTION"),
    ("The court ordered the bottling firm to pay compensation to the family.", "SANCTION"),
    ("The president ordered the ministry to pay the teachers' salaries.", "REQUEST"),
    ("A judge ordered the police to release the footage.", "REQUEST"),
    ("The appeals court sided with the union and ordered the mill to pay damages to its workers.",
     "SANCTION"),
    ("After the verdict Harlow was ordered to pay a fine of 500 euros.", "SANCTION"),
    ("The board was ordered to pay the contractor within a month.", "REQUEST"),
])
def test_court_order_to_pay_is_sanction(real_nlp, text, category):
    events = _at(dated_events(real_nlp, text, PUB), "ordered")
    assert events and all(e.type == category for e in events), listed(events)
