"""Categories, evcat14: the trigger's sense from its arguments. Seizing goods or suspects stays
COERCE; an alert that is no posture and a notice of danger to a population that names no harm
are no events, and advice to a population is no threat; a raid by regulators or inspectors is a search (COERCE);
a crowd storming a building riots (PROTEST); a clash over a policy is no assault; bombs dropped
on a firing range are a show of force (MOBILIZE); hacking is COERCE, mode cyber. Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import listed, triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _coded(nlp, text: str, word: str):
    return triggered(nlp, text, word, PUB)


@pytest.mark.parametrize("text, word", [
    ("Border guards seized 300 kilograms of heroin at the crossing.", "seized"),
    ("Police seized two men suspected of smuggling fuel.", "seized"),
])
def test_goods_or_suspects_seized_stay_coerce(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "COERCE" for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Subscribers will get text alerts about road closures.", "alerts"),
    ("Alerts tell users how to protect themselves.", "Alerts"),
    ("The ministry issued a warning to people in the capital that heavy fighting was under way.",
     "warning"),
    ("The navy gave warnings to ships and aircraft in the area before the test.", "warnings"),
])
def test_notices_are_no_events(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert not hits, listed(events)


@pytest.mark.parametrize("text, word, category", [
    ("The army was put on high alert after the border incident.", "alert", "MOBILIZE"),
    ("Moscow warned Kyiv of severe consequences if it joined the alliance.", "warned", "THREATEN"),
    ("Ankara warned Athens against sending warships to the island.", "warned", "THREATEN"),
    ("The governor warned residents that rioters would be arrested on sight.", "warned", "THREATEN"),
])
def test_postures_and_threats_stay(real_nlp, text, word, category):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == category for e in hits), listed(events)


@pytest.mark.parametrize("text, word, category, mode", [
    ("European antitrust regulators raided the offices of two chemical firms on Tuesday.", "raided",
     "COERCE", "seize"),
    ("Tax inspectors raided the headquarters of the bank last month.", "raided", "COERCE", "seize"),
    ("Protesters stormed the Danish embassy in the capital on Friday.", "stormed", "PROTEST", "riot"),
    ("Hackers hacked the emails of the party chairman.", "hacked", "COERCE", "cyber"),
    ("Fighter jets bombed a firing range after the president asked the army to show its strength.",
     "bombed", "MOBILIZE", "weapons"),
])
def test_sense_from_arguments(real_nlp, text, word, category, mode):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all((e.type, e.mode) == (category, mode) for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Militants raided a village in the north, killing four farmers.", "raided"),
    ("Fighter jets bombed a rebel camp near the border.", "bombed"),
    ("Troops stormed the rebel stronghold at dawn.", "stormed"),
    ("Protesters clashed with police over the new law in the capital.", "clashed"),
])
def test_force_stays_assault(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "ASSAULT" for e in hits), listed(events)


def test_clash_over_a_policy_is_no_assault(real_nlp):
    hits, events = _coded(real_nlp, "The leaders clashed with the president over tariffs at the summit.",
                          "clashed")
    assert not hits, listed(events)


def test_advice_to_a_population_is_no_threat(real_nlp):
    # told what to do for their own safety: a request at most (the audit counts "warned residents
    # to stay indoors" a REQUEST), never a threat against them
    hits, events = _coded(real_nlp, "Oslo warned its residents to stay indoors during the storm.", "warned")
    assert not any(e.type == "THREATEN" for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Lima has appealed to Washington to ease the travel ban on its citizens.", "appealed"),
    ("Police appealed for public help to find the attackers.", "appealed"),
    ("The bishop made an appeal for unity after the vote.", "appeal"),
])
def test_an_appeal_for_help_or_to_a_party_is_a_request(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "REQUEST" for e in hits), listed(events)
