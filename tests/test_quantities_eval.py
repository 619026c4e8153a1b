"""CQE-style scoring on constructed cases, and a NewsQuant gate with a floor under the measured figures."""

from __future__ import annotations

import pytest
from conftest import need_shared

from sitroom.eval.quantities import report, score, to_cqe
from sitroom.model import Quantity

# measured on the first 200 NewsQuant sentences, scored from the export: value F1 92.4, value+unit F1 79.6
FLOOR_VALUE, FLOOR_UNIT = 87.0, 73.0


def test_score_matches_value_then_unit_and_consumes_predictions():
    gold = [{"value": "6.0", "normalized_unit": "dollar", "change": "="},
            {"value": "252.0-287.0", "normalized_unit": "mile", "change": "="}]
    preds = [{"value": 6.0, "normalized_unit": "dollar", "change": "="},
             {"value": (252.0, 287.0), "normalized_unit": "kilometre", "change": "~"}]
    r = score([(gold, preds)])
    assert r["value"]["F1"] == 100.0 and r["value+unit"]["F1"] == 50.0 and r["value+change"]["F1"] == 50.0


def test_score_range_does_not_match_single_value():
    r = score([([{"value": "5-10", "normalized_unit": "-"}], [{"value": 5.0, "normalized_unit": "-"}])])
    assert r["value"]["F1"] == 0.0


def test_to_cqe_uses_written_value_unit_and_counted():
    q = Quantity(0, 5, "x", 1303.0, "km", kind="length", written_value=800.0, written_unit="mile")
    assert to_cqe(q)["value"] == 800.0 and to_cqe(q)["normalized_unit"] == "mile"
    q = Quantity(0, 5, "x", 7000.0, "count", counted="soldier", approximate=True, change="~")
    assert to_cqe(q) == {"value": 7000.0, "normalized_unit": "soldier", "change": "~"}
    q = Quantity(0, 5, "x", 5.0, "km", kind="length", written_value=5.0, written_unit="kilometre", high=10.0)
    assert to_cqe(q)["value"] == (5.0, 10.0)


@pytest.mark.model
@pytest.mark.shared
def test_newsquant_gate():
    from pathlib import Path

    from sitroom.eval.quantities import evaluate_newsquant

    shared = need_shared("eval", "quantities", "newsquant")
    nq = evaluate_newsquant(Path(shared).parents[2], limit=200)
    assert nq["value"]["F1"] >= FLOOR_VALUE and nq["value+unit"]["F1"] >= FLOOR_UNIT
    assert "CQE" in report({"NewsQuant": nq})



def test_a_figure_that_moved_is_scored_as_newsquant_writes_a_move():
    from sitroom.model import Figure

    q = Quantity(0, 10, "from 4 to 3 percent", 3.0, "%", kind="percent", written_value=3.0,
                 written_unit="percentage", forms=(Figure(3.0, "percentage", None, "4 to 3 percent", 4.0),))
    assert to_cqe(q)["value"] == (4.0, 3.0)
