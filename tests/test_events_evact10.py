"""Parties taken from the wrong side of a construction (audit/README.md, criteria: every actor
shown is a party to the act in that role):

- whom a verb of appointing names "to lead" an inquiry leads it, even where the parse reads the
  one named as a predicate ("chose Lisa Kerr as outside counsel to lead the inquiry":
  Kerr, not the department; ``event_clause.subjects_of``, ``appointing_verbs``);
- who only hosts talks between others lends the room and is no side of them, while who
  brokers or chairs them takes part (``event_args.CONVENE_VERBS``);
- a possessive on a demand, request or offer that the subject meets, grants or rejects is the
  one who asked, never the subject ("the cabinet met its demand": not the cabinet;
  ``event_reason_owner.answered_owner``);
- the object of a verb of using is the means of its "to" clause, not who does it ("used the
  deaths of fishermen to launch a strike": the user), unless it names a party itself
  (``event_means.means_only``).

Controls: an appointing verb whose object is no party leaves the doer as it was; named sides of
hosted talks stay its parties; "its own proposal" and a demand the subject repeats stay the
subject's. Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _parties(nlp, text: str) -> dict[str, tuple]:
    return {e.trigger.text: (e.actors, e.targets) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Last spring the Justice Department named retired judge Lisa Kerr as outside counsel to lead "
     "a new investigation.", "investigation"),
    ("The Justice Department appointed Lisa Kerr to lead the investigation into the leaks.", "investigation"),
])
def test_whom_an_appointing_verb_names_leads_the_act(real_nlp, text, trigger):
    parties = _parties(real_nlp, text)
    assert trigger in parties, parties
    assert "org:justice-department" not in parties[trigger][0], parties


def test_an_appointing_verb_keeps_its_own_act(real_nlp):
    parties = _parties(real_nlp, "The Justice Department opened an investigation into the leaks.")
    assert "investigation" in parties, parties
    assert "org:justice-department" in parties["investigation"][0], parties


def test_a_host_of_talks_between_others_is_no_side(real_nlp):
    parties = _parties(real_nlp, "The State Department will host talks between rival steel and "
                                 "aluminum makers on Friday.")
    assert not parties.get("talks", ((), ()))[0], parties


@pytest.mark.parametrize(("text", "actors"), [
    ("Norway will host talks between Peru and Chile next month.", {"PER", "CHL"}),
    ("Oman hosted a round of talks between Kenya and Somalia last week.", {"KEN", "SOM"}),
])
def test_named_sides_of_hosted_talks_stay_its_parties(real_nlp, text, actors):
    parties = _parties(real_nlp, text)
    talks = [t for t in parties if "talks" in t]
    assert talks, parties
    assert set(parties[talks[0]][0]) == actors, parties


@pytest.mark.parametrize(("text", "trigger", "not_actor"), [
    ("The students ended their strike after the cabinet met its demand that the dean resign.", "demand",
     "sector:GOV"),
    ("Peru rejected its demand for compensation over the spill.", "demand", "PER"),
])
def test_a_possessive_on_an_answered_demand_is_not_the_answerer(real_nlp, text, trigger, not_actor):
    parties = _parties(real_nlp, text)
    assert not_actor not in parties.get(trigger, ((), ()))[0], parties


@pytest.mark.parametrize("text", [
    "Peru repeated its demand for compensation over the spill.",
    "Peru renewed its call for compensation over the spill.",
])
def test_a_possessive_on_a_demand_the_subject_makes_is_the_subject(real_nlp, text):
    parties = _parties(real_nlp, text)
    found = [a for t, (actors, _) in parties.items() if t in ("demand", "call") for a in actors]
    assert "PER" in found, parties


@pytest.mark.parametrize("text", [
    "Canada used the deaths of 40 Chilean fishermen to launch a missile strike on Chile.",
    "For Canada to now use the deaths of 40 Chilean fishermen to launch a missile strike on Chile is wrong.",
])
def test_the_object_of_using_is_the_means_not_the_doer(real_nlp, text):
    parties = _parties(real_nlp, text)
    assert "strike" in parties, parties
    assert parties["strike"][0] == ("CAN",), parties


def test_a_party_used_to_act_does_the_act(real_nlp):
    parties = _parties(real_nlp, "Iran uses Hezbollah to attack Israel.")
    assert "attack" in parties, parties
    assert parties["attack"][0] == ("HEZBOLLAH",), parties



def test_who_a_party_uses_its_sway_over_is_to_act(real_nlp):
    parties = _parties(real_nlp, "Foreign Minister Ana Ruiz urged Iran to use its sway over the armed "
                                 "groups it funds to stop violating the truce.")
    assert "violating" in parties, parties
    assert "person:ana-ruiz" not in parties["violating"][0], parties


def test_a_finite_verb_the_parse_joins_to_a_used_infinitive_is_not_its_doers(real_nlp):
    parties = _parties(real_nlp, "Canada has said it will not allow Peru to use missiles to choke off oil "
                                 "shipments and offered its warships to escort Chilean tankers past the batteries.")
    assert "PER" not in parties.get("offered", ((), ()))[0], parties
