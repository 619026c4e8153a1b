"""PDF text on the 1976 AP newswire PDFs against their gold OCR text (articles.csv).

Three figures per system: bag-of-tokens F1 (lower-cased ``\\w+`` tokens as a multiset, micro
over all articles), the Scrapinghub 4-token shingle F1 (as for HTML), and character similarity
(rapidfuzz Indel ratio on whitespace-collapsed text, mean over articles). Scored for pypdf's
bare page text and for sitroom's article text (wrapped lines joined, hyphenation undone).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from sitroom.eval.html import shingle_counts, shingle_scores
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.pdf import article_from_pdf_text, pdf_text

__all__ = ["evaluate", "report", "token_counts"]

DATA = Path("corpus/pdf/newswire_1976_ap")
_TOKEN = re.compile(r"\w+")
_LINE_HYPHEN = re.compile(r"([a-z])-\n([a-z])")


def token_counts(true: str, pred: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of lower-cased word tokens, counted as multisets."""
    gold, got = Counter(_TOKEN.findall(true.lower())), Counter(_TOKEN.findall(pred.lower()))
    tp = sum((gold & got).values())
    return tp, sum(got.values()) - tp, sum(gold.values()) - tp


def _similarity(true: str, pred: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(" ".join(true.split()), " ".join(pred.split()))


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * (2 * p * r / (p + r) if p + r else 0.0)}


def evaluate(shared: Path, limit: int | None = None) -> dict:
    """Score pypdf's text and sitroom's article text against the gold text of each PDF."""
    folder = shared / DATA
    with (folder / "articles.csv").open(encoding="utf-8", newline="") as f:
        gold = {row["id"]: row["text"] for row in csv.DictReader(f)}
    keys = sorted(gold, key=lambda k: int(k.rsplit("-", 1)[1]))[:limit] if limit else sorted(gold)
    systems = ("pypdf", "sitroom", "sitroom vs gold with line-end hyphens joined")
    totals = {name: [0, 0, 0] for name in systems}
    shingles: dict[str, list] = {name: [] for name in systems}
    similarity: dict[str, list[float]] = {name: [] for name in systems}
    failed = 0
    for key in keys:
        data = (folder / "pdfs" / f"{key}.pdf").read_bytes()
        raw, meta = pdf_text(data)
        try:
            ours = article_from_pdf_text(raw, meta, key, ReadOptions()).text
        except ReadError:
            ours, failed = "", failed + 1
        joined = _LINE_HYPHEN.sub(r"\1\2", gold[key])  # the gold keeps OCR's "satisfac-\ntory"
        for name, truth, text in zip(systems, (gold[key], gold[key], joined), (raw, ours, ours)):
            for i, n in enumerate(token_counts(truth, text)):
                totals[name][i] += n
            shingles[name].append(shingle_counts(truth, text))
            similarity[name].append(_similarity(truth, text))
    result: dict = {"documents": float(len(keys)), "failed": float(failed)}
    for name in totals:
        result[name] = {"tokens": _f1(*totals[name]), "shingles": shingle_scores(shingles[name]),
                        "similarity": sum(similarity[name]) / len(similarity[name])}
    return result


def report(result: dict) -> str:
    """Markdown table: token F1, shingle F1 and character similarity per system."""
    lines = [
        f"1976 AP newswire PDFs, {int(result['documents'])} documents ({int(result['failed'])} failed)",
        "",
        "| system | token P | token R | token F1 | shingle F1 | char similarity |",
        "|---|---|---|---|---|---|",
    ]
    for name in [k for k in result if isinstance(result[k], dict)]:
        r = result[name]
        t = r["tokens"]
        lines.append(f"| {name} | {t['precision']:.1f} | {t['recall']:.1f} | {t['f1']:.1f} | "
                     f"{r['shingles']['f1']:.1f} | {r['similarity']:.1f} |")
    lines.append("| published anchor | | | none published for this set | | |")
    return "\n".join(lines)
