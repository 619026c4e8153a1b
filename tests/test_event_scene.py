"""A city named before an incident noun is where it happened, not who did it (model-marked:
the full pipeline on sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _events(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    return [s._.event for s in nlp(doc).spans["events"]]


@pytest.mark.parametrize("text", [
    "The Berlin truck attack killed 12 people in December.",
    "The Kabul bombing killed 40 people on Monday.",
    "Officials said the Ankara blast wounded dozens of commuters.",
])
def test_a_capital_before_an_incident_noun_is_no_doer(real_nlp, text):
    for ev in _events(real_nlp, text):
        assert not ev.actors, (ev.type, ev.trigger.text, ev.actors)


def test_a_demonym_before_the_attack_keeps_its_doer(real_nlp):
    events = _events(real_nlp, "The Russian attack on the port destroyed two ships.")
    assert any("RUS" in ev.actors for ev in events), [(e.type, e.actors) for e in events]


def test_a_capital_that_acts_is_still_its_government(real_nlp):
    events = _events(real_nlp, "Berlin imposed sanctions on Moscow on Monday.")
    assert any("DEU" in ev.actors for ev in events), [(e.type, e.actors) for e in events]
