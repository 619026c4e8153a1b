"""Doers of acts, turn 21 (model-marked: real parses). The sentences are written for these tests,
not taken from any corpus or gold file.

Where an act happened, or who lived through it, is not who did it: a country or town named as
the place of an incident that a relative clause goes on about ("an attack in Oslo, Norway, which
killed"), a country that faced attacks ("Norway has faced attacks, killing ..."), a town that
"had" murders, a state or province as the subject or owner of an act (its own authorities, not
the country's); and an act that another act answers keeps its own doer ("the raid was in
revenge for Danish shelling": the Danes shelled, someone else raided). Controls keep their doers.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _actors_of(events, word):
    return [e.actors for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, wrong", [
    ("Nine people died in a brutal bombing in Bergen, Norway, which wounded forty on Monday.",
     "wounded", "NOR"),
    ("Police are still hunting the men behind the shooting in Lyon, France, that killed six.",
     "killed", "FRA"),
    ("Norway, like Sweden, has faced a string of deadly attacks, killing scores of civilians.",
     "killing", "NOR"),
    ("The province has suffered a wave of bombings, wounding hundreds of people.",
     "wounding", None),
    ("The rebels said the raid was in revenge for Danish shelling near the border.",
     "raid", "DNK"),
    ("Officials said the ambush came after Swedish air strikes on the village.",
     "ambush", "SWE"),
    ("Chicago had 600 murders last year, the police said.", "murders", "USA"),
    ("Ohio drops its ban on protests after a lawsuit.", "drops", "USA"),
])
def test_the_place_or_sufferer_of_an_act_is_not_its_doer(real_nlp, text, word, wrong):
    events = dated_events(real_nlp, text, PUB)
    for actors in _actors_of(events, word):
        assert actors == () or (wrong is not None and wrong not in actors), listed(events)


@pytest.mark.parametrize("text, word, doer", [
    ("Russia attacked Ukraine in February.", "attacked", "RUS"),
    ("Russian airstrikes in Syria killed ten people.", "killed", "RUS"),
    ("The Israeli raid in Jenin killed three men.", "killed", "ISR"),
    ("France's airstrikes on Raqqa continued overnight.", "airstrikes", "FRA"),
    ("The Danish army faced the rebels near the river, killing twenty of them.", "killing", "DNK"),
    ("Norway, which invaded Sweden in 1814, signed the treaty.", "invaded", "NOR"),
    ("Washington imposed curfews on the base after the riot.", "imposed", "USA"),
])
def test_doers_named_as_doers_stay(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _actors_of(events, word)
    assert found and any(doer in a for actors in found for a in actors), listed(events)


def test_a_province_visited_is_still_its_country(real_nlp):
    """A state or province is no doer's country, but a visit to one is a visit to its country."""
    events = dated_events(real_nlp, "The Danish minister Hans Berg will visit Aceh next week.", PUB)
    visits = [e for e in events if "visit" in e.trigger.text]
    assert visits and "IDN" in visits[0].targets, listed(events)
