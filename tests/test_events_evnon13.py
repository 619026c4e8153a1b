"""Event words that name no act here, turn 33 (evnon13; model-marked: real parses). The sentences
are written for these tests, not taken from any corpus or gold file.

A participle of outfitting that describes ("a frigate equipped with radar", "gunmen armed with
rifles", "the units are equipped with patrol boats") names what a party carries, not who gave it;
a trigger hyphened to a prefix of another word ("has up-ended the trade", "a well-funded
militia") is part of that word; a rule or a policy that "violates" a text is claimed to conflict
with it. Controls keep the act: sanctions imposed, sanctions a party defies through a preposition ("in
defiance of U.N. sanctions": the sanctions are in force, and the audit's judges count them as the
sanctioning body's act), a party that equips or arms another, an attack
by armed men, a counter-attack, a ceasefire or a curfew violated by a party, a plan or an order
to violate, the lifting of sanctions called for."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2018-03-14"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Oslo sent a frigate equipped with new sonar gear to the fjord, an admiral said.", "AID"),
    ("The coast guard units are equipped with fast patrol boats, the minister said.", "AID"),
    ("The coast guard units are equipped with fast patrol boats, the minister said.", "MOBILIZE"),
    ("Rebels armed with rifles attacked a convoy near Goma.", "AID"),
    ("The well-funded militia attacked the town of Baidoa.", "AID"),
    ("The new levy has up-ended the trade between the two ports.", "SANCTION"),
    ("The judge found that the governor's policies breached the state charter.", "REJECT"),
    ("Prosecutors said the ban violated the constitution, and the court struck it down.", "REJECT"),
])
def test_other_sense_is_no_event(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category, trigger", [
    ("The United States imposed new sanctions on Venezuela on Monday.", "SANCTION", "imposed"),
    ("The European Union imposed an embargo on arms sales to Minsk.", "SANCTION", "imposed"),
    ("The minister called for the lifting of sanctions on Tehran.", "SANCTION", "sanctions"),
    ("The refinery shipped the fuel in defiance of U.N. sanctions against Caracas.", "SANCTION",
     "sanctions"),
    ("Rebels armed with rifles attacked a convoy near Goma.", "ASSAULT", "attacked"),
    ("The well-funded militia attacked the town of Baidoa.", "ASSAULT", "attacked"),
    ("Ukrainian troops launched a counter-attack near the village of Pesky.", "ASSAULT", "attack"),
    ("Iran violated the ceasefire agreement on Sunday, the ministry said.", "REJECT", "violated"),
    ("The militia breached the truce twice last week.", "REJECT", "breached"),
    ("Police said the gunmen violated the curfew and attacked a checkpoint.", "REJECT", "violated"),
    ("Pyongyang plans to violate the armistice, the ministry said.", "REJECT", "violate"),
    ("The general ordered his men to breach the truce.", "REJECT", "breach"),
])
def test_act_is_kept(real_nlp, text, category, trigger):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.trigger.text == trigger for e in of_type(events, category)), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", [
    ("The United States equipped the Kurdish fighters with anti-tank missiles.", "equipped"),
    ("The fighters were armed by Iran, the report said.", "armed"),
])
def test_outfitting_by_a_party_is_kept(real_nlp, text, trigger):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.trigger.text == trigger for e in events), listed(events)
