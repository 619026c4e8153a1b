"""Geoparsing evaluation on GeoWebNews, LGL and TR-News (and GeoVirus, the development set).

(a) end to end, the headline: the articles are ingested into a fresh store with the full
    pipeline and the store is exported (``sitroom export --format jsonl``); the export's place
    mentions are scored against the gold toponyms that carry coordinates. A gold toponym is
    found when a mention overlaps it; it is right when the place of the mention that overlaps it
    most lies within 161 km. Reported: detection recall, Acc@161 over all gold toponyms
    (a miss counts as wrong), Acc@161 among the toponyms found, and precision (mentions that
    overlap any gold toponym).
(b) resolution given the gold toponym spans (Mordecai 3's setting): Acc@161, mean and median
    error.

The sets have no development split, so this module fixes one (``part``): an article is DEV when
the first hex digit of sha1 of its document id is even, TEST otherwise. Its document id is the
article's own id in the XML: the ``docid`` attribute (LGL, TR-News), else the ``file`` attribute
(GWN), else its ``<source>`` URL (GeoVirus), else its position in the file. Tune on ``dev``;
report ``test`` and ``all``.
"""

from __future__ import annotations

import hashlib
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from sitroom.resolve.geo import haversine

__all__ = [
    "ANCHORS",
    "PARTS",
    "detection",
    "document_id",
    "end_to_end",
    "evaluate",
    "load",
    "report",
    "resolution",
    "score_export",
]

SETS = {"GWN": "GWN.xml", "LGL": "lgl.xml", "TR-News": "TR-News.xml"}
DEV = {"GeoVirus": "GeoVirus.xml"}
# Mordecai 3 README (held-out splits, gold toponyms): Acc@161
ANCHORS = {"GWN": 94.1, "LGL": 82.7, "TR-News": 87.3}
FAR_KM = 161.0
PARTS = ("dev", "test", "all")


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


def document_id(art: ET.Element, position: int) -> str:
    """The article's own id: ``docid``, else ``file``, else its ``<source>`` URL, else position."""
    return (
        art.get("docid")
        or art.get("file")
        or (art.findtext("source") or "").strip()
        or str(position)
    )


def part_of(doc_id: str) -> str:
    """"dev" when the first hex digit of sha1(doc_id) is even, else "test"."""
    return "dev" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "test"


def load(path: Path, part: str = "all") -> list[tuple[str, list[Gold]]]:
    """Articles as (text, gold toponyms) from any of the four XML formats, of one ``part``."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    out = []
    for position, art in enumerate(ET.parse(path).getroot()):
        if part != "all" and part_of(document_id(art, position)) != part:
            continue
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


def score_export(articles: list[tuple[str, list[Gold]]], exported: dict[str, dict]) -> dict:
    """Score exported documents (contract objects keyed by document text) against the gold."""
    n = found = hits = n_pred = tp_pred = 0
    errors: list[float] = []
    for text, golds in articles:
        doc = exported.get(text)
        pred = [
            (m["start"], m["end"], p["lat"], p["lon"])
            for p in (doc or {}).get("places", ())
            for m in p["mentions"]
        ]
        n_pred += len(pred)
        tp_pred += sum(any(a < g.end and g.start < b for g in golds) for a, b, _, _ in pred)
        for g in golds:
            if g.lat is None or g.lon is None:
                continue
            n += 1
            over = [
                (min(b, g.end) - max(a, g.start), lat, lon)
                for a, b, lat, lon in pred
                if a < g.end and g.start < b
            ]
            if not over:
                continue
            found += 1
            _, lat, lon = max(over, key=lambda o: o[0])
            errors.append(haversine(g.lat, g.lon, lat, lon))
            hits += errors[-1] <= FAR_KM
    return {
        "n": float(n),
        "recall": 100.0 * found / n if n else 0.0,
        "acc161": 100.0 * hits / n if n else 0.0,
        "acc161_found": 100.0 * hits / found if found else 0.0,
        "precision": 100.0 * tp_pred / n_pred if n_pred else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
    }


def end_to_end(articles: list[tuple[str, list[Gold]]], nlp=None, db: str | None = None) -> dict:
    """Ingest the articles into a fresh store with the full pipeline, export it, score it."""
    import json
    import tempfile

    from sitroom.export.contract import document
    from sitroom.ingest_run import IngestOptions, ingest_articles
    from sitroom.model import Article
    from sitroom.store import open_store

    if nlp is None:
        from sitroom import nlp as nlp_mod

        nlp = nlp_mod.build()
    with tempfile.TemporaryDirectory() as tmp:
        path = db or str(Path(tmp) / "geoparsing.db")
        items = [Article(text=t, source=f"gold-{i}") for i, (t, _) in enumerate(articles)]
        with open_store(path) as store:
            ingest_articles(items, store, nlp, IngestOptions(progress=False), lambda *a: None)
            # exactly what `sitroom export --format jsonl` writes, read back as JSON
            lines = [json.dumps(document(r), ensure_ascii=False) for r in store.records()]
    exported = {}
    for line in lines:
        obj = json.loads(line)
        exported[obj["document"]["text"]] = obj
    return score_export(articles, exported)


def evaluate(
    shared: Path,
    limit: int | None = None,
    detect: bool = True,
    dev: bool = False,
    part: str = "all",
    sets: tuple[str, ...] | None = None,
) -> dict:
    """End to end from the export (headline) and resolution given gold spans, per set.

    ``limit``: the first articles of each set (of the part); ``part``: "dev", "test" or "all"
    (the fixed split in the module docstring; the sets have no development split of their own).
    """
    root = Path(shared) / "eval" / "geoparsing"
    result: dict[str, dict] = {}
    chosen = DEV if dev else {**SETS, **DEV}
    for name, file in chosen.items():
        if sets is not None and name not in sets:
            continue
        arts = load(root / file, part)[:limit]
        result[name] = {"part": part, "articles": len(arts), "resolution": resolution(arts)}
        if detect:
            result[name]["end_to_end"] = end_to_end(arts)
    return result


def report(result: dict) -> str:
    """Markdown tables: end to end from the export, then resolution given the gold spans."""
    lines = []
    parts = {r.get("part", "all") for r in result.values()}
    if parts - {"all"}:
        lines += [f"Part: {', '.join(sorted(parts))} (sha1 of the document id, first hex digit "
                  "even = dev, odd = test)", ""]
    if any("end_to_end" in r for r in result.values()):
        lines += [
            "End to end (ingest -> export; gold toponyms with coordinates):",
            "",
            "| set | n | Acc@161 | det. recall | Acc@161 among found | Mordecai3 (gold spans) | det. precision | median km |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, r in result.items():
            e = r.get("end_to_end")
            if e is None:
                continue
            anchor = ANCHORS.get(name)
            lines.append(
                f"| {name} | {e['n']:.0f} | {e['acc161']:.1f} | {e['recall']:.1f} | "
                f"{e['acc161_found']:.1f} | {anchor if anchor else '-'} | "
                f"{e['precision']:.1f} | {e['median_km']:.1f} |"
            )
        lines += ["", "Resolution given the gold toponym spans:", ""]
    lines += [
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
