"""TempEval-3 Task A on TE3-platinum: time-expression extents, types and values.

Metrics as the TE3 toolkit defines them: strict extent match (same characters) and relaxed
match (any overlap) with precision, recall and F1; type and value F1 count a system timex as
right when it relaxed-matches a gold one with the same attribute (P over system timexes, R over
gold ones). Offsets are characters of the TEXT element with its tags stripped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ANCHORS", "Gold", "evaluate", "exported", "read_tml", "report"]

ANCHORS = {
    "HeidelTime": {"strict_f1": 81.34, "relaxed_f1": 90.30, "value_f1": 77.61},
    "SUTime": {"value_f1": 67.38},
    "glue (spaCy + dateparser)": {"strict_f1": 67.6, "relaxed_f1": 70.3, "value_f1": 47.8},
}

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    """One TE3 document: plain text, creation date and its in-text TIMEX3s."""

    name: str
    text: str
    dct: str
    timexes: tuple[tuple[int, int, str, str], ...]  # start, end, type, value


def read_tml(path: Path) -> Gold:
    """Parse a TimeML file: strip the tags of TEXT and keep each TIMEX3's character offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(_ATTR.findall(dct_match.group(0)))["value"] if dct_match else None
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    out: list[str] = []
    length, open_at, found = 0, None, []
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_at is not None:
                start, attrs = open_at
                found.append((start, length, attrs.get("type", "DATE"), attrs.get("value", "")))
            open_at = None
        else:
            open_at = (length, dict(_ATTR.findall(m.group(3))))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    trimmed = []
    for start, end, kind, value in found:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        trimmed.append((start, end, kind, value))
    return Gold(path.name, text, (dct or "")[:10], tuple(trimmed))


def _prf(hit_p: int, n_sys: int, hit_r: int, n_gold: int) -> tuple[float, float, float]:
    p = 100.0 * hit_p / n_sys if n_sys else 0.0
    r = 100.0 * hit_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ends(s: tuple) -> tuple:
    """The written ends of a system range fact (start, end, type, value each); () for others."""
    return tuple(s[4]) if len(s) > 4 else ()


def _value_hit(s: tuple, g: tuple) -> bool:
    """A system fact has a gold timex's value: its own, or (a range) that of its end written where
    the gold one is (TimeML marks "from 1992 to 1997" as two timexes, the export as one fact)."""
    return g[3] == s[3] or any(e[3] == g[3] and _overlap(e, g) for e in _ends(s))


def _strict_hit(s: tuple, g: tuple) -> bool:
    return g[:2] == s[:2] or any(tuple(e[:2]) == g[:2] for e in _ends(s))


def score(pairs: list[tuple[list, list]]) -> dict:
    """TE3 Task A numbers from (system, gold) timex lists per document. A system timex is
    (start, end, type, value), with a range's written ends as a fifth item: the range stays one
    system fact (one count for precision) and each gold timex it covers is found at its end.
    ``value_one_*``: the value figures with each range one value only (its ends found nowhere),
    the score that no range reading can lift."""
    n_sys = n_gold = strict_p = strict_r = rel_p = rel_r = 0
    attr_p = {"type": 0, "value": 0, "value_one": 0}
    attr_r = {"type": 0, "value": 0, "value_one": 0}
    for system, gold in pairs:
        n_sys, n_gold = n_sys + len(system), n_gold + len(gold)
        for s in system:
            over = [g for g in gold if _overlap(g, s)]
            strict_p += any(_strict_hit(s, g) for g in gold)
            rel_p += bool(over)
            attr_p["type"] += any(g[2] == s[2] for g in over)
            attr_p["value"] += any(_value_hit(s, g) for g in over)
            attr_p["value_one"] += any(g[3] == s[3] for g in over)
        for g in gold:
            over = [s for s in system if _overlap(g, s)]
            strict_r += any(_strict_hit(s, g) for s in system)
            rel_r += bool(over)
            attr_r["type"] += any(g[2] == s[2] for s in over)
            attr_r["value"] += any(_value_hit(s, g) for s in over)
            attr_r["value_one"] += any(g[3] == s[3] for s in over)
    out = {"documents": float(len(pairs)), "gold": float(n_gold), "system": float(n_sys)}
    for name, (hp, hr) in {"strict": (strict_p, strict_r), "relaxed": (rel_p, rel_r),
                           "type": (attr_p["type"], attr_r["type"]),
                           "value": (attr_p["value"], attr_r["value"]),
                           "value_one": (attr_p["value_one"], attr_r["value_one"])}.items():
        p, r, f = _prf(hp, n_sys, hr, n_gold)
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    return out


def exported(record) -> list[tuple]:
    """The timexes exactly as ``sitroom export`` prints them (start, end, type, value, and a
    range's written ends): a range ("from 1992 to 1997", value 1992/1997) is one fact here as
    there, with the ends the export prints beside it."""
    from sitroom.export.contract import document

    out: list[tuple] = []
    for t in document(record)["timexes"]:
        ends = tuple((e["start"], e["end"], t["type"], e["value"]) for e in t.get("ends") or ())
        out.append((t["start"], t["end"], t["type"], t["value"]) + ((ends,) if ends else ()))
    return out


def evaluate(shared: Path, limit: int | None = None, nlp=None, folder: Path | None = None) -> dict:
    """Run the ingest pipeline over TE3-platinum (DCT as publication date) and score the
    timexes of the export contract. ``folder``: other TimeML files instead (searched recursively),
    e.g. the TE3 training set TBAQ-cleaned used for development."""
    from sitroom.model import Article, Record
    from sitroom.nlp import build
    from sitroom.pipeline import process

    folder = Path(folder) if folder else Path(shared) / "eval" / "temporal" / "te3-platinum" / "gold"
    files = sorted(folder.rglob("*.tml"))[:limit]
    if not files:
        raise FileNotFoundError(f"no TimeML files in {folder}: fetch ../shared/eval (see eval/README.md)")
    nlp = nlp or build()
    golds = [read_tml(f) for f in files]
    articles = [Article(text=g.text, source=g.name, published=g.dct or None) for g in golds]
    pairs = []
    for gold, record in zip(golds, process(articles, nlp), strict=True):
        system = exported(record) if isinstance(record, Record) else []
        pairs.append((system, list(gold.timexes)))
    return score(pairs)


def report(result: dict) -> str:
    """Markdown table of our figures beside the published ones."""
    rows = ["| system | strict F1 | relaxed F1 | type F1 | value F1 |", "|---|---|---|---|---|"]
    rows.append(f"| sitroom | {result['strict_f1']:.2f} | {result['relaxed_f1']:.2f} | "
                f"{result['type_f1']:.2f} | {result['value_f1']:.2f} |")
    for name, nums in ANCHORS.items():
        cells = [f"{nums[k]:.2f}" if k in nums else "" for k in ("strict_f1", "relaxed_f1", "type_f1", "value_f1")]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append(f"\n{int(result['documents'])} documents, {int(result['gold'])} gold timexes, "
                f"{int(result['system'])} found (strict P/R {result['strict_p']:.1f}/{result['strict_r']:.1f}, "
                f"relaxed P/R {result['relaxed_p']:.1f}/{result['relaxed_r']:.1f}); value F1 "
                f"{result['value_one_f1']:.2f} with each range one value, its ends matching no gold timex.")
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2].parent / "shared"
    if (root / "eval").is_dir():
        print(report(evaluate(root)))
    else:  # a folder of TimeML files: python -m sitroom.eval.timex /path/to/TBAQ-cleaned
        print(report(evaluate(root, folder=root)))
