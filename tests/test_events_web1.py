"""A natural force is no party: a storm, a quake, a flood or a disease that hits, threatens or
kills codes no event, also when the storm is named only by the name the story gives it after
"Hurricane" or "Tropical Storm" (event_nature). Controls: a party's act in a storm stays an
event, a party that strikes stays an attack, a person named like a storm in a story with no storm
stays a doer, and flood relief is given by a party. Sentences written for these tests (real
parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from people_support import people_mentions

pytestmark = pytest.mark.model

PUB = "2010-09-20"


def _triggers(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "word"), [
    ("Hurricane Oscar weakened over the weekend. Officials said eleven people died on Tuesday "
     "when Oscar hit Cuba and the Bahamas.", "hit"),
    ("Tropical Storm Lenore moved north on Monday. Two ports could be threatened by Lenore, "
     "forecasters in Miami said.", "threatened"),
    ("The earthquake struck the Turkish city of Izmir on Sunday, killing 40 people.", "struck"),
    ("An outbreak of cholera killed twelve villagers in northern Malawi last month.", "killed"),
    ("After crossing the island, the typhoon could turn west and threaten Manila next week, "
     "forecasters said.", "threaten"),
])
def test_a_natural_force_codes_no_event(real_nlp, text, word):
    codes = _triggers(real_nlp, text)
    assert not any(word in t for t in codes), codes


@pytest.mark.parametrize(("text", "word"), [
    ("Police fired tear gas at looters in the port as the storm hit the coast.", "fired"),
    ("Rebels struck the Syrian city of Aleppo with rockets on Sunday.", "struck"),
    ("Rita Alvarez, the opposition leader, accused the government of fraud on Monday. Rita also "
     "threatened to boycott the vote.", "threatened"),
    ("The government sent flood relief to Pakistan on Monday.", "relief"),
])
def test_a_party_in_a_storm_story_still_acts(real_nlp, text, word):
    codes = _triggers(real_nlp, text)
    assert any(word in t for t in codes), codes


STORM_STORY = (
    "Cyclone Debbie crossed the Queensland coast on Tuesday. Debbie brought winds of 260 km/h, "
    "said Mark Gunn of the weather bureau.")


def test_a_storm_named_in_the_story_is_no_person(real_nlp):
    people = people_mentions(real_nlp, STORM_STORY)
    assert not any(name.split()[-1] == "Debbie" for name in people), people
    assert "Mark Gunn" in people, people  # a person in the storm story stays one


def test_control_a_person_named_like_a_storm_with_no_storm(real_nlp):
    text = ("Oscar Pena, the opposition leader, accused the government of fraud on Monday. "
            "Oscar also said his party would boycott the vote.")
    assert "Oscar Pena" in people_mentions(real_nlp, text)
