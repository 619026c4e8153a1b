"""Direct quotes and their speakers, scored on the PolNeAR test split (brat standoff).

PolNeAR annotates every attribution, indirect ones too; we extract direct quotes, so:

- gold direct quote: an attribution Content with at least ``DIRECT_SHARE`` of its non-space
  characters (quotation marks excluded) inside quotation marks (``_in_marks``: curly marks open
  and close, straight marks toggle, a paragraph break closes an open quote unless the next
  paragraph opens with a mark);
- a quote of ours is correct when at least ``OVERLAP`` of its non-space characters fall inside
  one gold Content (any Content: a quote that PolNeAR annotated as content is right);
- a gold direct quote is found when our quotes cover at least ``OVERLAP`` of its in-mark
  characters;
- exact: a gold direct quote whose in-mark characters equal one of our quotes' characters
  (spaces and end punctuation ignored), a stricter view of the boundaries;
- a speaker is correct when our speaker mention overlaps a gold Source span of the matched
  Content, or our speaker's last name is a word of that Source (pronoun resolved to the person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ANCHORS", "evaluate", "report"]

DIRECT_SHARE = 0.8
OVERLAP = 0.5
# BBC Citron on PARC 3.0 test (WSJ): a different corpus and task (all attributions, not only
# direct quotes), given for orientation only. bbc/citron models/en_2021-11-15/README.md.
ANCHORS = {
    "citron_exact_cue_f1": 82.3,
    "citron_exact_source_f1": 82.0,
    "citron_exact_content_f1": 59.3,
    "citron_overlap_source_f1": 85.3,
    "citron_overlap_content_f1": 83.3,
}
_PARA = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class _Attr:
    content: set[int]
    sources: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


def _span_set(text: str, frags: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in frags for i in range(s, e) if not text[i].isspace()}


def _in_marks(text: str) -> list[bool]:
    """Whether each character lies between quotation marks (the marks themselves excluded)."""
    inside = [False] * len(text)
    state = False
    breaks = {m.start(): m.end() for m in _PARA.finditer(text)}
    i = 0
    while i < len(text):
        if i in breaks:
            nxt = breaks[i]
            reopens = nxt < len(text) and text[nxt] in "\"“"
            if state and not reopens:
                state = False
            i = nxt + 1 if state and reopens else nxt  # the reopening mark keeps it open
            continue
        ch = text[i]
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            state = not state
        else:
            inside[i] = state
        i += 1
    return inside


def _read_ann(path: Path, text: str) -> list[_Attr]:
    spans: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            kind, _, offsets = info.partition(" ")
            frags = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[tid], kinds[tid] = [(s, e) for s, e in frags], kind
        elif line.startswith("E"):
            roles = dict(r.split(":", 1) for r in line.split("\t")[1].split())
            events.append(roles)
    out = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        src = spans.get(ev.get("Source", ""), [])
        out.append(_Attr(_span_set(text, spans[ev["Content"]]), src,
                         " ".join(text[s:e] for s, e in src)))
    return out


def _pairs(shared: Path, limit: int | None) -> list[tuple[Path, Path]]:
    root = shared / "eval" / "attribution" / "polnear" / "test"
    pairs = []
    for txt in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            pairs.append((txt, anns[0]))
    return pairs[:limit] if limit else pairs


def _speaker_ok(quote, attr: _Attr) -> bool:
    if quote.speaker_mention is not None:
        m = quote.speaker_mention
        if any(m.start < e and s < m.end for s, e in attr.sources):
            return True
    name = (quote.speaker_name or "").split()
    words = {w.strip(".,'’").lower() for w in attr.source_text.split()}
    return bool(name) and len(name[-1]) > 2 and name[-1].lower() in words


def _norm(text: str, start: int, end: int) -> str:
    return "".join(text[start:end].split()).strip(".,;:!?\"“”")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def evaluate(shared: Path, limit: int | None = None) -> dict:
    """Run the pipeline's quote component over PolNeAR test and score direct quotes."""
    from sitroom.nlp import COMPONENTS, NlpOptions, build

    # the quote component as the pipeline runs it: after the actors, where those are present
    wanted = ("sitroom_actor_ruler", "sitroom_actors", "sitroom_quotes")
    names = tuple(name for name, _, _ in COMPONENTS if name in wanted)
    nlp = build(NlpOptions(components=names))
    pairs = _pairs(shared, limit)
    texts = [p[0].read_text("utf-8") for p in pairs]
    c = dict.fromkeys(("ours", "ours_ok", "gold", "gold_found", "gold_exact", "with_src",
                       "spk_ok", "ours_spk", "e2e_ok", "gold_src", "gold_src_found"), 0)
    for (_, ann), text, doc in zip(pairs, texts, nlp.pipe(texts, batch_size=8)):
        attrs = _read_ann(ann, text)
        marks = _in_marks(text)
        direct = []
        for a in attrs:
            chars = {i for i in a.content if text[i] not in "\"“”"}
            if chars and sum(marks[i] for i in chars) >= DIRECT_SHARE * len(chars):
                direct.append((a, {i for i in chars if marks[i]}))
        ours = {_norm(text, span._.quote.start, span._.quote.end) for span in doc.spans["quotes"]}
        covered: dict[int, set[int]] = {k: set() for k in range(len(direct))}
        spk_cover: dict[int, set[int]] = {k: set() for k in range(len(direct))}
        for span in doc.spans["quotes"]:
            q = span._.quote
            qs = _span_set(text, [(q.start, q.end)])
            c["ours"] += 1
            c["ours_spk"] += q.speaker_name is not None
            best = max(attrs, key=lambda a: len(qs & a.content), default=None)
            if not qs or best is None or len(qs & best.content) < OVERLAP * len(qs):
                continue
            c["ours_ok"] += 1
            ok = _speaker_ok(q, best)
            if best.sources:
                c["with_src"] += 1
                c["spk_ok"] += ok
            c["e2e_ok"] += ok and q.speaker_name is not None
            for k, (a, chars) in enumerate(direct):
                covered[k] |= qs & chars
                if ok:
                    spk_cover[k] |= qs & chars
        for k, (a, chars) in enumerate(direct):
            c["gold"] += 1
            c["gold_found"] += len(covered[k]) >= OVERLAP * len(chars)
            c["gold_exact"] += bool(chars) and _norm(text, min(chars), max(chars) + 1) in ours
            if a.sources:
                c["gold_src"] += 1
                c["gold_src_found"] += len(spk_cover[k]) >= OVERLAP * len(chars)
    p, r = _pct(c["ours_ok"], c["ours"]), _pct(c["gold_found"], c["gold"])
    sp, sr = _pct(c["e2e_ok"], c["ours_spk"]), _pct(c["gold_src_found"], c["gold_src"])
    return {
        "documents": float(len(pairs)),
        "quotes": float(c["ours"]),
        "gold_direct": float(c["gold"]),
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": _f1(p, r),
        "quote_exact_recall": _pct(c["gold_exact"], c["gold"]),
        "speaker_accuracy": _pct(c["spk_ok"], c["with_src"]),
        "speaker_precision": sp,
        "speaker_recall": sr,
        "speaker_f1": _f1(sp, sr),
        **ANCHORS,
    }


