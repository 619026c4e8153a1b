"""Every doer of a coordinated subject (audit/README.md, criteria: an event is wrong when the doer
the sentence names is missing). A "their" bound to a coordinated subject is every member's
("Iran and Russia voiced their support": both states, event_plurals.joint_owner); a coordinated
subject one of whose members is a name the dictionary does not know yields no event with only the
other doer ("Khaji and Bogdanov held talks", event_cosubjects). Controls: a single subject keeps
its "its"/"their", a coordination of known parties keeps both. Sentences written for these tests
(real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _parties(nlp, text: str) -> dict[str, tuple]:
    return {e.trigger.text: (e.actors, e.targets) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Brazil and Argentina have voiced their support for the truce in Sudan.", "support", {"BRA", "ARG"}),
    ("Japan and India expressed their opposition to the draft resolution.", "opposition", {"JPN", "IND"}),
    ("Egypt and Jordan have stepped up their military cooperation this year.", "cooperation",
     {"EGY", "JOR"}),
])
def test_their_of_a_coordinated_subject_is_every_member(real_nlp, text, trigger, actors):
    parties = _parties(real_nlp, text)
    assert trigger in parties, parties
    assert set(parties[trigger][0]) == actors, parties


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Brazil has voiced its support for the truce in Sudan.", "support", {"BRA"}),
    ("Japan expressed its opposition to the draft resolution.", "opposition", {"JPN"}),
])
def test_its_of_a_single_subject_keeps_its_owner(real_nlp, text, trigger, actors):
    parties = _parties(real_nlp, text)
    assert trigger in parties, parties
    assert set(parties[trigger][0]) == actors, parties


@pytest.mark.parametrize(("text", "trigger"), [
    ("Deputy Foreign Minister Sergei Ryabkov arrived in Ankara on Monday. Kerimov and Ryabkov held "
     "talks over the situation in Libya.", "held talks"),
    ("China and Europe support the implementation of the Paris climate accord.", "support"),
])
def test_a_coordinated_subject_with_an_unknown_name_is_no_event_of_the_other(real_nlp, text, trigger):
    parties = _parties(real_nlp, text)
    assert trigger not in parties, parties


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("Iran and Russia signed the treaty on Monday.", "signed", {"IRN", "RUS"}),
    ("France and Germany held talks on the crisis in Mali.", "held talks", {"FRA", "DEU"}),
])
def test_a_coordination_of_known_parties_keeps_both(real_nlp, text, trigger, actors):
    parties = _parties(real_nlp, text)
    assert trigger in parties, parties
    assert set(parties[trigger][0]) == actors, parties
