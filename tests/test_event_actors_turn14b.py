"""Who did what, turn 14 round 2 (model-marked: real parses, hand-marked actors, sentences written
for these tests): the "it" of a cleft sentence ("it was X that ...") stands for nothing, so the
verbs the parse joins to its "was" get no doer from an earlier "it"; a referential "it" before a
description ("it is a country that ...") still stands for the earlier party."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
KINDS = {"PRT": "country", "NOR": "country", "CHL": "country"}


def test_the_it_of_a_cleft_is_no_earlier_party():
    events = coded("Portugal says it honoured the accord. It was Norway that violated the accord, quit "
                   "the talks and breached the ceasefire.", actors={"Portugal": "PRT", "Norway": "NOR"},
                   kinds=KINDS, published=PUB)
    assert event_with(events, "breached").actors == (), listed(events)
    assert all("PRT" not in e.actors for e in events), listed(events)
    events = coded("Portugal denies any role. But it is they who shelled the port and blockaded Chile.",
                   actors={"Portugal": "PRT", "Chile": "CHL"}, kinds=KINDS, published=PUB)
    assert all("PRT" not in e.actors for e in events), listed(events)


def test_a_referential_it_still_stands_for_the_earlier_party():
    # controls: "it" described as "a country that ..." and a plain "it" keep the earlier party
    events = coded("Portugal faces a hard winter. It is a country that has suffered, and it has asked "
                   "for aid.", actors={"Portugal": "PRT"}, kinds=KINDS, published=PUB)
    assert event_with(events, "asked").actors == ("PRT",), listed(events)
    events = coded("Portugal rejected the plan on Monday, and it later shelled the port.",
                   actors={"Portugal": "PRT"}, kinds=KINDS, published=PUB)
    assert event_with(events, "shelled").actors == ("PRT",), listed(events)


PEOPLE = {"OKORO": "person", "VANCE": "person", "LUND": "person"}


def test_a_speaker_is_not_the_one_named_in_his_words():
    events = coded("Mr Okoro toured the north. This is the record Mr Vance will have to defend, he said, "
                   "urging voters to reject him.", actors={"Mr Okoro": "OKORO", "Mr Vance": "VANCE"},
                   kinds=PEOPLE, published=PUB)
    assert "VANCE" not in event_with(events, "urging").actors, listed(events)


def test_a_speaker_who_says_i_is_still_the_earlier_person():
    # controls: no name in the reported words; "he said he would" keeps its subject
    events = coded("Mr Vance toured the north. This is the record I will defend, he said, urging voters "
                   "to back him.", actors={"Mr Vance": "VANCE"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "urging").actors == ("VANCE",), listed(events)
    events = coded("Mr Vance toured the north. He said he would defend the record, urging voters to "
                   "back him.", actors={"Mr Vance": "VANCE"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "urging").actors == ("VANCE",), listed(events)



def test_a_clause_the_parse_hangs_on_a_speech_verb_keeps_he():
    # control: "X is ..., so he asked" is no report of X's words
    events = coded("Mr Vance is no lawyer, so he asked others to draft the appeal.",
                   actors={"Mr Vance": "VANCE"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "asked").actors == ("VANCE",), listed(events)
