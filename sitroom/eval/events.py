"""Event-category evaluation on the PLOVER gold records (development) and CASE 2021 (held out).

The PLOVER GSR sentences are the ontology's own hand-picked examples, used here as a regression
set; CASE 2021 Task 2 snippets (ACLED-style) are the held-out figure, on the subtypes that map
onto PLOVER categories (see ``CASE_TO_PLOVER``).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span

from sitroom.export.plover import plover_events
from sitroom.model import Article
from sitroom.records import from_doc

__all__ = ["CASE_TO_PLOVER", "GSR_TO_PLOVER", "benchmark", "evaluate", "main_event", "report",
           "sentence_label"]

# the GSR file uses an older PLOVER label set (docs/PLOVER.md)
GSR_TO_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# ACLED/CASE sub-event types that fit one PLOVER category; the rest are left out of accuracy
CASE_TO_PLOVER = {
    "ARMED_CLASH": "ASSAULT", "AIR_STRIKE": "ASSAULT", "ATTACK": "ASSAULT",
    "ART_MISS_ATTACK": "ASSAULT", "GRENADE": "ASSAULT", "SUIC_BOMB": "ASSAULT",
    "REM_EXPLOS": "ASSAULT", "CHEM_WEAP": "ASSAULT", "MOB_VIOL": "ASSAULT", "SEX_VIOL": "ASSAULT",
    "GOV_REGAINS_TERIT": "ASSAULT", "NON_STATE_ACTOR_OVERTAKES_TER": "ASSAULT",
    "FORCE_AGAINST_PROTEST": "ASSAULT",
    "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST", "VIOL_DEMONSTR": "PROTEST",
    "ARREST": "COERCE", "ABDUCT_DISSAP": "COERCE", "PROPERTY_DISTRUCT": "COERCE",
    "AGREEMENT": "AGREE", "DIPLO": "CONSULT", "NON_VIOL_TERRIT_TRANSFER": "RETREAT",
}


def _depth(span: Span) -> int:
    tok, depth = span.root, 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def main_event(doc: Doc) -> Span | None:
    """The event a sentence is about: in the first sentence with events, the trigger nearest the
    root of the parse (ties: the earlier one)."""
    spans = list(doc.spans.get("events", ()))
    if not spans:
        return None
    first_sent = min(s.sent.start for s in spans)
    spans = [s for s in spans if s.sent.start == first_sent]
    return min(spans, key=lambda s: (_depth(s), s.start))


def sentence_label(doc: Doc) -> str | None:
    """The category the export prints for a sentence's main event (its ``plover`` field: the
    ontology's reading of the clause, so "will provide aid" is AGREE), or None without events.

    The export is built from the same record ``sitroom export`` writes; nothing is relabelled here.
    """
    span = main_event(doc)
    if span is None:
        return None
    article = Article(text=doc.text, source="eval")
    rows = {row["trigger"]["start"]: row for row in plover_events(from_doc(doc, article))}
    row = rows.get(span._.event.trigger.start)
    return row["plover"] if row is not None else None


def _macro_f1(gold: list[str], pred: list[str | None]) -> float:
    labels = sorted(set(gold))
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100.0 * sum(f1s) / len(f1s) if f1s else 0.0


def _score(nlp, texts: list[str], gold: list[str]) -> dict:
    pred: list[str | None] = []
    for doc in nlp.pipe(texts, batch_size=64):
        pred.append(sentence_label(doc))
    n = len(gold) or 1
    covered = [i for i, p in enumerate(pred) if p is not None]
    correct = sum(1 for g, p in zip(gold, pred) if g == p)
    confusion = Counter((g, p or "-") for g, p in zip(gold, pred) if g != p)
    return {
        "n": float(len(gold)),
        "coverage": 100.0 * len(covered) / n,
        "accuracy": 100.0 * correct / n,
        "accuracy_covered": 100.0 * correct / (len(covered) or 1),
        "macro_f1": _macro_f1(gold, pred),
        "top_confusions": [f"{g}->{p} {c}" for (g, p), c in confusion.most_common(8)],
    }


def _sample(rows: list, limit: int | None) -> list:
    """``limit`` rows spread evenly over the file (both files are grouped by label)."""
    if not limit or limit >= len(rows):
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def _gsr(path: Path, limit: int | None) -> tuple[list[str], list[str]]:
    rows = _sample([r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")], limit)
    return [r["text"] for r in rows], [GSR_TO_PLOVER.get(r["event"], r["event"]) for r in rows]


def _case(path: Path, limit: int | None) -> tuple[list[str], list[str], int]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    total = len(rows)
    rows = _sample([r for r in rows if r["SubType"] in CASE_TO_PLOVER], limit)
    return [r["EventSnippet"] for r in rows], [CASE_TO_PLOVER[r["SubType"]] for r in rows], total


def _pipeline():
    from sitroom import nlp as nlp_mod

    return nlp_mod.build(nlp_mod.NlpOptions())


def evaluate(shared: Path, limit: int | None = None, nlp=None) -> dict:
    """Category accuracy, macro-F1 and coverage on PLOVER GSR and on the mapped CASE 2021 rows."""
    nlp = nlp or _pipeline()
    result: dict = {}
    gsr = shared / "eval" / "events" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if gsr.exists():
        texts, gold = _gsr(gsr, limit)
        result["plover_gsr"] = _score(nlp, texts, gold)
    case = shared / "eval" / "events" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    if case.exists():
        texts, gold, total = _case(case, limit)
        scored = _score(nlp, texts, gold)
        scored["mapped_share"] = 100.0 * len(gold) / (total or 1)
        result["case2021"] = scored
    return result


def report(result: dict) -> str:
    """A Markdown table of the figures (no published PLOVER-category numbers exist to compare)."""
    lines = [
        "| data | n | coverage | accuracy | accuracy (covered) | macro-F1 |",
        "|---|---|---|---|---|---|",
    ]
    for key, name in (("plover_gsr", "PLOVER GSR (dev)"), ("case2021", "CASE 2021 T2, mapped (held out)")):
        r = result.get(key)
        if r:
            lines.append(f"| {name} | {r['n']:.0f} | {r['coverage']:.1f} | {r['accuracy']:.1f} | "
                         f"{r['accuracy_covered']:.1f} | {r['macro_f1']:.1f} |")
    lines.append("")
    lines.append("Anchors: no published PLOVER-category accuracy exists for these files; CASE 2021 "
                 "best systems reach 83.9 / 79.7 / 77.1 weighted F1 on its own 25-30 fine types "
                 "(a different, finer task).")
    for key in ("plover_gsr", "case2021"):
        if result.get(key):
            lines.append(f"\n{key} top confusions (gold->pred): " + ", ".join(result[key]["top_confusions"]))
    return "\n".join(lines)


def benchmark(shared: Path, limit: int = 200) -> dict:
    """Seconds for the pipeline without events and for event coding on top, on BBC articles."""
    import time

    from sitroom import nlp as nlp_mod
    from sitroom.components.events import code_events

    path = shared / "corpus" / "news_text" / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl"
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(limit), fh)]
    names = tuple(c[0] for c in nlp_mod.COMPONENTS if c[0] != "sitroom_events")
    nlp = nlp_mod.build(nlp_mod.NlpOptions(components=names))
    docs = []
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.published, doc._.doc_id = "2005-01-01", f"bbc{i}"
        docs.append(doc)
    code_events(nlp("Russia attacked Georgia."))  # load the lexicon outside the timing
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs, batch_size=32))
    t1 = time.perf_counter()
    events = sum(len(code_events(doc)) for doc in docs)
    t2 = time.perf_counter()
    return {"docs": float(len(docs)), "pipeline_s": t1 - t0, "events_s": t2 - t1,
            "events_share": 100.0 * (t2 - t1) / (t1 - t0), "events": float(events)}
