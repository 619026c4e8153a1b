"""Doers of acts, turn 21, from the dev labels' wrong actors (model-marked: real parses). The
sentences are written for these tests, not taken from any corpus or gold file.

- A past participle with a subject but neither auxiliary nor object is a passive without its
  "were": its subject suffers the act ("saw 5,000 Danish soldiers killed": the soldiers were
  killed, they killed no one).
- Riots and street battles are situations of a place: the country or town that owns or
  modifies them is where they happen, not their doer ("the Danish riots").

Controls keep their doers: an active past with its object, a perfect with its auxiliary, a
past in a clause opened by "as" and a past that the parse tags as a participle ("signed on"):
only verbs of killing and wounding are read as passives without "were"; a country's attack.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _actors_of(events, word):
    return [e.actors for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, wrong", [
    ("The long war saw some 5,000 Danish soldiers killed in the south.", "killed", "DNK"),
    ("Nine years of war saw hundreds of Swedish troops wounded and killed.", "wounded", "SWE"),
    ("The Danish riots of 2019 left the capital shaken.", "riots", "DNK"),
    ("Norway's street battles worried the government.", "battles", "NOR"),
])
def test_the_sufferer_or_the_place_of_an_act_is_not_its_doer(real_nlp, text, word, wrong):
    events = dated_events(real_nlp, text, PUB)
    for actors in _actors_of(events, word):
        assert actors == () or (wrong is not None and not any(wrong in a for a in actors)), listed(events)


@pytest.mark.parametrize("text, word, doer", [
    ("Danish soldiers killed five militants on Monday.", "killed", "DNK"),
    ("Swedish troops had wounded the gunman before he fled.", "wounded", "SWE"),
    ("Norwegian police arrested the rioters after the riots in Oslo.", "arrested", "NOR"),
    ("Russia's attack on Ukraine was condemned in Oslo.", "attack", "RUS"),
    ("The rebels retreated as the Danish government besieged districts.", "besieged", "DNK"),
    ("Six more Danish lawmakers signed on to support the bill on Friday.", "support", "DNK"),
])
def test_doers_named_as_doers_stay(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _actors_of(events, word)
    assert found and any(doer in a for actors in found for a in actors), listed(events)

