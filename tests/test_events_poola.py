"""An act someone is urged, asked, told or warned not to do is asked against, not reported undone:
"urged the FBI not to investigate him" says nothing of whether the FBI investigated, as "urged the
FBI to investigate him" does not (event_mood_directive). Controls: a subject that settles its own
act ("decided not to withdraw"), a negated request ("did not urge them to attack") and a plain
negation stay negated. Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _statuses(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger.text: (plover_code(e), e.status) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "act"), [
    ("The senator urged the police chief not to investigate his former aide.", "investigate"),
    ("Germany and France have been urging Washington not to pull out of the treaty.", "pull out"),
    ("The council asked Ankara not to attack the Kurdish town.", "attack"),
    ("The foreign minister warned Moscow not to invade its neighbour.", "invade"),
])
def test_an_act_asked_against_is_not_reported_undone(real_nlp, text, act):
    codes = _statuses(real_nlp, text)
    assert codes.get(act, (None, None))[1] != "negated", codes


@pytest.mark.parametrize(("text", "act"), [
    ("Kenya decided not to withdraw its troops from Somalia.", "withdraw"),
    ("The police chief did not investigate his former aide.", "investigate"),
    ("The envoy did not urge the rebels to attack the town.", "urge"),
    ("The board voted not to impose sanctions on the firm.", "impose"),
])
def test_an_act_left_undone_stays_negated(real_nlp, text, act):
    codes = _statuses(real_nlp, text)
    assert codes.get(act, (None, None))[1] == "negated", codes


@pytest.mark.parametrize(("text", "act"), [
    ("Officials told the rebels not to attack the town.", "attack"),
    ("Washington wants Israel not to strike the Iranian reactor.", "strike"),
])
def test_an_act_asked_against_is_no_threat_of_the_one_asked(real_nlp, text, act):
    # with no request event to carry it, the act is not shown on its own (as a threat or an
    # undone attack by the party asked)
    codes = _statuses(real_nlp, text)
    assert act not in codes, codes


@pytest.mark.parametrize(("text", "act", "code"), [
    ("The president has ordered the call-up of 15,000 reservists to guard the frontier, after more "
     "than 800 Afghan soldiers have fled the border due to an offensive by Taliban fighters.",
     "offensive", "ASSAULT"),
    ("The board did not manage to adopt the resolution on Wednesday due to opposition by Russia "
     "and Cuba.", "opposition", "REJECT"),
])
def test_an_act_given_as_a_cause_took_place(real_nlp, text, act, code):
    codes = _statuses(real_nlp, text)
    assert codes.get(act) == (code, "occurred"), codes


@pytest.mark.parametrize(("text", "act", "status"), [
    ("The government will impose a curfew because of possible protests.", "protests", "hypothetical"),
    ("The talks are due to resume next week.", "talks", "planned"),
])
def test_a_cause_in_doubt_or_a_due_date_is_not_taken_as_done(real_nlp, text, act, status):
    codes = _statuses(real_nlp, text)
    assert codes.get(act, (None, None))[1] == status, codes
