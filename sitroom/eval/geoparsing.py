"""Geoparsing evaluation on GeoWebNews, LGL and TR-News (and GeoVirus, the development set).

(a) resolution given the gold toponym spans: accuracy within 161 km, mean and median error;
(b) end to end with the real model: toponym detection precision, recall and F1 (span overlap).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitroom.resolve.geo import haversine

__all__ = ["ANCHORS", "detection", "evaluate", "load", "report", "resolution"]

SETS = {"GWN": "GWN.xml", "LGL": "lgl.xml", "TR-News": "TR-News.xml"}
DEV = {"GeoVirus": "GeoVirus.xml"}
# Mordecai 3 README (held-out splits, gold toponyms): Acc@161
ANCHORS = {"GWN": 94.1, "LGL": 82.7, "TR-News": 87.3}
FAR_KM = 161.0


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold toponym: span and, where annotated, coordinates."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


def _float(el: ET.Element | None, tag: str) -> float | None:
    node = el.find(tag) if el is not None else None
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, name: str | None) -> tuple[int, int]:
    """Fix offsets that are a few characters off (GeoVirus counts from a stripped newline)."""
    name = (name or "").strip()
    if not name or text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift : start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return start, end


def load(path: Path) -> list[tuple[str, list[Gold]]]:
    """Articles as (text, gold toponyms) from any of the four XML formats."""
    out = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        golds = []
        for el in art.iter():
            if el.tag not in ("toponym", "location"):
                continue
            start, end = int(el.findtext("start")), int(el.findtext("end"))
            tag = el.find("gaztag")
            if tag is not None:
                lat, lon = _float(tag, "lat"), _float(tag, "lon")
            else:
                lat, lon = _float(el, "latitude"), _float(el, "longitude")
                if lat is None:
                    lat, lon = _float(el, "lat"), _float(el, "lon")
            start, end = _align(
                text,
                start,
                end,
                el.findtext("phrase")
                or el.findtext("name")
                or el.findtext("extractedName"),
            )
            golds.append(Gold(start, end, text[start:end], lat, lon))
        out.append((text, golds))
    return out


def resolution(articles: list[tuple[str, list[Gold]]], gaz=None) -> dict:
    """Acc@161 km, mean and median error over gold toponyms with coordinates."""
    from sitroom.resolve.gazetteer import default_gazetteer
    from sitroom.resolve.places import Toponym, resolve_toponyms

    gaz = gaz or default_gazetteer()
    errors: list[float] = []
    n = missing = 0
    for text, golds in articles:
        tops = [Toponym(g.start, g.end, g.text) for g in golds]
        found = resolve_toponyms(gaz, tops, text)
        for g, c in zip(golds, found):
            if g.lat is None or g.lon is None:
                continue
            n += 1
            if c is None:
                missing += 1
                continue
            errors.append(haversine(g.lat, g.lon, c.lat, c.lon))
    hits = sum(e <= FAR_KM for e in errors)
    return {
        "n": float(n),
        "acc161": 100.0 * hits / n if n else 0.0,
        "mean_km": statistics.fmean(errors) if errors else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
        "unresolved": 100.0 * missing / n if n else 0.0,
    }


def detection(
    articles: list[tuple[str, list[Gold]]], nlp=None, coords_only: bool = False
) -> dict:
    """Toponym detection P/R/F1 with the full pipeline; a span matches when it overlaps."""
    from sitroom.components import ensure_extensions

    if nlp is None:
        from sitroom import nlp as nlp_mod

        # only what toponym detection reads: the actors (they fix NER's country labels) and places
        wanted = ("sitroom_actor_ruler", "sitroom_actors", "sitroom_places")
        nlp = nlp_mod.build(nlp_mod.NlpOptions(components=wanted))
    ensure_extensions()
    tp_p = tp_r = n_pred = n_gold = 0
    docs = nlp.pipe(nlp.make_doc(text) for text, _ in articles)
    for doc, (_, golds) in zip(docs, articles):
        gold = [(g.start, g.end) for g in golds if not coords_only or g.lat is not None]
        pred = [(s.start_char, s.end_char) for s in doc.spans.get("places", [])]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_p += sum(any(a < ge and ga < b for ga, ge in gold) for a, b in pred)
        tp_r += sum(any(a < ge and ga < b for a, b in pred) for ga, ge in gold)
    p = 100.0 * tp_p / n_pred if n_pred else 0.0
    r = 100.0 * tp_r / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(
    shared: Path, limit: int | None = None, detect: bool = True, dev: bool = False
) -> dict:
    """Resolution (gold spans) and detection (end to end) per set; ``limit`` articles per set."""
    root = Path(shared) / "eval" / "geoparsing"
    result: dict[str, dict] = {}
    for name, file in (DEV if dev else SETS).items():
        arts = load(root / file)[:limit]
        result[name] = {"resolution": resolution(arts)}
        if detect:
            # GWN also marks demonyms and other non-geocodable names: score against geocodable ones
            result[name]["detection"] = detection(arts, coords_only=name == "GWN")
    return result


def report(result: dict) -> str:
    """A Markdown table beside Mordecai 3's published accuracy."""
    lines = [
        "| set | n | Acc@161 | Mordecai3 Acc@161 | mean km | median km | unresolved % | det. P | det. R | det. F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in result.items():
        res, det = r["resolution"], r.get("detection", {})
        anchor = ANCHORS.get(name)
        lines.append(
            f"| {name} | {res['n']:.0f} | {res['acc161']:.1f} | {anchor if anchor else '-'} | "
            f"{res['mean_km']:.0f} | {res['median_km']:.1f} | {res['unresolved']:.1f} | "
            + " | ".join(
                f"{det[k]:.1f}" if k in det else "-"
                for k in ("precision", "recall", "f1")
            )
            + " |"
        )
    return "\n".join(lines)
