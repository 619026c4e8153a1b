"""Figures of speech and intentions are no acts: contests of words, drills, promises that bind
no one to another party, and lines of page furniture (model-marked: real parses, hand marks)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import annotate, coded, listed, parser

from sitroom.components.events import code_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(events):
    return {e.type for e in events}


def _with_sectors(text: str, actors: dict[str, str], sectors: dict[str, str]):
    """Code ``text`` with hand-marked actors, some of them bodies of a sector (a party, a legislature)."""
    doc = annotate(parser()(text), actors=actors, published=PUB,
                   kinds={ident: "organization" for ident in sectors})
    for span in doc.spans["actors"]:
        ref = span._.actor
        if ref.id in sectors:
            span._.actor = replace(ref, sector=sectors[ref.id])
    return code_events(doc)


def test_a_promise_of_ones_own_policy_is_an_intention_not_an_agreement():
    for text in ("Trump has promised to simplify the tax code.",
                 "Trump pledged to boost pensions by restoring the earnings link."):
        events = coded(text, actors={"Trump": "person:trump"}, kinds={"person:trump": "person"},
                       published=PUB)
        assert "AGREE" not in _types(events), listed(events)


def test_a_promise_to_or_for_another_party_stays_an_agreement():
    events = coded("China has pledged to lend at least $2 billion to Pakistan.",
                   actors={"China": "CHN", "Pakistan": "PAK"}, published=PUB)
    assert "AGREE" in _types(events), listed(events)
    events = coded("Zarif assured Abdullah of Iran's continued support.",
                   actors={"Zarif": "person:zarif", "Abdullah": "person:abdullah", "Iran": "IRN"},
                   kinds={"person:zarif": "person", "person:abdullah": "person"}, published=PUB)
    assert "AGREE" in _types(events), listed(events)


def test_parties_fighting_over_a_budget_is_a_contest_not_an_assault():
    events = _with_sectors("Republicans and Democrats are fighting over the budget.",
                           {"Republicans": "US-REP", "Democrats": "US-DEM"},
                           {"US-REP": "PTY", "US-DEM": "PTY"})
    assert "ASSAULT" not in _types(events), listed(events)


def test_a_partys_attack_on_a_plan_is_criticism():
    events = _with_sectors("The Democrats launched an attack on Trump's tax plan.",
                           {"Democrats": "US-DEM"}, {"US-DEM": "PTY"})
    assert "ASSAULT" not in _types(events) and "ACCUSE" in _types(events), listed(events)


def test_armed_forces_fighting_still_fight():
    events = coded("Russian troops fought Ukrainian forces near Bakhmut.",
                   actors={"Russian troops": "sector:RUS:MIL", "Ukrainian forces": "sector:UKR:MIL"},
                   published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_firing_during_a_drill_is_part_of_the_drill():
    events = coded("Ukrainian forces fired artillery during an exercise.",
                   actors={"Ukrainian forces": "sector:UKR:MIL"}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)


def test_a_headline_line_above_the_body_codes_no_event_but_the_body_does():
    text = ("Iran attacks Saudi tanker in the Gulf\n\n"
            "Iranian forces seized a Saudi tanker on Monday, the ministry said.")
    events = coded(text, actors={"Iran": "IRN", "Iranian forces": "sector:IRN:MIL", "Saudi": "SAU"},
                   published=PUB)
    assert [e.trigger.text for e in events] == ["seized"], listed(events)


def test_an_order_is_of_an_act_not_of_goods():
    events = coded("Sprint ordered a broadband data upgrade for its network.",
                   actors={"Sprint": "org:sprint"}, kinds={"org:sprint": "organization"}, published=PUB)
    assert "REQUEST" not in _types(events), listed(events)
    for text in ("The judge ordered a review of the case.",
                 "The judge ordered the police to release the activists.",
                 "The judge ordered that the activists be released."):
        events = coded(text, actors={"The judge": "sector:JUD"}, published=PUB)
        assert "REQUEST" in _types(events), (text, listed(events))


def test_rallying_around_a_leader_backs_him_and_a_rally_in_a_square_protests():
    events = coded("Utah Republicans rallied around Mitt Romney on Wednesday.",
                   actors={"Utah Republicans": "US-REP"}, kinds={"US-REP": "organization"}, published=PUB)
    assert _types(events) == {"SUPPORT"}, listed(events)
    events = coded("Protesters rallied in Tehran on Friday.", actors={"Protesters": "sector:PRO"}, published=PUB)
    assert _types(events) == {"PROTEST"}, listed(events)


def test_a_character_killed_off_is_no_killing():
    events = coded("Millions saw Den Watts killed off on Friday.",
                   actors={"Den Watts": "person:den"}, kinds={"person:den": "person"}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)


def test_a_vehicle_that_hits_something_is_an_accident():
    events = coded("An Afghan truck hit a bus carrying pilgrims.", actors={"Afghan": "AFG"}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    events = coded("Taliban fighters hit a police checkpoint, killing 20 people.",
                   actors={"Taliban fighters": "TALIBAN"}, published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_being_committed_to_better_relations_is_a_stance_not_an_agreement():
    # turn 28, judged as the audit judges: "is committed to" names where Iran stands, no act
    # (event_unreported.py); "Iran committed itself to ..." is the act and stays
    events = coded("Zarif said Iran is also committed to improve its relations and cooperation with Pakistan.",
                   actors={"Zarif": "person:zarif", "Iran": "IRN", "Pakistan": "PAK"},
                   kinds={"person:zarif": "person"}, published=PUB)
    assert "AGREE" not in _types(events), listed(events)


def test_plans_are_killed_and_campaigns_of_words_waged_without_force():
    cases = {"The government killed the project last year.": "ASSAULT",
             "The senator shot down the proposal.": "ASSAULT",
             "Russia is waging a campaign of disinformation against Ukraine.": "ASSAULT",
             "Merkel launched a charm offensive in Paris.": "ASSAULT"}
    for text, absent in cases.items():
        events = coded(text, actors={"Russia": "RUS", "Ukraine": "UKR", "The government": "sector:GOV",
                                     "Merkel": "person:merkel"}, published=PUB)
        assert absent not in _types(events), (text, listed(events))
    events = coded("Russia waged war on Ukraine in 2022.", actors={"Russia": "RUS", "Ukraine": "UKR"},
                   published=PUB)
    assert "ASSAULT" in _types(events), listed(events)
    events = coded("Militants killed two soldiers in an ambush.", actors={"Militants": "sector:INS"},
                   published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_a_commitment_under_a_pact_stays_an_agreement():
    # the act that binds ("committed itself"); being bound ("is committed to curb ... under the
    # deal") is a state, no act (turn 28: event_unreported.py)
    events = coded("Under the deal, Iran committed itself to curb its nuclear activities in exchange for sanctions relief.",
                   actors={"Iran": "IRN"}, published=PUB)
    assert "AGREE" in _types(events), listed(events)


def test_in_a_match_report_a_country_is_its_team():
    text = ("England beat Australia by five wickets in Sydney on Sunday to level the series.\n\n"
            "The captain hit a century as the team chased down 280, and the coach praised the bowlers.\n\n"
            "Police arrested 20 fans after the match, the tournament organisers said.")
    events = coded(text, actors={"England": "GBR", "Australia": "AUS", "Police": "sector:COP"},
                   kinds={"sector:COP": "other"}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    assert "COERCE" in _types(events), listed(events)


def test_a_plane_shot_down_is_still_an_attack():
    events = coded("Ukraine shot down a Siberian plane over the Black Sea.", actors={"Ukraine": "UKR"},
                   published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_an_order_of_a_freeze_or_a_staff_cut_is_an_order():
    events = coded("Trump ordered a hiring freeze and a similar reduction at the embassy.",
                   actors={"Trump": "person:trump"}, kinds={"person:trump": "person"}, published=PUB)
    assert "REQUEST" in _types(events), listed(events)
