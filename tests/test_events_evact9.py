"""Every doer of a coordinated subject, added where the parse and the story give it (audit/README.md,
criteria: an event is wrong when a doer the sentence names is missing):

- a "their" bound to a coordinated subject is every member's ("Iran and Russia voiced their
  support": both states, ``event_cosubjects.joint_owner``);
- a bare surname coordinated with a doer already taken is the one person the story names with
  that surname, though the parse tagged it as no person ("Khaji and Bagdanov called for ...",
  ``event_surnames.named_person``);
- the officials "of Iran and Armenia" are both states', not only the first's, where the
  dictionary's phrase ends with the first (``event_cosubjects.listed_after``).

Controls: a single subject keeps its "its"; a surname two persons of the story share, or no person
of the story bears, adds no one; a state's officials stay its own. Sentences written for these
tests (real parses, the full pipeline). An act of one side toward the other ("Brazil is willing to
cooperate with Chile") is not merged with their joint act ("Brazil and Chile should deepen their
cooperation"), which would make the other side a doer of the offer (`event_merge.compatible`)."""

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
    ("Brazil has voiced its support for the truce in Sudan.", "support", {"BRA"}),
])
def test_their_of_a_coordinated_subject_is_every_member(real_nlp, text, trigger, actors):
    parties = _parties(real_nlp, text)
    assert trigger in parties, parties
    assert set(parties[trigger][0]) == actors, parties


@pytest.mark.parametrize("text", [
    ("Russian envoy Mikhail Bagdanov arrived in Tehran on Sunday. Ali Asghar Khaji is Iran's senior "
     "envoy for Syria. Khaji and Bagdanov also called for a ceasefire in Yemen."),
    ("Iranian Deputy Foreign Minister Ali Asghar Khaji met Russian envoy Mikhail Bagdanov in Moscow on "
     "Monday. Khaji and Bagdanov called for an end to the war in Yemen."),
])
def test_a_surname_beside_a_doer_is_the_person_the_story_names(real_nlp, text):
    parties = _parties(real_nlp, text)
    assert "called for" in parties, parties
    assert set(parties["called for"][0]) == {"person:ali-asghar-khaji", "person:mikhail-bagdanov"}, parties


def test_a_surname_two_persons_share_adds_no_one(real_nlp):
    parties = _parties(real_nlp, (
        "Russian envoy Mikhail Bagdanov arrived in Tehran on Sunday. Ali Asghar Khaji is Iran's senior "
        "envoy for Syria, and Mina Khaji is a lawyer. Khaji and Bagdanov also called for a ceasefire "
        "in Yemen."))
    assert "called for" in parties, parties
    assert "person:mina-khaji" not in parties["called for"][0], parties
    assert "person:ali-asghar-khaji" not in parties["called for"][0], parties


@pytest.mark.parametrize(("text", "actors"), [
    ("The transport officials of Iran and Armenia met in Yerevan to renew transit ties.",
     {"sector:IRN:GOV", "ARM"}),
    ("Senior energy officials of Qatar and Oman met on Tuesday in Doha.", {"sector:QAT:GOV", "OMN"}),
    ("Russian officials met the delegation in Moscow on Tuesday.", {"sector:RUS:GOV"}),
])
def test_officials_of_two_states_are_both_states(real_nlp, text, actors):
    parties = _parties(real_nlp, text)
    assert "met" in parties, parties
    assert set(parties["met"][0]) == actors, parties


def test_a_joint_act_does_not_fold_one_sides_offer_into_itself(real_nlp):
    events = dated_events(real_nlp, (
        "The minister said that Brazil is willing to cooperate with Chile on energy. He added that Brazil "
        "and Chile should deepen their cooperation in mining. Chile is prepared to cooperate with Brazil "
        "on trade, its minister said."), PUB)
    sides = {(e.trigger.text, e.actors, e.targets) for e in events}
    assert ("cooperate", ("BRA",), ("CHL",)) in sides, sides
    assert ("cooperate", ("CHL",), ("BRA",)) in sides, sides
    assert ("cooperation", ("BRA", "CHL"), ()) in sides, sides


def test_a_surname_no_person_of_the_story_bears_adds_no_one(real_nlp):
    parties = _parties(real_nlp, "Kazakh Foreign Minister Yerlan Karin arrived in Baku on Monday. Karin and "
                                 "Aliyev agreed to expand trade.")
    assert "agreed" in parties, parties
    assert parties["agreed"][0] == ("person:yerlan-karin",), parties
