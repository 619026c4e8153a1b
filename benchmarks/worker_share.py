"""Who does the work in ``sitroom ingest --workers N``: each process's start and CPU seconds.

    .venv/bin/python benchmarks/worker_share.py [--limit 150] [--workers 2] [--corpus bbc|reuters]
        [--checkout DIR]

Runs ``sitroom ingest --workers N`` of the first ``--limit`` articles into a fresh store and
reads ``/proc`` every 50 ms: for the parent (reading, skipping, store writes, cross-document
linking) and each child process (the workers, and multiprocessing's resource tracker), when it
started after the parent and the CPU seconds (user + system) it had used when last seen. CPU
seconds are what a shared machine's load barely moves; the parent's share is CPU the workers
cannot use, and workers that start one after another leave a core idle while the first loads
its model. ``--checkout`` runs another checkout's sitroom (the code before a change). Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_speed import CORPORA, ROOT, _rows  # noqa: E402

INGEST = "import sys; from sitroom.cli import main; sys.argv[0] = 'sitroom'; sys.exit(main())"


def _stat(pid: str) -> tuple[int, float, float]:
    """Parent pid, CPU seconds and start time (seconds after boot) of process ``pid``."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        raw = fh.read()
    fields = raw[raw.rindex(")") + 2:].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / tick, int(fields[19]) / tick


def watch(cmd: list[str], env: dict[str, str]) -> tuple[float, dict[int, tuple[float, float]], str]:
    """Run ``cmd``; wall seconds, {pid: (start offset s, CPU s)} of it and its children, stderr's end."""
    seen: dict[int, tuple[float, float]] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                ppid, cpu, start = _stat(pid)
            except (OSError, ValueError, IndexError):
                continue
            if int(pid) == proc.pid or ppid == proc.pid:
                seen[int(pid)] = (start, cpu)
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    tail = proc.stderr.read().strip().splitlines()[-1:] if proc.stderr else []
    if proc.returncode not in (0, 1):
        sys.exit(f"ingest failed ({proc.returncode}): {' '.join(tail)}")
    base = seen.get(proc.pid, (0.0, 0.0))[0]
    return wall, {pid: (start - base, cpu) for pid, (start, cpu) in seen.items()}, " ".join(tail)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, default="bbc")
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the sitroom checkout to run")
    args = ap.parse_args()
    if not CORPORA[args.corpus].exists():
        print(f"{CORPORA[args.corpus]} is not present; this benchmark needs ../shared", file=sys.stderr)
        return 2
    rows = _rows(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(args.checkout.resolve()))
        cmd = [sys.executable, "-P", "-c", INGEST, "ingest", "--db", str(Path(tmp) / "s.db"),
               "--workers", str(args.workers), "-q", str(data)]
        wall, procs, tail = watch(cmd, env)
    parent = min(procs, key=lambda pid: procs[pid][0])
    total = sum(cpu for _, cpu in procs.values())
    print(f"{args.checkout}: {len(rows)} {args.corpus} articles, --workers {args.workers}: wall {wall:.1f} s, "
          f"CPU {total:.1f} s ({tail})")
    for pid, (start, cpu) in sorted(procs.items(), key=lambda kv: kv[1][0]):
        role = "parent" if pid == parent else "child"
        print(f"  {role:6s} started +{start:5.2f} s  CPU {cpu:6.2f} s  ({100 * cpu / total:4.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
