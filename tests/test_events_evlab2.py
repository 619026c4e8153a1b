"""Categories, turn 21 (evlab2): backing given or received in words is SUPPORT, not AID; aid that
is withheld or restricted is cut (SANCTION), done by its owner to its recipient, and the aid noun
under a cutting verb is no gift; "displace" expels only people (model-marked: real parses,
hand-marked actors). The sentences are written for these tests; each rule has its control."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-03-10"


def _types(events, word):
    return [e.type for e in events if e.trigger.text == word]


# -- backing handed over in words is SUPPORT; marked material, it stays AID ---------------------

def test_support_received_for_a_peace_process_is_support():
    events = coded("Karzai said he received full support from Pakistan for the reconciliation process.",
                   actors={"Karzai": "person:karzai", "Pakistan": "PAK"}, kinds={"person:karzai": "person"},
                   published=PUB)
    assert _types(events, "received") == ["SUPPORT"], listed(events)


def test_support_given_to_a_candidate_is_support():
    events = coded("The cleric gave crucial support to Mousavi in the 2009 election.",
                   actors={"Mousavi": "person:mousavi", "The cleric": "person:cleric"},
                   kinds={"person:mousavi": "person", "person:cleric": "person"}, published=PUB)
    assert _types(events, "gave") == ["SUPPORT"], listed(events)


def test_military_support_received_stays_aid():
    events = coded("The rebels received military support from Qatar last year.",
                   actors={"The rebels": "armed:rebels", "Qatar": "QAT"},
                   kinds={"armed:rebels": "armed_group"}, published=PUB)
    assert _types(events, "received") == ["AID"], listed(events)


def test_support_provided_stays_aid():
    events = coded("Moscow is providing crucial support to the Syrian army.",
                   actors={"Moscow": "RUS", "the Syrian army": "SYR-MIL"},
                   kinds={"SYR-MIL": "military_unit"}, published=PUB)
    assert _types(events, "providing") == ["AID"], listed(events)


# -- aid withheld or restricted is cut (SANCTION); its owner gives it, its recipient suffers ----

def test_withheld_aid_is_a_cut_done_to_its_recipient():
    events = coded("Washington withheld American military aid to Egypt in June.",
                   actors={"Washington": "USA", "American": "USA", "Egypt": "EGY"}, published=PUB)
    cut = [e for e in events if e.trigger.text == "withheld"]
    assert [e.type for e in cut] == ["SANCTION"], listed(events)
    assert cut[0].actors == ("USA",) and cut[0].targets == ("EGY",), listed(events)
    assert "AID" not in [e.type for e in events], listed(events)


def test_restricting_aid_is_a_cut():
    events = coded("Congress voted to restrict aid to Pakistan until the raids stop.",
                   actors={"Congress": "USA-LEG", "Pakistan": "PAK"},
                   kinds={"USA-LEG": "legislature"}, published=PUB)
    assert _types(events, "restrict") == ["SANCTION"], listed(events)
    assert "AID" not in [e.type for e in events], listed(events)


def test_cut_aid_is_not_also_a_gift():
    events = coded("Britain cut its aid to Malawi after the election.",
                   actors={"Britain": "GBR", "Malawi": "MWI"}, published=PUB)
    assert [e.type for e in events] == ["SANCTION"], listed(events)


def test_aid_sent_stays_aid():
    events = coded("Japan sent emergency aid to Turkey after the earthquake.",
                   actors={"Japan": "JPN", "Turkey": "TUR"}, published=PUB)
    assert "AID" in [e.type for e in events], listed(events)


def test_restricting_journalists_stays_coercion():
    events = coded("The police restricted the movement of journalists in the capital.",
                   actors={"The police": "cop:police"}, kinds={"cop:police": "organization"},
                   sectors={"cop:police": "COP"}, published=PUB)
    assert _types(events, "restricted") == ["COERCE"], listed(events)


# -- "displace" expels people; things replaced and people left displaced are not ---------------

@pytest.mark.parametrize("text", [
    "Cheaper imports from Brazil have displaced Chinese purchases of wheat.",
    "The wars waged by the coalition left ten million people displaced.",
])
def test_no_expulsion_in_displacement_of_things_or_war_harm(text):
    events = coded(text, actors={"Brazil": "BRA", "the coalition": "org:coalition"}, published=PUB)
    assert "COERCE" not in [e.type for e in events], listed(events)


def test_a_militia_that_displaces_villagers_expels_them():
    events = coded("The militia displaced thousands of villagers from the valley in March.",
                   actors={"The militia": "armed:militia"}, kinds={"armed:militia": "armed_group"},
                   published=PUB)
    assert _types(events, "displaced") == ["COERCE"], listed(events)
