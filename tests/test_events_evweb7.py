"""Turn 20 (evweb7): an attack that bears a mark of physical force is no criticism, whoever makes
it; a negative adjective of will or ability ("unwilling to", "unable to") negates the act it
governs; approving aid is aid, not backing (model-marked: real parses, hand-marked span groups)."""

from __future__ import annotations

import pytest
from events_support import brief, coded

pytestmark = pytest.mark.model

PUB = "2021-08-01"
_PEOPLE = {"person:karlsson": "person", "person:brandt": "person", "person:ortega": "person"}
_NAMES = {"Erik Karlsson": "person:karlsson", "Hanna Brandt": "person:brandt",
          "Luis Ortega": "person:ortega"}


def _types(text: str, trigger: str) -> list[str]:
    events = coded(text, actors=_NAMES, kinds=_PEOPLE, published=PUB)
    return [e.type for e in events if e.trigger.text == trigger]


def test_an_attack_made_with_a_weapon_is_force_not_criticism():
    assert _types("Witnesses said Erik Karlsson attacked a guard with a kitchen knife outside "
                  "the station.", "attacked") == ["ASSAULT"]
    assert _types("Erik Karlsson attacked Hanna Brandt with a hammer in the car park.",
                  "attacked") == ["ASSAULT"]


def test_a_sexual_assault_by_a_person_is_force():
    assert _types("Hanna Brandt said Luis Ortega sexually assaulted her at a party in 2009.",
                  "assaulted") == ["ASSAULT"]


def test_a_politicians_attack_in_words_stays_criticism():
    # controls: no mark of force, a person attacking a person or a policy
    assert _types("Erik Karlsson attacked Hanna Brandt on television over her tax plan.",
                  "attacked") == ["ACCUSE"]
    assert _types("Erik Karlsson attacked the new budget as reckless.", "attacked") == ["ACCUSE"]
    assert _types("Erik Karlsson launched a vicious attack on Hanna Brandt in parliament.",
                  "attack") == ["ACCUSE"]


def _status(text: str, trigger: str, actors: dict[str, str]) -> list[str]:
    events = coded(text, actors=actors, published=PUB)
    return [e.status for e in events if e.trigger.text == trigger] or [brief(events)]


def test_an_act_one_is_unwilling_or_unable_to_do_is_negated():
    usa = {"Washington": "USA"}
    assert _status("Critics said Washington was unwilling to ease the export rules.", "ease", usa) == [
        "negated"]
    assert _status("For months Washington was unable to ease the export rules.", "ease", usa) == [
        "negated"]
    assert _status("Officials said Washington was loath to ease the export rules.", "ease",
                   usa) == ["negated"]


def test_the_adjective_does_not_negate_a_noun_its_infinitive_acts_on():
    events = coded("Analysts say the army is unable to resist the Taliban's attacks for long.",
                   actors={"the army": "sector:MIL", "Taliban": "TALIBAN"},
                   kinds={"sector:MIL": "sector"}, published=PUB)
    assert [e.status for e in events if e.trigger.text == "attacks"] != ["negated"], brief(events)
    # nor does reluctance: a reluctant party often acts all the same
    usa = {"Washington": "USA"}
    assert _status("Officials said Washington was reluctant to ease the export rules.", "ease",
                   usa) != ["negated"]


def test_an_act_one_is_willing_to_do_or_did_is_not_negated():
    usa = {"Washington": "USA"}
    assert _status("Officials said Washington was willing to ease the export rules.", "ease",
                   usa) != ["negated"]
    assert _status("In March Washington eased the export rules for farmers.", "eased", usa) == [
        "occurred"]


def test_approving_aid_is_aid():
    events = coded("The governor said the president had approved federal disaster aid for the "
                   "flooded counties.", actors={"the president": "person:pres"},
                   kinds={"person:pres": "person"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "approved"] == ["AID"], brief(events)
    # control: approving a nominee or a plan still backs it
    events = coded("The committee approved the nomination of Erik Karlsson on Tuesday.",
                   actors=_NAMES, kinds=_PEOPLE, published=PUB)
    assert [e.type for e in events if e.trigger.text == "approved"] != ["AID"], brief(events)


def test_charging_a_sum_is_a_price_not_an_accusation():
    assert _types("Erik Karlsson planned to charge the company almost $4 million for the "
                  "licence.", "charge") == []
    assert _types("Luis Ortega probably charges a lot for each speech.", "charges") == []
    # control: charged with a crime
    events = coded("Prosecutors charged Erik Karlsson with fraud on Monday.", actors=_NAMES,
                   kinds=_PEOPLE, published=PUB)
    assert [e.type for e in events if e.trigger.text == "charged"] == ["ACCUSE"], brief(events)


def test_recognising_a_weight_or_a_trial_backs_nobody():
    assert _types("Erik Karlsson seemed to recognize the significance of the ruling.",
                  "recognize") == []
    assert _types("Hanna Brandt recognized the challenges that the new rules bring.",
                  "recognized") == []
    # control: a state recognised
    events = coded("Norway recognized Kosovo in 2008.", actors={"Norway": "NOR", "Kosovo": "XKX"},
                   published=PUB)
    assert [e.type for e in events if e.trigger.text == "recognized"] == ["SUPPORT"], brief(events)


def test_a_request_made_behind_a_first_person_hedge_is_made():
    events = coded("\u201cI would like to request calm from all sides,\u201d said Hanna Brandt.",
                   actors=_NAMES, kinds=_PEOPLE, published=PUB)
    assert [e.status for e in events if e.trigger.text == "request"] == ["occurred"], brief(events)
    # control: another's wish to request stays a wish
    events = coded("Hanna Brandt wanted to request a recount in the district.", actors=_NAMES,
                   kinds=_PEOPLE, published=PUB)
    assert [e.status for e in events if e.trigger.text == "request"] != ["occurred"], brief(events)
