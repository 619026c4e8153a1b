"""CoNLL-2003 NER evaluation: exact span+type F1 for PER/LOC/ORG, bare spaCy and sitroom in one run.

sitroom is scored on what ``sitroom export`` prints (entities by kind, places), never on spaCy's
internal ``doc.ents``; the bare model on its ``doc.ents``.

The CoNLL text is pre-tokenised, so each document becomes a ``Doc(words=..., spaces=...)`` with the
gold sentence starts; both pipelines read the same tokens and spans compare by token offsets.
Label mapping (spaCy OntoNotes -> CoNLL): PERSON->PER; GPE, LOC, FAC->LOC; ORG->ORG; NORP, EVENT,
WORK_OF_ART, LAW, LANGUAGE, PRODUCT->MISC (reported on its own, not in the micro F1); the rest
(dates, numbers) are ignored.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["LABEL_MAP", "evaluate", "read_conll", "report", "score"]

LABEL_MAP = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
TYPES = ("PER", "LOC", "ORG")
# export entity kinds -> CoNLL types ("other": demonym groups, unnamed sector actors: not scored)
KIND_MAP = {"person": "PER", "organization": "ORG", "armed_group": "ORG", "military_unit": "ORG",
            "media": "ORG", "country": "LOC", "place": "LOC", "facility": "LOC"}
ANCHORS = {"glue (spaCy sm, no resolution)": {"micro": 60.7, "ORG": 35.4}}
Span3 = tuple[int, int, str]


def _iob1_spans(tags: list[str]) -> list[Span3]:
    """IOB1 (I- continues, B- only splits two adjacent entities of one type) -> token spans."""
    spans, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix in {"O", "B"} or label != kind):
            spans.append((start, i, kind))
            start = kind = None
        if prefix in {"I", "B"} and start is None:
            start, kind = i, label
    return spans


def read_conll(path: Path) -> Iterator[tuple[list[str], list[bool], list[Span3]]]:
    """Documents as (words, sentence starts, gold spans) from a CoNLL-2003 file."""
    words: list[str] = []
    starts: list[bool] = []
    tags: list[str] = []
    new_sent = True
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- -X- -X- O"]:
        if line.startswith("-DOCSTART-"):
            if words:
                yield words, starts, _iob1_spans(tags)
            words, starts, tags, new_sent = [], [], [], True
            continue
        if not line.strip():
            new_sent = True
            continue
        parts = line.split()
        words.append(parts[0])
        tags.append(parts[-1])
        starts.append(new_sent)
        new_sent = False


def _predict(nlp: Language, docs: list[tuple[list[str], list[bool], list[Span3]]],
             export: bool = False) -> tuple[list[set[Span3]], float]:
    made = [Doc(nlp.vocab, words=w, spaces=[True] * len(w), sent_starts=s) for w, s, _ in docs]
    began = time.perf_counter()
    out = []
    for doc in nlp.pipe(made, batch_size=64):
        if export:
            out.append(exported_spans(doc))
        else:
            out.append({(e.start, e.end, LABEL_MAP[e.label_]) for e in doc.ents if e.label_ in LABEL_MAP})
    return out, time.perf_counter() - began


def exported_spans(doc: Doc) -> set[Span3]:
    """What ``sitroom export`` prints for a document, as token spans: entity mentions by kind
    (person PER; organisations, armed groups, units, media ORG; countries, places, facilities LOC;
    generic sector actors and other groups are no names) and place mentions LOC. An entity's
    label wins over a place mention of the same span ("Leeds" the club over Leeds the city).
    The export's own reading of a place mention is kept: a demonym ("Australian", also a mention
    of its country) is MISC, as CoNLL has it; a place name heading an organisation's name
    ("Dynamo Moscow", use "embedded") is part of that name, not a name of its own."""
    from sitroom.export.contract import document
    from sitroom.model import Article
    from sitroom.records import from_doc

    exported = document(from_doc(doc, Article(text=doc.text, source="conll")))
    labels: dict[tuple[int, int], str] = {}
    demonyms = set()
    for place in exported["places"]:
        for m in place["mentions"]:
            if m["use"] == "demonym":
                demonyms.add((m["start"], m["end"]))
            elif m["use"] not in ("embedded", "team"):
                labels[(m["start"], m["end"])] = "LOC"
    for ent in exported["entities"]:
        label = KIND_MAP.get(ent["kind"])
        if label is None or ent.get("sector") and ent["id"].startswith("sector:"):
            continue
        for m in ent["mentions"]:
            labels[(m["start"], m["end"])] = label
    labels.update({span: "MISC" for span in demonyms})
    out = set()
    for (start, end), label in labels.items():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.add((span.start, span.end, label))
    return out


def score(gold: list[list[Span3]], pred: list[set[Span3]]) -> dict:
    """Exact span+type precision/recall/F1 per type and micro over PER/LOC/ORG (0-100)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g_doc, p_doc in zip(gold, pred, strict=True):
        g = set(g_doc)
        for s in p_doc:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p_doc:
            fn[s[2]] += 1

    def prf(t: int, p: int, n: int) -> dict:
        prec = 100.0 * t / (t + p) if t + p else 0.0
        rec = 100.0 * t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"p": prec, "r": rec, "f1": f1}

    result = {k: prf(tp[k], fp[k], fn[k]) for k in (*TYPES, "MISC")}
    result["micro"] = prf(sum(tp[k] for k in TYPES), sum(fp[k] for k in TYPES), sum(fn[k] for k in TYPES))
    return result


def evaluate(shared: Path, limit: int | None = None, components: tuple[str, ...] | None = None) -> dict:
    """Score the bare model and sitroom on ``eval/ner/conll2003/eng.testb`` (first ``limit`` docs)."""
    import spacy

    from sitroom import nlp as sitroom_nlp

    path = Path(shared) / "eval" / "ner" / "conll2003" / "eng.testb"
    docs = list(read_conll(path))[:limit]
    gold = [d[2] for d in docs]
    bare = spacy.load(sitroom_nlp.MODEL)
    ours = sitroom_nlp.add_components(
        spacy.load(sitroom_nlp.MODEL), sitroom_nlp.NlpOptions(components=components)
    )
    out: dict = {"docs": float(len(docs)), "tokens": float(sum(len(d[0]) for d in docs))}
    for name, nlp in (("spacy", bare), ("sitroom", ours)):
        pred, seconds = _predict(nlp, docs, export=name == "sitroom")
        out[name] = score(gold, pred)
        out[name]["seconds"] = seconds
    return out


def report(result: dict) -> str:
    """Markdown table: F1 per type for bare spaCy and sitroom beside the glue anchor."""
    lines = [
        f"CoNLL-2003 eng.testb, {int(result['docs'])} documents, exact span+type F1",
        "",
        "| system | micro P | micro R | micro F1 | PER | LOC | ORG | MISC (apart) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in ("spacy", "sitroom"):
        r = result[name]
        lines.append(
            f"| {name} | {r['micro']['p']:.1f} | {r['micro']['r']:.1f} | {r['micro']['f1']:.1f} | "
            f"{r['PER']['f1']:.1f} | {r['LOC']['f1']:.1f} | {r['ORG']['f1']:.1f} | {r['MISC']['f1']:.1f} |"
        )
    for name, vals in ANCHORS.items():
        lines.append(f"| {name} (published) | | | {vals['micro']:.1f} | | | {vals['ORG']:.1f} | |")
    return "\n".join(lines)
