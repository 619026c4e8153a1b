"""Scaling on one machine, in one run: bare spaCy, sitroom --workers 1, --workers N, same texts.

    .venv/bin/python benchmarks/scale_speed.py [--limit 500] [--workers 2] [--corpus bbc|reuters]
        [--rounds R] [--against OTHER_CHECKOUT]

Each measurement runs in its own child process (so peak memory is that run's own): bare
``nlp.pipe`` of the trained model over the texts; then ``sitroom ingest`` of the same texts into a
fresh store with ``--workers 1`` and with ``--workers N``. Prints seconds, articles per second, the
ratios (sitroom 1 worker / bare spaCy, N workers / 1 worker) and peak RSS of the largest process
of each run (the parent, or the largest worker). Ratios from one run on one machine; the absolute
figures depend on the machine and its load. ``--workers 1`` measures one worker only;
``--against DIR`` adds ``sitroom --workers 1`` (and ``--workers N``) from another checkout (the
code before a change) to every round, so before and after are read in the same run. "bare spaCy, numpy gemm" is bare
``nlp.pipe`` with the matrix-product back-end that ``sitroom.nlp.build`` chooses, to show what
of sitroom's gain is that back-end.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "news_text"
CORPORA = {
    "bbc": SHARED / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl",
    "reuters": SHARED / "reuters21578" / "reuters21578.jsonl.gz",
}

BARE = """
import json, sys, spacy
from sitroom.nlp import MODEL
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(MODEL)
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""

BARE_NUMPY = """
import json, sys, spacy
from thinc.api import use_ops
from sitroom.nlp import MODEL, single_thread_blas
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
assert single_thread_blas()
with use_ops("numpy", use_blis=False):
    nlp = spacy.load(MODEL)
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""
INGEST = "from sitroom.cli import main; main()"


def _rows(corpus: str, limit: int) -> list[dict]:
    path = CORPORA[corpus]
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if (r.get("text") or "").strip():
                rows.append({"title": r.get("title"), "text": r["text"], "date": r.get("date") or "2005-01-01"})
            if len(rows) >= limit:
                break
    return rows


def _timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, all its processes) and the peak RSS (MB) of the
    largest process the command ran (in ``cwd``: the checkout whose ``sitroom`` it imports)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    seconds = time.perf_counter() - t
    if r.returncode not in (0,):
        sys.exit(f"{' '.join(cmd[:4])} ... failed: {r.stderr[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, default="bbc")
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1,
                    help="run the measurements this many times, alternating; keep each one's best")
    ap.add_argument("--against", type=Path, default=None,
                    help="another sitroom checkout: its ingest --workers 1 is measured in each round too")
    args = ap.parse_args()
    if not CORPORA[args.corpus].exists():
        print(f"{CORPORA[args.corpus]} is not present; this benchmark needs ../shared", file=sys.stderr)
        return 2
    rows = _rows(args.corpus, args.limit)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        results: dict[str, tuple[float, float, float]] = {}

        def keep(name: str, got: tuple[float, float, float]) -> None:
            old = results.get(name, got)
            results[name] = (min(old[0], got[0]), min(old[1], got[1]), max(old[2], got[2]))

        def ingest(name: str, workers: int, cwd: Path) -> None:
            db = Path(tmp) / f"{name.replace(' ', '_')}.db"
            for leftover in (db, db.with_suffix(".db-wal"), db.with_suffix(".db-shm")):
                leftover.unlink(missing_ok=True)
            keep(name, _timed([py, "-c", INGEST, "ingest", "--db", str(db), "--workers", str(workers),
                               "-q", str(data)], cwd))

        for _ in range(max(1, args.rounds)):
            keep("bare spaCy", _timed([py, "-c", BARE, str(data)]))
            keep("bare spaCy, numpy gemm", _timed([py, "-c", BARE_NUMPY, str(data)]))
            if args.against:
                for w in sorted({1, args.workers}):
                    ingest(f"before: --workers {w}", w, args.against.resolve())
            for w in sorted({1, args.workers}):
                ingest(f"sitroom --workers {w}", w, ROOT)
    n = len(rows)
    print(f"{n} {args.corpus} articles, {sum(len(r['text']) for r in rows):,} characters, "
          f"best of {max(1, args.rounds)} round(s)")
    for name, (sec, cpu, mb) in results.items():
        print(f"  {name:22s} {sec:7.1f} s  {n / sec:6.2f} articles/s  CPU {cpu:7.1f} s  "
              f"peak RSS {mb:6.0f} MB (largest process)")
    (bare, bare_cpu, _), (one, one_cpu, _) = results["bare spaCy"], results["sitroom --workers 1"]
    print(f"  sitroom 1 worker vs bare spaCy: {bare / one:.2f}x the speed (time ratio {one / bare:.2f});"
          f" CPU seconds ratio {one_cpu / bare_cpu:.2f}")
    print(f"  sitroom 1 worker vs bare spaCy with numpy gemm: CPU seconds ratio "
          f"{one_cpu / results['bare spaCy, numpy gemm'][1]:.2f}")
    if args.against:
        print(f"  before (--against) 1 worker vs bare spaCy: CPU seconds ratio "
              f"{results['before: --workers 1'][1] / bare_cpu:.2f}")
    if args.workers != 1:
        many, many_cpu, _ = results[f"sitroom --workers {args.workers}"]
        print(f"  {args.workers} workers vs 1 worker: {one / many:.2f}x (CPU seconds {many_cpu:.1f} against "
              f"{one_cpu:.1f}: +{many_cpu - one_cpu:.1f} s for {args.workers - 1} more)")
        if args.against:
            b1, b1_cpu, _ = results["before: --workers 1"]
            bn, bn_cpu, _ = results[f"before: --workers {args.workers}"]
            print(f"  before (--against): {args.workers} workers vs 1 worker: {b1 / bn:.2f}x (CPU seconds "
                  f"{bn_cpu:.1f} against {b1_cpu:.1f}: +{bn_cpu - b1_cpu:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
