"""Who did what, turn 19 (evact31): an act nested under another of its kind hands its parties to
the governing act only when that act names no doer of its own. A main verb whose subject (or
"by" agent) is a common noun or a speaker's "we" has its doer: the parties of a noun it cites or
of a clause beside it are not its doers. Controls: a governing verb with no named doer (a
passive telling how someone was killed) and one whose own subject is the party keep them
(model-parsed sentences written for these tests, hand-marked actors)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _doers(text: str, word: str, **actors: str) -> tuple[str, ...]:
    events = coded(text, actors=actors, published=PUB)
    return event_with(events, word).actors


def test_a_cited_noun_s_parties_are_not_the_officials_doing():
    text = "Citing opposition by Norway and Sweden, European officials ruled out the plan on Monday."
    doers = _doers(text, "ruled", Norway="NOR", Sweden="SWE")
    assert "NOR" not in doers and "SWE" not in doers


def test_another_clause_s_doer_is_not_the_subject_s():
    text = ("The talks come a week after a hardline group called off nationwide protests after "
            "the government met its demand that the minister resign.")
    assert "GOV" not in _doers(text, "called", government="GOV")


def test_a_named_agent_keeps_a_clause_s_doer_out():
    text = "But as Larsen criticises this cabinet, Hume has been criticised by most later writers."
    assert "person:larsen" not in _doers(text, "criticised", Larsen="person:larsen")


def test_we_is_the_doer_not_the_if_clause_s_party():
    text = ("\u201cIf Norway can work with Sweden after that quarrel, we can certainly cooperate with "
            "the Danes to end the dispute,\u201d the envoy said.")
    assert "NOR" not in _doers(text, "cooperate", Norway="NOR", Sweden="SWE")


def test_controls_a_passive_without_agent_and_a_party_subject_keep_the_doers():
    # control: "was killed when a drone fired missiles": the drone's state did the killing
    text = "The colonel was killed when a Norwegian drone fired missiles into his convoy on Monday."
    assert _doers(text, "killed", Norwegian="NOR") == ("NOR",)
    # control: the party is the main verb's own subject
    text = "Norway ruled out the plan on Monday, citing opposition at home."
    assert _doers(text, "ruled", Norway="NOR") == ("NOR",)


def test_control_a_subject_naming_the_parties_together_keeps_the_clause_s_doer():
    # control: "the pair" may hold the one who toured: he stays a doer of the meeting
    text = "The pair met on the platform at Bergen station as Mr Lund toured the region on Monday."
    assert "person:lund" in _doers(text, "met", **{"Mr Lund": "person:lund"})
