"""Eventness, turn 16 (model-marked: real parses, except the unit checks). The sentences are
written for these tests, not taken from any corpus or gold file.

A story that leans to sport or entertainment stays political when it names a person who holds a
state's office. A club's "finance director" holds none: a role that is not private counts only
with a state or a body the actor dictionary knows, not with a club or a firm that only the NER
found."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

from sitroom.components.event_domain import state_official
from sitroom.model import EntityRef

PUB = "2024-03-01"

_CLUB_SEASON = " said the league season had been hard on the stadium budget. "
_CHAIRMAN = "Ken Marsh stepped down as the club's chairman in March after the takeover."


def _triggered(events, category, *stems):
    return [e for e in of_type(events, category) if e.trigger.text.lower().startswith(stems)]


def _person(**kw):
    return EntityRef(id="person:ann-todd", name="Ann Todd", kind="person", **kw)


def test_a_role_at_a_body_the_dictionary_does_not_know_is_no_state_office():
    assert not state_official(_person(role="former finance director", affiliation="org:harwood-rovers"))
    # controls: a body the dictionary knows, or a state
    assert state_official(_person(role="spokeswoman", affiliation="RUS"))
    assert state_official(_person(role="sports minister", country="GBR"))
    assert not state_official(_person(role="chief executive", country="GBR"))  # a private role


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ann Todd, former finance director of Harwood Rovers," + _CLUB_SEASON + _CHAIRMAN,
    "Harwood Rovers finance director Ann Todd" + _CLUB_SEASON + _CHAIRMAN,
])
def test_a_clubs_director_does_not_keep_a_sports_story_political(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "RETREAT", "step"), listed(events)


@pytest.mark.model
def test_a_state_official_keeps_a_sports_story_political(real_nlp):
    text = "Britain's sports minister, Ann Todd," + _CLUB_SEASON + _CHAIRMAN
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "RETREAT", "step"), listed(events)
