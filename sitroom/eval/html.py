"""Article body from HTML on the Scrapinghub article-extraction benchmark: shingle P/R/F1.

The metric is the benchmark's own (``evaluate.py`` in scrapinghub/article-extraction-benchmark):
``\\w+`` tokens, 4-token shingles counted as multisets, TP/FP/FN normalised per page so long
pages weigh no more than short ones, precision and recall averaged over pages, F1 from the
averages. Scored twice per trafilatura setting: trafilatura's bare output and sitroom's article
text (headline moved to the title, boilerplate dropped, paragraphs rejoined).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from pathlib import Path

from sitroom.ingest.html import article_from_extraction, extract_html
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.sniff import decode

__all__ = ["ANCHORS", "evaluate", "report", "shingle_counts", "shingle_scores"]

ANCHORS = {"trafilatura 2.0 (published)": 95.8}
DATA = Path("corpus/html_extraction/scrapinghub_aeb")
_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of 4-token shingles between gold and predicted text."""
    gold, got = _shingles(true), _shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark P/R/F1 (0-100) from per-page normalised counts."""

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * (2 * p * r / (p + r) if p + r else 0.0)}


def evaluate(shared: Path, limit: int | None = None, modes: tuple[str, ...] | None = None) -> dict:
    """Score trafilatura's body and sitroom's article text for each trafilatura ``mode``.

    ``modes`` defaults to the one sitroom reads with (``ReadOptions().html_mode``).
    """
    modes = modes or (ReadOptions().html_mode,)
    folder = shared / DATA
    gold = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    keys = sorted(gold)[:limit] if limit else sorted(gold)
    pages = {key: decode(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()), None) for key in keys}
    result: dict = {"pages": float(len(keys)), "modes": {}}
    for mode in modes:
        raw, ours, failed = [], [], 0
        for key in keys:
            truth = gold[key].get("articleBody", "")
            body, header = extract_html(pages[key], mode)
            raw.append(shingle_counts(truth, body))
            try:
                text = article_from_extraction(body, header, key, ReadOptions(html_mode=mode)).text
            except ReadError:
                text, failed = "", failed + 1
            ours.append(shingle_counts(truth, text))
        result["modes"][mode] = {"trafilatura": shingle_scores(raw), "sitroom": shingle_scores(ours),
                                 "failed": float(failed)}
    return result


def report(result: dict) -> str:
    """Markdown table of P/R/F1 per setting beside trafilatura's published F1."""
    lines = [
        f"Scrapinghub article-extraction benchmark, {int(result['pages'])} pages, 4-token shingle metric",
        "",
        "| system | setting | precision | recall | F1 |",
        "|---|---|---|---|---|",
    ]
    for mode, scores in result["modes"].items():
        for system in ("trafilatura", "sitroom"):
            s = scores[system]
            lines.append(f"| {system} | {mode} | {s['precision']:.1f} | {s['recall']:.1f} | {s['f1']:.1f} |")
    for name, f1 in ANCHORS.items():
        lines.append(f"| {name} | default | | | {f1:.1f} |")
    return "\n".join(lines)
