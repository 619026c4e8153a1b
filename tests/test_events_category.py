"""Categories an analyst can trust: a promise under a pact the text names, future cooperation as
a statement of intent (PLOVER AGREE), and a share deal as commerce, no event (model-marked: real
parses, hand marks)."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(events):
    return {e.type for e in events}


def test_a_promise_to_abide_by_a_pact_the_text_names_stays_an_agreement():
    text = ("Iran and six powers reached a nuclear deal in 2015, officially known as the Joint "
            "Comprehensive Plan of Action (JCPOA). Tehran pledged to abide by the JCPOA.")
    events = coded(text, actors={"Iran": "IRN", "Tehran": "IRN"}, published=PUB)
    # the pledge is an agreement of its own, or a new mention of the deal
    assert any(e.type == "AGREE" and any("pledged" in m.text for m in e.mentions) for e in events), (
        listed(events))


def test_an_acronym_the_text_gives_no_pact_binds_nobody():
    events = coded("Trump pledged to abide by the FTSE.", actors={"Trump": "person:trump"},
                   kinds={"person:trump": "person"}, published=PUB)
    assert "AGREE" not in _types(events), listed(events)


def test_cooperation_stated_for_the_future_is_an_agreement_made_when_said():
    for text in ("Janjua also said that Pakistan will expand cooperation with Iran in economic areas.",
                 "Russia is set to increase its customs cooperation with Iran.",
                 "The process has begun and Iran will henceforth cooperate with member countries."):
        events = coded(text, actors={"Pakistan": "PAK", "Iran": "IRN", "Russia": "RUS",
                                     "Janjua": "person:janjua"},
                       kinds={"person:janjua": "person"}, published=PUB)
        assert "COOPERATE" not in _types(events), (text, listed(events))
        assert any(e.type == "AGREE" and e.status == "occurred" for e in events), (text, listed(events))


def test_cooperation_that_took_place_or_goes_on_stays_cooperation():
    for text in ("Iran has actively collaborated with Afghanistan along the border.",
                 "Russia will continue military cooperation with Iran."):
        events = coded(text, actors={"Iran": "IRN", "Afghanistan": "AFG", "Russia": "RUS"},
                       published=PUB)
        assert "AGREE" not in _types(events), (text, listed(events))


def test_a_deal_in_shares_or_a_stake_is_commerce_not_an_agreement():
    for text in ("Murray agreed to buy BSkyB's 4.76% holding in the club on Tuesday.",
                 "The fund offered to sell its stake in the bank."):
        events = coded(text, actors={"Murray": "person:murray", "BSkyB": "org:bskyb", "The fund": "org:fund"},
                       kinds={"person:murray": "person"}, published=PUB)
        assert "AGREE" not in _types(events), (text, listed(events))
    events = coded("Iran agreed to buy fuel from Russia.", actors={"Iran": "IRN", "Russia": "RUS"},
                   published=PUB)
    assert "AGREE" in _types(events), listed(events)


def test_a_vessel_that_hits_a_structure_is_an_accident():
    events = coded("A cargo ship struck the Francis Scott Key Bridge in Baltimore on Tuesday.",
                   actors={}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    events = coded("A Russian vessel hit the bridge over the Volga River.", actors={"Russian": "RUS"},
                   published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)


def test_a_policy_or_a_crisis_that_hits_a_party_attacks_nobody():
    events = coded("Trump's maximum pressure policy has hit American interests in the region.",
                   actors={"Trump": "person:trump", "American": "USA"}, kinds={"person:trump": "person"},
                   published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    events = coded("Russian missiles hit American positions in the region.",
                   actors={"Russian": "RUS", "American": "USA"}, published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_a_fight_with_a_disease_and_a_film_shot_are_no_assault():
    events = coded("Sanctions affect Iran's fight with the COVID-19 pandemic.", actors={"Iran": "IRN"},
                   published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    events = coded("The South African director shot the film in Cape Town.",
                   actors={"South African": "ZAF"}, published=PUB)
    assert "ASSAULT" not in _types(events), listed(events)
    events = coded("Iran's fight with the Taliban left 20 dead.", actors={"Iran": "IRN", "Taliban": "TALIBAN"},
                   published=PUB)
    assert "ASSAULT" in _types(events), listed(events)


def test_a_promise_of_cooperation_is_not_the_cooperation_that_took_place():
    text = ("The visit aims to boost economic cooperation between Iran and Russia. "
            "Iran-Russia cooperation has increased in recent months.")
    events = coded(text, actors={"Iran": "IRN", "Russia": "RUS"}, published=PUB)
    assert {"AGREE", "COOPERATE"} <= _types(events), listed(events)
