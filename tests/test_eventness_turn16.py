"""Eventness, turn 16 (model-marked: real parses, except the unit checks). The sentences are
written for these tests, not taken from any corpus or gold file.

A story that leans to sport or entertainment stays political when it names a person who holds a
state's office. A club's "finance director" holds none: a role that is not private counts only
with a state or a body the actor dictionary knows, not with a club or a firm that only the NER
found.

An entertainment story that leans (three distinct cue words) may name a country where its show is
filmed or its band formed: that country no longer keeps the whole story political
(``lean_kinds``), nor do students it names ("met as students at a university"), while an event
the country or the students themselves act in is kept."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

from sitroom.components.event_domain import DomainError, domains, load, state_official
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


# -- an entertainment story that names a country still leans (`lean_kinds`) -----------------------

_SHOW = ("The celebrity show returns to Australian television next week, filmed again in a "
         "Queensland rainforest. ")


@pytest.mark.model
def test_a_country_named_in_an_entertainment_story_does_not_keep_its_career_talk(real_nlp):
    # where a show is filmed names a country: a contestant quitting the show is no retreat
    text = _SHOW + "Last year the singer Tom Reed quit as a contestant after a row with a fellow guest."
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "RETREAT", "quit"), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category, stem", [
    # the country acts in the event: the event stays
    (_SHOW + "Australia's government asked the network to cancel the show.", "REQUEST", "ask"),
    # no leaning story around the sentence: a resignation is reported
    ("Last year the singer Tom Reed quit as the party's treasurer after a row with a fellow member.",
     "RETREAT", "quit"),
])
def test_a_countrys_act_or_a_story_that_does_not_lean_keeps_the_event(real_nlp, text, category, stem):
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, category, stem), listed(events)


_ALBUM = "The band's new album and its concert film reach the shops in May. "


@pytest.mark.model
def test_students_named_in_an_entertainment_story_do_not_keep_its_career_talk(real_nlp):
    text = _ALBUM + "The band formed when Tom Reed and Ann Vale met as students at Harwood University in 2001."
    events = dated_events(real_nlp, text, PUB)
    assert not _triggered(events, "CONSULT", "met"), listed(events)


@pytest.mark.model
def test_the_students_own_act_in_an_entertainment_story_is_kept(real_nlp):
    text = _ALBUM + "Students at Harwood University asked the singer to play a free concert."
    events = dated_events(real_nlp, text, PUB)
    assert _triggered(events, "REQUEST", "ask"), listed(events)


def test_lean_kinds_are_read_and_validated():
    assert domains()["entertainment"].lean_kinds == frozenset({"country", "EDU", "CVL"})
    assert domains()["sport"].lean_kinds == frozenset({"EDU", "CVL"})  # a country is a team there
    base = "domains:\n  show:\n    min_cues: 2\n    doc_min_cues: 6\n    lean_cues: 3\n    words: [film]\n"
    assert load(base)["show"].lean_kinds == frozenset()
    with pytest.raises(DomainError, match="lean_kinds"):
        load(base + "    lean_kinds: country\n")
