"""Parties and status (audit/README.md, criteria: the status fits; every actor shown is a party
to that act in that role). Turn 25, evact4:

- a verb of keeping oneself from an act negates the act it governs, as "refuse" does ("avoided
  meeting the envoy", "has shunned imposing sanctions", "eschews criticizing Beijing");
- the object of a fronted clause whose verb the parse misread is not the main verb's subject
  ("While Qatar and Oman back President Maduro, Colombia demands ...": Colombia, not Maduro);
- a country's states and provinces acting are their own authorities, not the country ("several
  Mexican states sued ...": not Mexico);
- what a refusal waits for in a present "until" clause is a case, not a refused act ("refused to
  negotiate until Washington lifts the embargo": the lifting is hypothetical, not negated).

Controls: the same acts done, an avoiding verb that governs no act of the party, a fronted clause
with its own object, a country's authorities and a body's member states keep their parties.
Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(events, word: str):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word"), [
    ("The Chinese premier avoided meeting the Dalai Lama during his visit to Paris.", "meeting"),
    ("Japan has so far shunned imposing sanctions on Moscow over the annexation.", "imposing"),
    ("Since the border clash, India has avoided criticizing Beijing in public.", "criticizing"),
])
def test_an_avoided_act_is_negated(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and all(e.status == "negated" for e in found), listed(events)


@pytest.mark.parametrize(("text", "word"), [
    ("The Chinese premier met the Dalai Lama during his visit to Paris.", "met"),
    ("Japan met the envoy in Tokyo on Monday to avoid a crisis.", "met"),
    ("Japan imposed sanctions on Moscow over the annexation.", "imposed"),
])
def test_acts_done_stay_occurred(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and found[0].status == "occurred", listed(events)


@pytest.mark.parametrize("text", [
    # the parse hangs "While" and both clauses' subjects on "demands"
    "While Cuba and Bolivia back Venezuelan President Nicolas Maduro, Brazil demands his resignation.",
    # a control: parsed right, "back" with its object
    "While Qatar and Oman back President Nicolas Maduro, Brazil demands his resignation.",
])
def test_a_fronted_clause_is_not_the_doer(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, "demands")
    assert found and found[0].actors and all("BRA" in a for a in found[0].actors), listed(events)


@pytest.mark.parametrize(("text", "word", "doers"), [
    ("As the talks ended, Iran, Russia and Turkey agreed to meet again in Astana.", "agreed",
     ("IRN", "RUS", "TUR")),
    ("While Qatar backs Maduro, Colombia demands that he steps down.", "demands", ("COL",)),
])
def test_subjects_after_a_fronted_clause_stay(real_nlp, text, word, doers):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and all(any(d in a for a in found[0].actors) for d in doers), listed(events)


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Several Mexican states sued the federal government over the water plan.", "sued", "MEX"),
    ("Some Canadian provinces banned imports of the pesticide last year.", "banned", "CAN"),
])
def test_a_countrys_states_are_not_the_country(real_nlp, text, word, country):
    events = dated_events(real_nlp, text, PUB)
    assert not any(country in a for e in _with(events, word) for a in e.actors), listed(events)


@pytest.mark.parametrize(("text", "word", "doer"), [
    ("Canadian authorities banned imports of the pesticide last year.", "banned", "CAN"),
    ("EU member states condemned the attack on the embassy on Monday.", "condemned", "EU"),
])
def test_authorities_and_member_states_keep_their_party(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and any(doer in a for a in found[0].actors), listed(events)


@pytest.mark.parametrize(("text", "word"), [
    ("Cuba has refused to negotiate until Washington lifts the embargo.", "lifts"),
    ("Pyongyang has refused talks with Seoul until the south ends its drills and lift the curfew.",
     "lift"),
])
def test_what_a_refusal_waits_for_is_a_case(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and all(e.status == "hypothetical" for e in found), listed(events)


@pytest.mark.parametrize(("text", "word", "status"), [
    # the refused act itself stays refused
    ("Russia has refused to withdraw its troops until the talks begin.", "withdraw", "negated"),
    # in the past the awaited act may have come
    ("The talks went on until Iran walked out.", "walked out", None),
])
def test_refused_acts_stay_negated(real_nlp, text, word, status):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert all(e.status != "hypothetical" for e in found) and (
        status is None or (found and found[0].status == status)), listed(events)


@pytest.mark.parametrize(("text", "word"), [
    ("The European Union has shunned the U.S. withdrawal from the nuclear deal.", "withdrawal"),
    ("Several allies avoided Washington's sanctions on the Iranian oil trade.", "sanctions"),
])
def test_another_partys_act_that_is_shunned_took_place(real_nlp, text, word):
    """(coordinator, from the hand audit's check of changed facts) the avoiding verbs negate only
    the shunner's own act: an act noun that names its own doer took place."""
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and all(e.status != "negated" for e in found), listed(events)
