"""Figures that mean something (turn 22, qtweb1): bare counts that tell nothing are dropped, and an
event's counts come from its own sentence, not from a mention merged from another one."""

from __future__ import annotations

import pytest


def _counts(nlp, text: str) -> list[tuple[str, float]]:
    doc = nlp(text)
    return [(q._.quantity.text, q._.quantity.value) for q in doc.spans["quantities"] if q._.quantity.kind == "count"]


def _event_counts(nlp, text: str) -> dict[str, list[tuple[str, float, str]]]:
    out: dict[str, list[tuple[str, float, str]]] = {}
    doc = nlp(text)
    for span in doc.spans["events"]:
        ev = span._.event
        out.setdefault(ev.trigger.text, []).extend((c.kind, c.value, c.text) for c in ev.counts)
    return out


@pytest.mark.model
@pytest.mark.parametrize("text, bare", [
    ("The Hornets (4-7, 2-5) travel to Denver next week.", [4, 2]),  # win-loss records
    ("| 12 | Dana Whitfield | 3410 | 2 |", [12, 3410, 2]),  # a text table's cells
    ("3. Drink a glass of water before each meal", [3]),  # a list marker
    ("Earlier studies found the same pattern in older adults (2, 7).", [2, 7]),  # citations
    ("Brannigan, 37, of Toledo, said he will take any job.", [37]),  # an age the parse missed
    ("At 16, she moved to Chicago, where she studied piano.", [16]),
    ("Lopez won the second set 6-4 after losing the first 3-6.", [6, 3]),  # set scores
])
def test_bare_counts_dropped(real_nlp, text, bare):
    found = [v for _, v in _counts(real_nlp, text)]
    assert not set(bare) & set(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Applications for the program reached 452,318 this year.", "452,318"),  # a large bare figure
    ("The carmaker hopes to sell 80,000 in Asia by 2026.", "80,000"),
    ("The attack killed 14 and wounded 30.", "14"),  # a toll keeps its bare number
    ("Gunmen killed 9 villagers near the border.", "9"),  # counted
    ("Police detained about 40 outside the court.", "about 40"),  # hedged
    ("The Tigers beat the Bulldogs 27-13 in front of 48,000 fans.", "48,000"),
    ("Senators voted 62-37 to confirm the nominee.", "62"),  # a vote's tally
])
def test_meaningful_counts_kept(real_nlp, text, kept):
    assert kept in [t for t, _ in _counts(real_nlp, text)]


@pytest.mark.model
def test_request_takes_no_troops_from_another_sentence(real_nlp):
    text = ("Governor Ellis urged the evacuation of 20,000 coastal residents. "
            "Ellis said she also asked for 3,000 more National Guard troops.")
    assert ("troops", 3000.0, "3,000") not in _event_counts(real_nlp, text).get("urged", [])


@pytest.mark.model
def test_attack_takes_no_troops_from_another_battle(real_nlp):
    text = ("Rebels attacked Ukrainian and Polish soldiers in the border region on Sunday. "
            "In an earlier battle, 35 Polish soldiers were attacked by nearly 300 rebel fighters.")
    assert _event_counts(real_nlp, text).get("attacked", []) == []


@pytest.mark.model
def test_own_sentence_counts_kept(real_nlp):
    text = ("Rebels attacked an army base in Kunar on Sunday, killing 12 soldiers. "
            "Officials said the rebels attacked the base at dawn.")
    kinds = {(k, v) for cs in _event_counts(real_nlp, text).values() for k, v, _ in cs}
    assert ("killed", 12.0) in kinds
