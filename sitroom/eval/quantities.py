"""Quantity extraction scored on NewsQuant with CQE's own matching (value, value+unit, value+change).

The matching re-implements `calculate_metrics` of satya77/CQE_Evaluation (evaluate_models.py):
per sentence, gold quantities sorted by normalised unit; each gold scans the predictions; a
value match (np.isclose, rtol 1e-5; ranges match only ranges) counts once per gold slot, and a
prediction whose normalised unit (lower-cased) also matches is consumed. Precision divides by
all predictions, recall by all gold. Our Quantity maps to CQE's form as documented in
docs/accuracy-quantities.md: the value as written (800 for "800 miles"; 0.25 for "a quarter"),
the unit name from units.yaml/currencies.yaml, the counted noun's lemma for counts ("-" when
nothing is counted), "year of age" for ages.
"""

from __future__ import annotations

import json
from pathlib import Path

from sitroom.model import Quantity

ANCHORS = {  # published_results_NewsQuant.tsv (CQE paper, EMNLP 2023)
    "CQE": {"value": 92.0, "value+unit": 85.6, "value+change": 88.1},
    "quantulum3": {"value": 73.0, "value+unit": 47.2},
    "GPT-3": {"value": 70.6, "value+unit": 59.1, "value+change": 51.9},
    "Recognizers-Text": {"value": 69.1, "value+unit": 34.2},
    "CCG": {"value": 57.3, "value+unit": 37.1, "value+change": 50.0},
}
DEV_SETS = ("currency-model", "dimension-model", "age-model", "temperature-model")


def to_cqe(q: Quantity | dict, counted_phrase: str | None = None) -> dict:
    """One quantity in CQE's prediction form (its first written form): value, normalized_unit, change."""
    return from_export(q, counted_phrase)[0]


def from_export(q: Quantity | dict, counted_phrase: str | None = None) -> list[dict]:
    """An exported quantity (``export`` JSON) in CQE's form: one prediction per written form.

    A conversion "seven miles (11 km)" is one quantity with two forms, and the benchmarks list
    both. The unit: the counted phrase for counts ("-" when nothing is counted), "year of age"
    (or "month of age" ...) for ages, "% <what it is a part of>" for fractions ("% -" when the
    text names nothing), else the unit name as written.
    """
    if isinstance(q, Quantity):
        from sitroom.export.contract import quantity

        q = quantity(q, "eval")
    forms = q.get("forms") or [{"value": q["written_value"] if q["written_value"] is not None else q["value"],
                                "high": _written_high(q) if q["high"] is not None else None,
                                "unit": q["written_unit"]}]
    out = []
    for f in forms:
        value: float | tuple[float, float] = f["value"] if f["high"] is None else (f["value"], f["high"])
        if f.get("previous") is not None:  # "from 4.8 to 4.7 percent": NewsQuant writes the move as a range
            value = (f["previous"], f["value"])
        if q["kind"] == "count":
            unit = "count" if q["counted"] == "time" else counted_phrase or q.get("counted_phrase") \
                or q["counted"] or "-"
        elif q["kind"] == "age":
            unit = f["unit"] if f["unit"] and f["unit"].endswith(" of age") else "year of age"
        elif f["unit"] == "fraction":  # NewsQuant names a fraction by its whole: "% US population", "% -"
            unit = "% " + (q.get("counted_phrase") or q["counted"] or "-")
        else:
            unit = f["unit"] or q["written_unit"] or q["unit"]
        out.append({"value": value, "normalized_unit": unit, "change": q["change"]})
    return out


def _written_high(q: dict) -> float:
    """The top of a range in the unit as written (inverts the unit's factor and offset)."""
    from sitroom.components.quantity_lexicon import lexicon

    unit = lexicon().units.get(q["written_unit"] or "")
    if unit is not None:
        return (q["high"] - unit.offset) / unit.factor
    written = q["written_value"] if q["written_value"] is not None else q["value"]
    return q["high"] * (written / q["value"]) if q["value"] else q["high"]


def _gold_value(raw) -> float | tuple[float, float]:
    if isinstance(raw, (int, float)):
        return float(raw)
    s = str(raw)
    if "E" not in s and not s.startswith("-") and "-" in s:
        a, b = s.split("-")[:2]
        return float(a), float(b)
    return float(s)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)


def values_match(gold, pred) -> bool:
    """CQE's values_match: ranges match ranges element-wise, single values with np.isclose."""
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    return _close(pred, gold)


