"""Dev measure of event-date precision (helper dt), on articles outside the audit mix.

Dev corpus: ISOT Reuters rows 150-449 of ../shared/corpus/news_text/isot_true_sample (the audit
mix takes rows 0-149), written as JSON Lines under /tmp, ingested, exported; 100 dated events
drawn with seed 41; verdicts in ``audit/dev/dates-dt.jsonl`` (document id, offsets, fingerprint,
verdict, error code; no text), judged by reading each sentence against audit/README.md "dates".

    python -m audit.dev_dates EXPORT.jsonl TODO.jsonl   # prints the score; unjudged -> TODO
    python -m audit.dev_dates EXPORT.jsonl TODO.jsonl --all   # every dated event, not a sample

Second dev corpus (helper dt, session 3): ``python -m audit.mix --dev`` and ``--dev2`` (854
articles: ISOT rows 150-543, 160 Tehran Times, 300 BBC), ingested as one store of 150 (ISOT rows
450-543, the first 28 Tehran Times and 28 BBC articles of ``--dev2``) and one of the other 704;
every dated event of both exports judged, before (main 3fe984b) and after each change. Where a
fact was already judged above, that verdict stands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from audit.sheet import _key, draw, wilson

VERDICTS = Path(__file__).resolve().parent / "dev" / "dates-dt.jsonl"
SEED = 41


def main(argv: list[str]) -> int:
    every = "--all" in argv
    argv = [a for a in argv if a != "--all"]
    if len(argv) != 2:
        print("usage: python -m audit.dev_dates EXPORT.jsonl TODO.jsonl [--all]", file=sys.stderr)
        return 2
    known = {json.loads(line)["key"]: json.loads(line) for line in VERDICTS.open(encoding="utf-8")}
    sample, total, n_docs = draw(Path(argv[0]), "dates", 10**9 if every else 100, SEED)
    judged = [known[_key(i)] for i in sample if _key(i) in known]
    todo = [dict(i, key=_key(i)) for i in sample if _key(i) not in known]
    right = sum(v["verdict"] == "right" for v in judged)
    errors: dict[str, int] = {}
    for v in judged:
        if v["verdict"] == "wrong":
            errors[v["error"]] = errors.get(v["error"], 0) + 1
    lo, hi = wilson(right, len(judged))
    print(json.dumps({"dated": total, "documents": n_docs, "judged": len(judged), "right": right,
                      "unjudged": len(todo), "precision": round(100 * right / max(1, len(judged)), 1),
                      "ci95": [round(100 * lo, 1), round(100 * hi, 1)], "errors": errors}))
    with open(argv[1], "w", encoding="utf-8") as out:
        for item in todo:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 1 if todo else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
