"""Gate: event categories on a spread-out subset of the PLOVER GSR and CASE 2021 (model-marked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.eval.events import CASE_TO_PLOVER, GSR_TO_PLOVER, evaluate, report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_label_maps_only_name_plover_categories():
    from sitroom.components.event_lexicon import CATEGORIES

    assert set(GSR_TO_PLOVER.values()) <= CATEGORIES and set(CASE_TO_PLOVER.values()) <= CATEGORIES


@pytest.mark.model
def test_event_category_floor():
    if not (SHARED / "eval" / "events").exists():
        pytest.skip("../shared/eval not present: no event gold data")
    result = evaluate(SHARED, limit=80)
    text = report(result)
    gsr, case = result["plover_gsr"], result["case2021"]
    # measured on these subsets: see docs/accuracy-events.md; floors sit a few points below
    assert gsr["accuracy"] >= FLOORS["gsr_accuracy"], text
    assert gsr["coverage"] >= FLOORS["gsr_coverage"], text
    assert case["accuracy"] >= FLOORS["case_accuracy"], text


FLOORS = {"gsr_accuracy": 75.0, "gsr_coverage": 94.0, "case_accuracy": 55.0}
