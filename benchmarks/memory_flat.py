"""Memory over a long ingest: resident memory of each process, sampled as documents are stored.

    .venv/bin/python benchmarks/memory_flat.py [--corpus reuters] [--limit 0] [--workers 1] [--every 1000]

Runs ``sitroom ingest`` over the corpus (all non-empty bodies; ``--limit`` to stop earlier) into a
fresh store, reads the resident set size of the ingest process and of each worker process from
``/proc`` once a second, and prints one line each time another ``--every`` documents are stored:
documents, seconds, RSS of the parent and of the largest worker. A flat curve (after the first
few thousand documents, once the string store and caches hold the common words) is the goal.
Linux only (``/proc``). Run it under ``nice``: it takes a while.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
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


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, default="reuters")
    ap.add_argument("--limit", type=int, default=0, help="0: every non-empty body")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--tmp", default=None, help="folder for the input copy and the store")
    args = ap.parse_args()
    path = CORPORA[args.corpus]
    if not path.exists():
        print(f"{path} is not present; this benchmark needs ../shared", file=sys.stderr)
        return 2
    tmp = Path(args.tmp or tempfile.mkdtemp(prefix="sitroom-mem-"))
    tmp.mkdir(parents=True, exist_ok=True)
    data, db = tmp / "in.jsonl", tmp / "mem.db"
    db.unlink(missing_ok=True)
    n = 0
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as src, data.open("w", encoding="utf-8") as out:
        for line in src:
            r = json.loads(line)
            if (r.get("text") or "").strip():
                out.write(json.dumps({"title": r.get("title"), "text": r["text"], "date": r.get("date")}) + "\n")
                n += 1
                if args.limit and n >= args.limit:
                    break
    print(f"{n} {args.corpus} bodies -> {db}, workers {args.workers}", flush=True)
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "ingest", "--db", str(db),
           "--workers", str(args.workers), "-q", str(data)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    mark, peak_parent, peak_worker = args.every, 0.0, 0.0
    print(f"{'documents':>9} {'seconds':>8} {'parent MB':>9} {'worker MB':>9} {'peak parent':>11} {'peak worker':>11}")
    while proc.poll() is None:
        time.sleep(1)
        parent = _rss_mb(proc.pid)
        worker = max((_rss_mb(c) for c in _children(proc.pid)), default=0.0)
        peak_parent, peak_worker = max(peak_parent, parent), max(peak_worker, worker)
        stored = _stored(db)
        if stored >= mark:
            print(f"{stored:9d} {time.perf_counter() - start:8.0f} {parent:9.0f} {worker:9.0f} "
                  f"{peak_parent:11.0f} {peak_worker:11.0f}", flush=True)
            mark = (stored // args.every + 1) * args.every
    err = proc.stderr.read() if proc.stderr else ""
    print(f"done: rc {proc.returncode}, {_stored(db)} stored in {time.perf_counter() - start:.0f} s; "
          f"peak parent {peak_parent:.0f} MB, peak worker {peak_worker:.0f} MB")
    if proc.returncode:
        print(err[-800:], file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main())
