"""Hand audits of what `sitroom export` prints: draw facts at random, keep verdicts, score.

    python -m audit.sheet draw  --export EXPORT.jsonl --kind events --n 100 --seed 11 --out SHEET.jsonl
    python -m audit.sheet record --sheet SHEET.jsonl --verdicts VERDICTS.jsonl
    python -m audit.sheet score --export EXPORT.jsonl --kind events --n 100 --seed 11
    python -m audit.sheet pooled --export EXPORT.jsonl --kind events   # every judged fact still exported

A fact is identified by (document id, start, end, fingerprint), the fingerprint being a hash of
what the export says about it (category, status, actors, date ...). Verdicts are kept in
`audit/judgements/<kind>.jsonl` as that key, the verdict and an error code: no article text.
A re-draw after a change reuses every verdict whose fact is unchanged; only new or changed facts
land on the sheet to be judged. The sheet (with the sentence, for the judge) goes to a scratch
path outside the repository.

Kinds:
- events: every exported event that the picture shows (events flagged ``shown: false`` are
  left out); judged on act, category, status, actors and targets.
- dates: exported events with a date; judged on the date and what it rests on.
- places: every place mention; judged on being a place and resolving to the right one.
- people: every mention of a person entity; judged on being a person and on identity and role.
- figures: every exported quantity; judged on being an amount and on what is shown of it (the
  figure as displayed, what it counts, its subject and attribute).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections.abc import Iterator
from pathlib import Path

JUDGEMENTS = Path(__file__).resolve().parent / "judgements"
KINDS = ("events", "dates", "places", "people", "figures")


def _docs(export: Path) -> Iterator[dict]:
    with export.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _sentence_of(doc: dict, start: int, end: int) -> tuple[int, int]:
    text = doc["document"]["text"]
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    hi_dot, hi_nl = text.find(". ", end), text.find("\n", end)
    his = [h for h in (hi_dot, hi_nl) if h >= 0]
    return (lo + 1 if lo >= 0 else 0), (min(his) + 1 if his else len(text))


def _names(doc: dict) -> dict[str, str]:
    out = {e["id"]: f"{e['name']} ({e['kind']}{', ' + e['country'] if e.get('country') else ''})"
           for e in doc["entities"]}
    out.update({p["id"]: p["name"] for p in doc["places"]})
    return out


def _fp(fields: dict) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:12]


def _event_fields(doc: dict, ev: dict, names: dict[str, str]) -> dict:
    return {
        "type": ev["type"], "mode": ev.get("mode"), "status": ev["status"],
        "actors": [names.get(a, a) for a in ev["actors"]],
        "targets": [names.get(t, t) for t in ev["targets"]],
        "trigger": [ev.get("trigger", {}).get("start"), ev.get("trigger", {}).get("end")],
    }


def _figure_fields(q: dict) -> dict:
    """What a reader is shown of a figure: the display (value, range, hedge, unit as written and
    any conversion), its kind, what it counts, and its subject and attribute when it has them."""
    return {"display": q.get("display"), "kind": q.get("kind"), "counted": q.get("counted_phrase"),
            "subject": q.get("subject_name"), "attribute": q.get("attribute")}


def _date_fields(ev: dict) -> dict:
    return {"date": ev.get("date"), "date_source": ev.get("date_source"),
            "precision": ev.get("date_precision"),
            "trigger": [ev.get("trigger", {}).get("start"), ev.get("trigger", {}).get("end")]}


def facts(export: Path, kind: str, candidates: bool = False) -> Iterator[dict]:
    """Every fact of a kind in the export, with what a judge needs (held in memory only).

    ``candidates``: events with an identified doer that the trust model doubts are drawn too
    (labels for training that model, on dev material only)."""
    for doc in _docs(export):
        names, text = _names(doc), doc["document"]["text"]
        meta = {"doc": doc["document"]["id"], "published": doc["document"].get("published"),
                "title": doc["document"].get("title")}
        if kind in ("events", "dates"):
            for ev in doc["events"]:
                if ev.get("shown") is False and not (candidates and ev.get("actors")):
                    continue
                if kind == "dates" and not ev.get("date"):
                    continue
                s, e = ev["sentence"]["start"], ev["sentence"]["end"]
                fields = _event_fields(doc, ev, names) if kind == "events" else _date_fields(ev)
                shown = dict(fields, place=names.get(ev.get("place"), ev.get("place")),
                             trigger_text=ev.get("trigger", {}).get("text"),
                             counts=ev.get("counts"))
                yield dict(meta, start=s, end=e, fact=_fp(fields), sentence=text[s:e], shown=shown)
        elif kind == "places":
            for p in doc["places"]:
                fields = {"name": p["name"], "lat": round(p["lat"], 2), "lon": round(p["lon"], 2),
                          "country": p.get("country"), "feature": p.get("feature")}
                for m in p["mentions"]:
                    s, e = _sentence_of(doc, m["start"], m["end"])
                    # how the words refer (demonym, metonym, inside a name ...) is part of the claim
                    used = dict(fields, use=m["use"]) if m.get("use", "literal") != "literal" else fields
                    yield dict(meta, start=m["start"], end=m["end"], fact=_fp(used),
                               sentence=text[s:e], shown=dict(used, mention=m["text"]))
        elif kind == "people":
            for ent in doc["entities"]:
                if ent["kind"] != "person":
                    continue
                fields = {"name": ent["name"], "role": ent.get("role"), "country": ent.get("country")}
                for m in ent["mentions"]:
                    s, e = _sentence_of(doc, m["start"], m["end"])
                    yield dict(meta, start=m["start"], end=m["end"], fact=_fp(fields),
                               sentence=text[s:e], shown=dict(fields, mention=m["text"]))
        elif kind == "figures":
            for q in doc.get("quantities", []):
                fields = _figure_fields(q)
                s, e = _sentence_of(doc, q["start"], q["end"])
                yield dict(meta, start=q["start"], end=q["end"], fact=_fp(fields),
                           sentence=text[s:e], shown=dict(fields, mention=q.get("text")))
        else:
            raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")


def _key(item: dict) -> str:
    return f"{item['doc']}:{item['start']}-{item['end']}:{item['fact']}"


def draw(export: Path, kind: str, n: int, seed: int,
         candidates: bool = False) -> tuple[list[dict], int, int]:
    """A fixed-seed random sample of facts, with their number and the number of documents."""
    population = sorted(facts(export, kind, candidates), key=lambda f: (f["doc"], f["start"], f["end"], f["fact"]))
    n_docs = sum(1 for _ in _docs(export))
    sample = random.Random(seed).sample(population, min(n, len(population)))
    return sample, len(population), n_docs


def load_verdicts(kind: str) -> dict[str, dict]:
    path = JUDGEMENTS / f"{kind}.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return {r["key"]: r for r in rows}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def cmd_draw(args: argparse.Namespace) -> int:
    sample, total, _ = draw(Path(args.export), args.kind, args.n, args.seed, args.candidates)
    known = load_verdicts(args.kind)
    todo = [dict(item, key=_key(item)) for item in sample if _key(item) not in known]
    with open(args.out, "w", encoding="utf-8") as out:
        for item in todo:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{args.kind}: drew {len(sample)} of {total}; {len(sample) - len(todo)} already judged, "
          f"{len(todo)} to judge -> {args.out}")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    sheet = {json.loads(line)["key"]: json.loads(line) for line in open(args.sheet, encoding="utf-8")}
    kind = args.kind
    known = load_verdicts(kind)
    added = 0
    for line in open(args.verdicts, encoding="utf-8"):
        if not line.strip():
            continue
        v = json.loads(line)
        if v["key"] not in sheet:
            print(f"{args.verdicts}: key {v['key']} is not on the sheet; skipped", file=sys.stderr)
            continue
        if v["verdict"] not in ("right", "wrong"):
            print(f"{args.verdicts}: verdict must be right or wrong, got {v['verdict']!r}", file=sys.stderr)
            return 2
        item = sheet[v["key"]]
        known[v["key"]] = {"key": v["key"], "doc": item["doc"], "start": item["start"],
                           "end": item["end"], "fact": item["fact"], "verdict": v["verdict"],
                           "error": v.get("error")}
        added += 1
    JUDGEMENTS.mkdir(exist_ok=True)
    with (JUDGEMENTS / f"{kind}.jsonl").open("w", encoding="utf-8") as out:
        for key in sorted(known):
            out.write(json.dumps(known[key], sort_keys=True) + "\n")
    print(f"{kind}: recorded {added} verdicts; {len(known)} kept")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    sample, total, n_docs = draw(Path(args.export), args.kind, args.n, args.seed)
    known = load_verdicts(args.kind)
    judged = [known[_key(i)] for i in sample if _key(i) in known]
    right = sum(1 for v in judged if v["verdict"] == "right")
    lo, hi = wilson(right, len(judged))
    errors: dict[str, int] = {}
    for v in judged:
        if v["verdict"] == "wrong":
            errors[v.get("error") or "other"] = errors.get(v.get("error") or "other", 0) + 1
    missing = len(sample) - len(judged)
    precision = right / len(judged) if judged else 0.0
    result = {"kind": args.kind, "seed": args.seed, "drawn": len(sample), "judged": len(judged),
              "unjudged": missing, "right": right, "precision": round(100 * precision, 1),
              "ci95": [round(100 * lo, 1), round(100 * hi, 1)], "facts": total, "documents": n_docs,
              "facts_per_doc": round(total / n_docs, 2) if n_docs else 0.0,
              "right_per_doc_est": round(precision * total / n_docs, 2) if n_docs else 0.0,
              "errors": dict(sorted(errors.items(), key=lambda kv: -kv[1]))}
    print(json.dumps(result))
    return 1 if missing else 0


def cmd_pooled(args: argparse.Namespace) -> int:
    """Precision over every fact of the export that any earlier draw judged (a larger sample than
    one draw: the union of random draws from the export and its unchanged predecessors)."""
    population = list(facts(Path(args.export), args.kind))
    known = load_verdicts(args.kind)
    judged = [known[_key(f)] for f in population if _key(f) in known]
    right = sum(1 for v in judged if v["verdict"] == "right")
    lo, hi = wilson(right, len(judged))
    print(json.dumps({"kind": args.kind, "facts": len(population), "judged": len(judged), "right": right,
                      "precision": round(100 * right / max(1, len(judged)), 1),
                      "ci95": [round(100 * lo, 1), round(100 * hi, 1)]}))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.sheet", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("draw", "score", "pooled"):
        p = sub.add_parser(name)
        p.add_argument("--export", required=True, help="output of `sitroom export --format jsonl`")
        p.add_argument("--kind", choices=KINDS, required=True)
        if name == "pooled":
            continue
        p.add_argument("--n", type=int, default=100)
        p.add_argument("--seed", type=int, default=11)
        if name == "draw":
            p.add_argument("--out", required=True, help="the sheet to judge (outside the repository)")
            p.add_argument("--candidates", action="store_true",
                           help="events: also those the trust model doubts (dev labels for training it)")
    p = sub.add_parser("record")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--sheet", required=True)
    p.add_argument("--verdicts", required=True, help='JSON Lines: {"key", "verdict": right|wrong, "error"}')
    args = ap.parse_args(argv)
    return {"draw": cmd_draw, "record": cmd_record, "score": cmd_score, "pooled": cmd_pooled}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
