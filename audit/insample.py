"""Pooled precision without the facts whose sentences a turn's helper tasks quoted as examples.

``python -m audit.insample --export E --kind K --left-out audit/insample-turn21.jsonl``: the
left-out file lists (kind, key) of every fact, in any export of the turn, whose sentence held a
fragment that a helper's task quoted from the audit (round 1 of turn 21 was written from error
classes of the audit's final draws). Keys only (document id, offsets, fingerprint): no text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from audit.sheet import _key, facts, load_verdicts, wilson


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.insample", description=__doc__.split("\n")[0])
    ap.add_argument("--export", required=True)
    ap.add_argument("--kind", required=True)
    ap.add_argument("--left-out", required=True)
    args = ap.parse_args(argv)
    out = {r["key"] for r in map(json.loads, Path(args.left_out).open(encoding="utf-8"))
           if r["kind"] == args.kind}
    known = load_verdicts(args.kind)
    judged = [known[_key(f)] for f in facts(Path(args.export), args.kind)
              if _key(f) in known and _key(f) not in out]
    right = sum(1 for v in judged if v["verdict"] == "right")
    lo, hi = wilson(right, len(judged))
    print(json.dumps({"kind": args.kind, "judged": len(judged), "right": right,
                      "precision": round(100 * right / max(1, len(judged)), 1),
                      "ci95": [round(100 * lo, 1), round(100 * hi, 1)]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