def report(result: dict) -> str:
    """A Markdown table of our figures beside Citron's PARC3 figures (orientation only)."""
    r = result
    head = (f"PolNeAR test, {int(r['documents'])} articles, {int(r['gold_direct'])} gold direct "
            f"quotes, {int(r['quotes'])} found")
    quotes = (f"| direct quotes (overlap) | {r['quote_precision']:.1f} "
              f"| {r['quote_recall']:.1f} | {r['quote_f1']:.1f} |")
    speakers = (f"| speakers, end to end | {r['speaker_precision']:.1f} "
                f"| {r['speaker_recall']:.1f} | {r['speaker_f1']:.1f} |")
    citron = ("BBC Citron on PARC3 (WSJ, all attributions; different corpus and task): exact F1 "
              f"cue {r['citron_exact_cue_f1']}, source {r['citron_exact_source_f1']}, content "
              f"{r['citron_exact_content_f1']}; overlap F1 source "
              f"{r['citron_overlap_source_f1']}, content {r['citron_overlap_content_f1']}.")
    return "\n".join([
        head, "", "| measure | P | R | F1 |", "|---|---|---|---|", quotes, speakers,
        f"| direct quotes, exact boundaries (recall) | | {r['quote_exact_recall']:.1f} | |",
        f"| speaker accuracy given a matched quote | | | {r['speaker_accuracy']:.1f} |",
        "", citron,
    ])


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2].parent / "shared"
    print(report(evaluate(root)))
