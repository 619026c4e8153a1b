"""Event status, turn 18 (evst25): the act a "that"-clause of a request noun asks for ("the
demand that Warsaw withdraw its troops") is only asked for; what is ruled out is kept from
happening ("ruled out a withdrawal"), and left open when the ruling out is denied ("has not ruled
out a strike"). Each rule with its controls; real parses, the full pipeline, sentences written
for these tests."""

from __future__ import annotations

import pytest

from events_support import dated_events, status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


def _statuses(nlp, text: str, word: str) -> list[str]:
    """The statuses of the events whose trigger contains ``word`` (none when the act is not coded)."""
    return [e.status for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize("text, word", [
    ("Tallinn repeated its demand that Riga release the detained sailors.", "release"),
    ("The minister rejected Oslo's demand that Stockholm withdraw its troops from the border.",
     "withdraw"),
    # the parse may hang the clause on the verb after a comma, or take it for a relative clause
    ("Quito slammed Lima's recent demands, that Ecuador send its troops back to their bases.",
     "troops"),
    ("The ministry denounced the calls that Chile withdraw its forces from the island.",
     "withdraw"),
])
def test_what_a_request_noun_asks_for_did_not_happen(real_nlp, text, word):
    assert "occurred" not in _statuses(real_nlp, text, word)


@pytest.mark.parametrize("text, word, expected", [
    # a demand that was met: the act it asked for was done
    ("The rebels met the army's demand that they release the hostages.", "release", "occurred"),
    # a report is no request: what it says stays reported
    ("The ministry denounced the report that Chile withdrew its forces from the island.",
     "withdrew", "occurred"),
    # a relative clause on a request noun tells of the request, not of what it asks
    ("Officials discussed the demands that protesters voiced during the siege of the ministry.",
     "siege", "occurred"),
])
def test_requests_met_reports_and_relative_clauses(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Oslo ruled out a withdrawal of its troops from the mission.", "withdrawal", "negated"),
    ("The foreign minister ruled out renegotiating or launching new talks on the accord.",
     "talks", "negated"),
    ("Quito ruled out any talks with the rebels.", "talks", "negated"),
    # a ruling out that is denied leaves the act possible
    ("Officials have not ruled out a military strike on the facility.", "strike", "hypothetical"),
])
def test_what_is_ruled_out_did_not_happen(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # the parse takes a clause's subject for the object of "rule out": the act is not ruled out
    ("Many pundits rule out U.S. withdrawal from Afghanistan put an end to the war.",
     "withdrawal", "occurred"),
    # a ruling out denied is itself negated: only what it governs is left open
    ("The minister did not rule out new curbs on imports.", "rule out", "negated"),
    # "rule" without "out" keeps nothing from happening
    ("The junta ruled the province for a decade after the invasion.", "invasion", "occurred"),
])
def test_rule_without_ruling_out(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    # a speech act a first-person speaker names behind a hedge is performed
    ("Once again I need to thank the government of Peru for its hospitality, Lopez said.",
     "thank"),
    ("I can promise you that I will be working on these issues when I get to Quito, Ruiz said.",
     "promise"),
    ("I would like to thank the government of Chile for its help, the minister said.", "thank"),
    ("Let me congratulate the people of Chile on their election.", "congratulate"),
])
def test_a_hedged_performative_is_performed(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # denied: not performed
    ("I cannot promise you that the talks with Peru will succeed, Ruiz said.", "promise",
     "negated"),
    # a third party's wish or a past one is no performance
    ("The minister wants to thank the government of Peru for its hospitality.", "thank",
     "hypothetical"),
    ("I wanted to thank the government of Peru, but the envoy had left.", "thank",
     "hypothetical"),
    # in a clause of condition (asked, "Can I promise ...?", it reports no act: event_unreported.py)
    ("If I can thank the government of Peru in person, I will fly to Lima, the senator said.",
     "thank", "hypothetical"),
])
def test_hedges_that_perform_nothing(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a pullout of forces a party announces lies ahead
    ("Although the president of Chile announced the partial withdrawal of Chilean forces recently, "
     "about 700 soldiers remain on the border.", "withdrawal", "planned"),
    ("Late last year, Lima had announced the withdrawal of 3,000 troops from the border, a "
     "decision that surprised Quito.", "withdrawal", "planned"),
    # controls: a withdrawal from a pact is done by announcing it; one effective at once is done;
    # a resignation announced mostly is one made; a withdrawal completed took place
    ("Peru announced a partial withdrawal from some clauses of the trade pact.", "withdrawal",
     "occurred"),
    ("The general announced the withdrawal of the brigade, effective immediately.", "withdrawal",
     "occurred"),
    ("Senator Ruiz announced his resignation on Thursday after facing a series of allegations.",
     "resignation", "occurred"),
    ("The army completed the withdrawal of its troops from the border.", "withdrawal", "occurred"),
])
def test_an_announced_pullout_lies_ahead(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
