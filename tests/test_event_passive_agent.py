"""A passive that names its doer (turn 13, evsup15): "talks ..., backed by the three big donors"
was done by the donors, so when the by-phrase names no party the dictionary knows, the event has
no doer rather than borrowing the subject of the clause it hangs on ("Norway has hosted talks").
Backing whose doer is a law backs no party ("schemes backed by EU regulations"). Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _actors(nlp, text: str, trigger: str) -> list[tuple[str, ...]]:
    return [e.actors for e in dated_events(nlp, text, PUB) if e.trigger.text == trigger]


def test_an_unknown_agent_is_not_replaced_by_the_governing_subject(real_nlp):
    text = ("Norway has hosted several rounds of talks on Sudan since 2019, backed by the three big "
            "donors, most of which involved delegations from both sides.")
    assert all("NOR" not in a for a in _actors(real_nlp, text, "backed")), text


def test_a_known_agent_is_the_doer(real_nlp):
    text = "Norway has hosted several rounds of talks on Sudan since 2019, backed by Britain and France."
    assert _actors(real_nlp, text, "backed") == [("GBR", "FRA")]


def test_a_participle_without_agent_still_borrows_its_subject(real_nlp):
    # no by-phrase: the participle's doer is the subject it hangs on
    text = "Kenya hosted the talks on Monday, praising the African Union's plan for Somalia."
    assert _actors(real_nlp, text, "praising") == [("KEN",)]


def test_backing_by_a_law_backs_no_party(real_nlp):
    text = "Both programmes are run by the Consumers Association and backed by EU regulations on data."
    assert not _actors(real_nlp, text, "backed")


def test_backing_by_a_body_stays(real_nlp):
    text = "The plan was backed by the European Union on Monday."
    assert _actors(real_nlp, text, "backed") == [("EU",)]
