"""Who did what, turn 19 (evpoolb): a verb that praises, blames, rewards or punishes someone
gives with "for" what that someone did, so a possessive in the "for" phrase is the object's
("the envoy thanked Chile for its assistance", "the minister chastised the bloc for its refusal",
"the law targets Ruritania for its missile tests"); the coder gave the deed to the subject or to
an earlier one. Controls: a possessive in a "for" phrase of another verb stays the subject's
("Peru bought rifles for its army"), and one of another kind than the object ("his" after a
country) is left to the other readings (sentences written for these tests, hand-marked actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def test_the_thanked_party_is_the_doer_of_its_assistance():
    events = coded("The Peruvian envoy thanked Chile for its steady support and its assistance in "
                   "ending the border war.", actors={"Peruvian": "PER", "Chile": "CHL"}, published=PUB)
    assert event_with(events, "assistance").actors == ("CHL",), listed(events)


def test_the_punished_party_is_the_doer_of_its_tests():
    events = coded("Norway said on Monday that the new law also targets Ruritania for its missile tests.",
                   actors={"Norway": "NOR", "Ruritania": "RUR"}, published=PUB)
    assert "NOR" not in event_with(events, "missile tests").actors, listed(events)
    assert event_with(events, "missile tests").actors == ("RUR",), listed(events)


def test_the_chastised_party_is_not_the_critic():
    events = coded("Chilean President Ana Ruiz has chastised the bloc for its refusal to lift the "
                   "tariffs on copper.", actors={"Ana Ruiz": "RUIZ", "Chilean": "CHL"},
                   kinds={"RUIZ": "person"}, countries={"RUIZ": "CHL"}, published=PUB)
    refusal = [e for e in events if e.trigger.text == "refusal"]
    assert all("RUIZ" not in e.actors and "CHL" not in e.actors for e in refusal), listed(events)


def test_control_a_purpose_for_phrase_stays_the_subjects():
    events = coded("Peru thanked nobody and sent troops to the border for its defence; Peru also "
                   "bought rifles from Chile for its army and signed an accord for its own support.",
                   actors={"Peru": "PER", "Chile": "CHL"}, published=PUB)
    assert event_with(events, "signed").actors == ("PER",), listed(events)


def test_control_a_personal_pronoun_after_a_country_is_left_alone():
    # "his" cannot stand for the country thanked: the speaker's own visit
    events = coded("Foreign Minister Omar Vale thanked Chile for his warm reception during his visit "
                   "to Santiago.", actors={"Omar Vale": "VALE", "Chile": "CHL"},
                   kinds={"VALE": "person"}, published=PUB)
    assert event_with(events, "visit").actors == ("VALE",), listed(events)
