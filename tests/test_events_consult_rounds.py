"""CONSULT, turn 13 (evcons15): "a round of talks between X and Y" names its parties after the act
noun ("talks"), not after the trigger's head ("round"). Full pipeline; sentences written for these
tests, not taken from any corpus or gold file."""

from __future__ import annotations

import pytest
from events_support import dated_events, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text, actors", [
    # the host convenes the talks; the parties named after "between" hold them
    ("So far Oman has hosted five rounds of talks between Chile and Peru.", {"CHL", "PER"}),
    ("The first round of talks between the Colombian government and the rebels was held in Havana "
     "last week.", {"sector:COL:GOV", "sector:REB"}),
])
def test_a_round_of_talks_between_parties_is_theirs(real_nlp, text, actors):
    talks = event_with(dated_events(real_nlp, text, PUB), "round")
    assert set(talks.actors) == actors, listed([talks])


def test_a_round_of_talks_with_a_party_has_it_as_partner(real_nlp):
    text = "Mr Boric made the remarks during the second round of talks with Peruvian President Dina Boluarte."
    talks = event_with(dated_events(real_nlp, text, PUB), "round")
    assert "person:dina-boluarte" in talks.actors + talks.targets, listed([talks])


@pytest.mark.parametrize("text, actors", [
    # no parties named after the act noun: the host and those who hold them stay
    ("Chile has hosted several rounds of talks on the border dispute since 2019.", {"CHL"}),
    ("Chile and Peru held a second round of talks in Lima last week.", {"CHL", "PER"}),
])
def test_other_rounds_keep_their_parties(real_nlp, text, actors):
    talks = event_with(dated_events(real_nlp, text, PUB), "round")
    assert set(talks.actors) == actors, listed([talks])
