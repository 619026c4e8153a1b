"""Who did what, turn 19 (evact30): a country before a body that is not its state only says where
the body is. Japan's ruling party, an Iranian chamber of commerce, a firm's trading platform, a
name set off as "a little-known party", and a country's capital doing or holding something act
on their own account (or are places): the state is not their doer. Controls: the government, a
ministry, "the Norwegian party" alone (a side across a table), a country set off as "a party to
the accord", the state hosting, and a city acted on or travelled to keep the state
(model-parsed sentences written for these tests, hand-marked actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _doers(text: str, word: str, **actors: str) -> tuple[str, ...]:
    events = coded(text, actors=actors, published=PUB)
    return event_with(events, word).actors


def test_a_party_named_by_its_kind_is_not_its_country():
    text = ("Norway's ruling centrist party unveiled its own budget plan on Monday calling for more "
            "than 300 billion kroner in extra spending.")
    assert "NOR" not in _doers(text, "calling", Norway="NOR")


def test_a_country_s_political_parties_are_not_the_state():
    text = "Norway's main political parties have opposed the plan, saying it would hurt farmers."
    assert "NOR" not in _doers(text, "opposed", Norway="NOR")
    # control: the country itself
    text = "Norway has opposed the plan, saying it would hurt farmers."
    assert _doers(text, "opposed", Norway="NOR") == ("NOR",)


def test_the_government_and_a_bare_party_keep_their_country():
    # controls: the government acts for the state; "the Norwegian party" alone is a side in talks
    text = ("Norway's government unveiled its own budget plan on Monday calling for more than 300 "
            "billion kroner in extra spending.")
    assert _doers(text, "calling", Norway="NOR") == ("NOR",)
    events = coded("At the talks in Geneva the Norwegian party rejected the proposal on Monday.",
                   actors={"Norwegian": "NOR"}, published=PUB)
    assert event_with(events, "rejected").actors == ("NOR",), listed(events)


def test_a_chamber_of_commerce_is_not_its_country():
    text = ("Turkish Chamber of Commerce and Industry signed a memorandum of understanding with the "
            "Andean Business Council on Tuesday for mutual cooperation.")
    assert "TUR" not in _doers(text, "signed", Turkish="TUR")


def test_a_ministry_keeps_its_country():
    # control: a state body named by its country
    text = ("The Turkish ministry signed a memorandum of understanding with the Andean Business "
            "Council on Tuesday for mutual cooperation.")
    assert _doers(text, "signed", Turkish="TUR") == ("TUR",)


def test_a_named_party_or_platform_is_not_the_country_in_its_name():
    text = ("Norway Forward, a little-known party on the fringe of Norwegian politics, accused the "
            "minister of betraying voters.")
    assert "NOR" not in _doers(text, "accused", Norway="NOR")
    text = ("Zentrix, the Japanese trading platform with focus on patents, and the Osaka chamber of "
            "commerce cooperate with Peru in establishment of the hub.")
    assert "JPN" not in _doers(text, "cooperate", Japanese="JPN", Peru="PER")


def test_a_platform_named_by_no_name_stays_its_owner_s():
    # control: an oil platform is an asset of its country, whom an attack on it is done to
    events = coded("Danish forces destroyed an Iranian oil platform in the Gulf on Monday.",
                   actors={"Danish": "DNK", "Iranian": "IRN"}, published=PUB)
    assert event_with(events, "destroyed").targets == ("IRN",), listed(events)


def test_a_country_set_off_as_a_party_to_a_pact_keeps_its_act():
    # control: "a party to the accord" is a side, and the name is the country itself
    text = "Norway, a party to the accord, accused the minister of betraying voters."
    assert _doers(text, "accused", Norway="NOR") == ("NOR",)


def test_a_country_s_capital_is_a_place_not_the_state():
    text = "The ninth round of talks was held in Kestrel, the new name of Belarus's capital, on May 3-4."
    events = coded(text, actors={"Belarus": "BLR"}, published=PUB)
    assert "BLR" not in event_with(events, "talks").actors, listed(events)
    text = "The process bears the city's old name, because Belarus's capital, Kestrel, hosted the meetings."
    events = coded(text, actors={"Belarus": "BLR"}, published=PUB)
    assert all("BLR" not in e.actors for e in events), listed(events)


def test_a_city_acted_on_or_visited_keeps_its_country():
    # controls: a city a verb acts on or travels to is still its country's
    events = coded("Within weeks the Iranians pushed the Iraqis out and were threatening Iraq's southern "
                   "city of Basra.", actors={"Iranians": "IRN", "Iraqis": "IRQ", "Iraq": "IRQ"}, published=PUB)
    assert event_with(events, "threatening").targets == ("IRQ",), listed(events)
    events = coded("The Iranian foreign minister arrived in the Chinese capital on Monday.",
                   actors={"Iranian": "IRN", "Chinese": "CHN"}, published=PUB)
    assert event_with(events, "arrived").targets == ("CHN",), listed(events)
    events = coded("Norwegian jets carried out an attack on the Syrian capital on Monday.",
                   actors={"Norwegian": "NOR", "Syrian": "SYR"}, published=PUB)
    assert event_with(events, "attack").targets == ("SYR",), listed(events)
    events = coded("The Iranian foreign minister's trip to the Chinese capital ended on Monday.",
                   actors={"Iranian": "IRN", "Chinese": "CHN"}, published=PUB)
    assert event_with(events, "trip").targets == ("CHN",), listed(events)


def test_the_country_hosting_keeps_its_part():
    # control: the state itself hosts (and chairs) the meetings
    events = coded("Belarus hosted the meetings on Tuesday.", actors={"Belarus": "BLR"}, published=PUB)
    assert event_with(events, "meetings").actors == ("BLR",), listed(events)
