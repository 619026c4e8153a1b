"""How long each corpus-analysis command takes on a store (target: under a second each).

    .venv/bin/python benchmarks/analysis_latency.py --db tehran.db [--actor Russia]

Times the library calls behind `sitroom timeline`, `actor`, `conflicts`, `changes`, `diff` and
`brief` on the given store, each run three times, and prints the best and the worst.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--actor", default="Russia")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated words: time only the commands named with one")
    args = parser.parse_args()
    if not Path(args.db).exists():
        print(f"{args.db} does not exist; ingest a corpus into it first", file=sys.stderr)
        return 2

    from sitroom.analyze.brief import BriefOptions, write_brief
    from sitroom.analyze.changes import diff, store_changes
    from sitroom.analyze.conflicts import find_conflicts
    from sitroom.analyze.profile import actor_profile, find_entity
    from sitroom.analyze.timeline import TimelineFilter, timeline
    from sitroom.analyze.timeline_stream import heading, stream
    from sitroom.store import open_store

    store = open_store(args.db)
    stats = store.stats()
    actor = find_entity(store, args.actor)
    out = Path(tempfile.mkdtemp())
    calls = {
        "timeline (every event, no limit)": lambda: timeline(store),
        "timeline --limit 0: first item": lambda: [next(stream(store, TimelineFilter()))],
        "timeline --limit 0: table heading": lambda: heading(store, TimelineFilter()),
        "timeline (CLI default: first 200)": lambda: timeline(store, limit=200),
        f"timeline --actor {args.actor}": lambda: timeline(store, actor=actor),
        "timeline --category MOBILIZE": lambda: timeline(store, category="MOBILIZE"),
        f"actor {args.actor}": lambda: actor_profile(store, actor),
        "conflicts": lambda: find_conflicts(store),
        "changes": lambda: store_changes(store),
        "diff --before 2015 --after 2023": lambda: diff(store, "2015-01-01", "2023-12-31"),
        f"brief --actor {args.actor}": lambda: write_brief(store, out, BriefOptions(actor=actor)),
    }
    print(f"store {args.db}: {stats['documents']} documents, {stats['events']} events, "
          f"{stats['quantities']} quantities, {stats['mentions']} mentions")
    print(f"{'command':36s} {'best s':>8s} {'worst s':>8s}  result")
    wanted = [w for w in args.only.split(",") if w]
    for name, call in calls.items():
        if wanted and not any(w in name for w in wanted):
            continue
        times, result = [], None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = call()
            times.append(time.perf_counter() - t0)
        size = len(result) if hasattr(result, "__len__") else "-"
        print(f"{name:36s} {min(times):8.3f} {max(times):8.3f}  {size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
