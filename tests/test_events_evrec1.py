"""A vow to oppose, resist or fight is no agreement, turn 24 (audit/README.md, criterion 2; PLOVER
AGREE is a promise, an offer or an intent to cooperate). "vowed to resist the pressure", "pledged
to oppose the bill", "vowed to fight on" state a stance against something: the promise verb makes
no AGREE event; the refusal the coder reads in the vowed verb ("oppose", "resist": REJECT) stays.
Controls: a vow to help or to cooperate, a vow with a cooperative act beside the opposing one, a
vow of restraint ("not to oppose") and a vow of force against a party (a threat) keep their
events.

A trip at home has no host (criterion 4): a visit to a region, a site or a seat of the story's own
country ("will visit Oregon", "visited the White House", "visited Golestan province") by a person
the document gives no country has no target; a foreign visitor named with his country, and a trip
to a foreign city, keep theirs. Sentences written for these tests (real parses, the full
pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _agree_on(events, word):
    return [e for e in events if e.type == "AGREE" and word in e.trigger.text]


@pytest.mark.parametrize(("text", "word"), [
    ("The Green Party has pledged to oppose the new mining law when it reaches the Senate.", "pledged"),
    ("The mayor of Lyon vowed to resist the pressure from the regional council.", "vowed"),
    ("Labour vowed to fight on after the vote, but the dispute is expected to drag into June.", "vowed"),
    ("Senate Democrats vowed to fight what they called a reckless assault on public schools.", "vowed"),
    ("The Prime Minister of Canada pledged to challenge the tariffs in the courts.", "pledged"),
])
def test_a_vow_to_oppose_is_no_agreement(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _agree_on(events, word), listed(events)


def test_the_refusal_vowed_stays(real_nlp):
    text = "The Green Party has pledged to oppose the new mining law when it reaches the Senate."
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in events if e.type == "REJECT" and "oppose" in e.trigger.text], listed(events)


@pytest.mark.parametrize(("text", "word"), [
    # a vow to help, to cooperate or to work with a party binds its maker
    ("Germany pledged to send medical supplies to Ukraine next week.", "pledged"),
    ("China vowed to cooperate with Pakistan on the new railway.", "vowed"),
    # a cooperative act beside the opposing one keeps the promise
    ("Germany pledged to help Ukraine and to resist any Russian pressure on Kiev.", "pledged"),
    # a vow of restraint
    ("The Liberal Democrats pledged not to oppose the budget in the Commons.", "pledged"),
])
def test_vows_to_help_or_of_restraint_stay(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert _agree_on(events, word), listed(events)


def test_a_vow_of_force_against_a_party_is_still_a_threat(real_nlp):
    text = "The Taliban vowed to fight the Afghan government until foreign troops leave."
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in events if e.type == "THREATEN" and "vowed" in e.trigger.text], listed(events)


def _visit(events):
    found = [e for e in events if e.type == "CONSULT" and "visit" in e.trigger.text]
    assert found, listed(events)
    return found[0]


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - President Ann Carver will visit Oregon on Friday to see the fire damage, "
    "the White House said. U.S. officials said the U.S. Forest Service needs more money from the "
    "U.S. Congress.",
    "WASHINGTON (Reuters) - Senator Jo Brandt visited the White House on Tuesday to discuss the "
    "budget. U.S. lawmakers and the U.S. Treasury said the talks went well.",
])
def test_a_trip_at_home_has_no_host(real_nlp, text):
    # (since turn 26 a trip to a region at home with no host named is no visit at all:
    # test_events_evcat6; the White House is a seat of government and keeps its visit)
    events = dated_events(real_nlp, text, PUB)
    hosted = [e for e in events if e.type == "CONSULT" and "visit" in e.trigger.text and "USA" in e.targets]
    assert not hosted, listed(events)


@pytest.mark.parametrize(("text", "host"), [
    # a foreign visitor named with his country
    ("WASHINGTON (Reuters) - French President Emmanuel Macron will visit Texas on Friday. U.S. "
     "officials said the U.S. Congress would meet him.", "USA"),
    # a trip abroad, to a city
    ("WASHINGTON (Reuters) - President Ann Carver will visit Tokyo on Friday, the White House said. "
     "U.S. officials said the U.S. Congress backed the trip.", "JPN"),
])
def test_a_trip_abroad_keeps_its_host(real_nlp, text, host):
    visit = _visit(dated_events(real_nlp, text, PUB))
    assert host in visit.targets, visit