def score(items: list[tuple[list[dict], list[dict]]]) -> dict:
    """CQE's calculate_metrics over (gold, predictions) pairs; returns P/R/F1 in 0-100."""
    total_gold = total_pred = ok_value = ok_unit = ok_change = 0
    for gold, preds in items:
        total_gold += len(gold)
        total_pred += len(preds)
        tags = sorted(preds, key=lambda d: d["normalized_unit"])
        slots = len(gold)
        for g in sorted(gold, key=lambda d: d["normalized_unit"]):
            gv, gu = _gold_value(g["value"]), g["normalized_unit"].lower()
            for t in tags:
                if not values_match(gv, t["value"]):
                    continue
                if slots > 0:
                    ok_value += 1
                    slots -= 1
                if "change" in g and t.get("change") == g["change"]:
                    ok_change += 1
                if t["normalized_unit"].lower() == gu:
                    ok_unit += 1
                    tags.remove(t)
                    break
    out = {"gold": float(total_gold), "predicted": float(total_pred)}
    for name, tp in (("value", ok_value), ("value+unit", ok_unit), ("value+change", ok_change)):
        p = tp / total_pred if total_pred else 0.0
        r = tp / total_gold if total_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {"P": round(100 * p, 1), "R": round(100 * r, 1), "F1": round(100 * f, 1)}
    return out


def predict(texts: list[str]) -> list[list[dict]]:
    """Run the pipeline's quantity component over sentences and score what ``export`` writes for them."""
    from sitroom.export.contract import quantity
    from sitroom.nlp import NlpOptions, build
    from sitroom.records import _records

    nlp = build(NlpOptions(components=("sitroom_quantities",)))
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        exported = [quantity(q, "eval") for q in _records(doc, "quantities")]
        out.append([t for q in exported for t in from_export(q)])
    return out


def _run(path: Path, limit: int | None) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))[:limit]
    preds = predict([d["text"] for d in data])
    return score([(d["quantities"], p) for d, p in zip(data, preds)])


def _run_quantulum(path: Path, limit: int | None) -> dict:
    """quantulum3's regression sentences, converted to CQE form ('dimensionless' counts as '-')."""
    data = json.loads(path.read_text(encoding="utf-8"))[:limit]
    preds = predict([d["req"] for d in data])
    gold = [[{"value": float(r["value"]), "normalized_unit": "-" if r["unit"] == "dimensionless" else r["unit"]}
             for r in d["res"]] for d in data]
    for p in preds:
        for t in p:
            if t["normalized_unit"] not in _unit_names():
                t["normalized_unit"] = "-"  # quantulum3 does not name counted nouns
    return score(list(zip(gold, preds)))


def _unit_names() -> set[str]:
    from sitroom.components.quantity_lexicon import lexicon

    lex = lexicon()
    return set(lex.units) | {c.name for c in lex.currencies.values()} | {"cent", "penny", "percentage"}


def evaluate_newsquant(shared: Path, limit: int | None = None) -> dict:
    """NewsQuant alone (the gate test uses it on a prefix)."""
    return _run(Path(shared) / "eval" / "quantities" / "newsquant" / "NewsQuant.json", limit)


def evaluate(shared: Path, limit: int | None = None) -> dict:
    """NewsQuant (reported) and the Recognizers-Text sets (development) under CQE's matching."""
    base = Path(shared) / "eval" / "quantities" / "newsquant"
    result = {"NewsQuant": _run(base / "NewsQuant.json", limit)}
    for name in DEV_SETS:
        if (base / f"{name}.json").exists():
            result[name] = _run(base / f"{name}.json", limit)
    q3 = Path(shared) / "eval" / "quantities" / "quantulum3_tests" / "quantities.json"
    if q3.exists():
        result["quantulum3_tests"] = _run_quantulum(q3, limit)
    return result


def report(result: dict) -> str:
    """Markdown tables: NewsQuant beside the published systems, then the development sets."""
    nq = result["NewsQuant"]
    lines = ["| system | value F1 | value+unit F1 | value+change F1 |", "|---|---|---|---|",
             f"| **sitroom** | **{nq['value']['F1']}** | **{nq['value+unit']['F1']}** | **{nq['value+change']['F1']}** |"]
    for name, nums in ANCHORS.items():
        cells = [str(nums.get(k, "–")) for k in ("value", "value+unit", "value+change")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", f"NewsQuant: {int(nq['gold'])} gold, {int(nq['predicted'])} predicted; "
              f"value P/R {nq['value']['P']}/{nq['value']['R']}, value+unit P/R "
              f"{nq['value+unit']['P']}/{nq['value+unit']['R']}.", "",
              "| development set | value F1 | value+unit F1 |", "|---|---|---|"]
    for name in (*DEV_SETS, "quantulum3_tests"):
        if name in result:
            r = result[name]
            lines.append(f"| {name} | {r['value']['F1']} | {r['value+unit']['F1']} |")
    return "\n".join(lines)

