"""What a change did to the audit's pool: the facts to re-judge and the judged facts that left.

    python -m audit.changed --before BEFORE.jsonl --after AFTER.jsonl --kind places --out DIR

Two exports of the same documents (the code before and after a change) are compared fact by fact:
events and dates at their trigger (and category), places and people at their mention. For each
kind it prints how many facts were removed, changed and added, split by the verdict the earlier
fact had (``audit/judgements``), and writes ``DIR/<kind>-sheet.jsonl``: every fact of AFTER that
has no verdict yet and stands where a fact changed or was added, with its sentence and what was
exported before, for a judge (``python -m audit.sheet record --sheet DIR/<kind>-sheet.jsonl``
records the verdicts). The sheet holds article text: keep DIR outside the repository.
Only documents in both exports are compared, so an export of a subset can be set against a
whole one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from audit.sheet import KINDS, _docs, _key, facts, load_verdicts


def _place(kind: str, fact: dict) -> tuple:
    if kind in ("events", "dates"):
        trigger = tuple(fact["shown"]["trigger"])
        return fact["doc"], trigger, fact["shown"].get("type") if kind == "events" else None
    return fact["doc"], fact["start"], fact["end"]


def _index(export: Path, kind: str, docs: set[str]) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for fact in facts(export, kind):
        if fact["doc"] in docs:
            out.setdefault(_place(kind, fact), fact)
    return out


def compare(before: Path, after: Path, kind: str) -> list[dict]:
    """Every fact that differs: {"change": removed|changed|added, "before": fact|None, "after": fact|None}.
    An event whose category changed at one trigger is one change, not a removal and an addition."""
    docs = {d["document"]["id"] for d in _docs(before)} & {d["document"]["id"] for d in _docs(after)}
    old, new = _index(before, kind, docs), _index(after, kind, docs)
    rows, paired = [], set()
    if kind == "events":  # pair a lone removed event with a lone added one at the same trigger
        gone = [k for k in old if k not in new]
        came = {k[:2]: k for k in new if k not in old}
        for k in gone:
            if k[:2] in came and came[k[:2]] not in paired:
                rows.append({"change": "changed", "before": old[k], "after": new[came[k[:2]]]})
                paired |= {k, came[k[:2]]}
    for k in sorted(set(old) | set(new), key=lambda k: (k[0], str(k[1:]))):
        if k in paired:
            continue
        a, b = old.get(k), new.get(k)
        if a and b and a["fact"] == b["fact"]:
            continue
        rows.append({"change": "removed" if b is None else "added" if a is None else "changed",
                     "before": a, "after": b})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.changed", description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--kind", choices=KINDS, action="append", required=True)
    ap.add_argument("--out", required=True, help="a scratch folder outside the repository")
    args = ap.parse_args(argv)
    for path in (args.before, args.after):
        if not Path(path).is_file():
            print(f"{path}: no such export; write one with `sitroom export --format jsonl -o {path}`", file=sys.stderr)
            return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for kind in args.kind:
        known = load_verdicts(kind)
        counts: Counter[str] = Counter()
        sheet = []
        for row in compare(Path(args.before), Path(args.after), kind):
            was = known.get(_key(row["before"])) if row["before"] else None
            now = known.get(_key(row["after"])) if row["after"] else None
            tag = f"{row['change']}, {'judged ' + was['verdict'] if was else 'unjudged'} before"
            if row["change"] != "removed" and now:
                tag += f", judged {now['verdict']} now"
            counts[tag] += 1
            if row["change"] != "removed" and not now:
                fact = row["after"]
                sheet.append({"key": _key(fact), "doc": fact["doc"], "start": fact["start"], "end": fact["end"],
                              "fact": fact["fact"], "title": fact["title"], "published": fact["published"],
                              "sentence": fact["sentence"], "shown": fact["shown"],
                              "before": row["before"] and row["before"]["shown"]})
        with (out / f"{kind}-sheet.jsonl").open("w", encoding="utf-8") as fh:
            for item in sheet:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        for tag, n in sorted(counts.items()):
            print(f"{kind}: {tag}: {n}")
        print(f"{kind}: {len(sheet)} to judge -> {out / f'{kind}-sheet.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
