"""Latency of every web page on a store, over real HTTP to loopback (target: p95 < 300 ms).

    .venv/bin/python benchmarks/web_latency.py --db corpus.db [--requests 30] [--actor Russia]

Starts the app with uvicorn on 127.0.0.1 and a free port, requests each page once (printed as
"cold": the first request after start-up or an ingest computes the aggregates that the app then
keeps until the store changes), then sends a bounded number of sequential requests per page and
prints p50, p95 and max in milliseconds.
Exit status 1 when any page's p95 is over the target.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

TARGET_MS = 300.0


def pages(store, actor: str) -> list[tuple[str, str]]:
    """(name, path) for every page and JSON twin, with ids taken from the store."""
    from sitroom.analyze.profile import find_entity

    docs = store.rows("SELECT id FROM documents ORDER BY length(text) DESC LIMIT 1")
    doc = docs[0]["id"] if docs else "0000"
    try:
        entity = find_entity(store, actor)
    except Exception:  # noqa: BLE001 - any actor will do when the named one is absent
        top = store.rows("SELECT entity_id FROM mentions GROUP BY entity_id"
                         " ORDER BY count(*) DESC LIMIT 1")
        entity = top[0]["entity_id"] if top else "RUS"
    word = "border"
    e = quote(entity, safe=":")
    out = []
    for name, path in [
        ("overview", "/"), ("documents", "/documents"), ("document (longest)", f"/documents/{doc}"),
        ("entities", "/entities"), ("entity", f"/entities/{e}"), ("map", "/map"),
        ("timeline", "/timeline"), ("timeline (actor)", f"/timeline?actor={e}"),
        ("conflicts", "/conflicts"), ("search", f"/search?q={word}"), ("ingest form", "/ingest"),
        ("documents (sorted, page 3)", "/documents?sort=-events&offset=100"),
        ("entities (by name, page 3)", "/entities?sort=name&offset=100"),
        ("timeline (page 3, oldest)", "/timeline?sort=oldest&offset=100"),
        ("search (phrase, filters)", f"/search?q=%22{word}+guards%22&from=2000&sort=newest"),
        ("duplicates", "/entities/duplicates"),
    ]:
        out.append((name, path))
        if name not in ("ingest form", "map"):
            base, _, query = path.partition("?")
            json_path = ("/index.json" if base == "/" else base + ".json") + ("?" + query if query else "")
            out.append((name + " .json", json_path))
    out += [("map .json", "/map.json"), ("map .json (actor)", f"/map.json?actor={e}"),
            ("borders", "/map/borders.geojson")]
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="The store to serve (SQLite file).")
    parser.add_argument("--requests", type=int, default=30, help="Requests per page (max 500).")
    parser.add_argument("--actor", default="Russia", help="Actor for the entity and filter pages.")
    args = parser.parse_args()
    if not Path(args.db).exists():
        print(f"{args.db} does not exist; ingest a corpus into it first", file=sys.stderr)
        return 2
    n = max(1, min(args.requests, 500))

    import httpx
    import uvicorn

    from sitroom.store import open_store
    from sitroom.web import create_app

    with open_store(args.db) as store:
        stats = store.stats()
        targets = pages(store, args.actor)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    print(f"store {args.db}: {stats['documents']:,} documents, {stats['events']:,} events, "
          f"{stats['mentions']:,} mentions; {n} requests per page\n")
    print(f"{'page':28} {'status':>6} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'KB':>7}")
    worst = 0.0
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for name, path in targets:
                t0 = time.perf_counter()
                first = client.get(path)  # warm-up: caches, lazily built files
                cold = (time.perf_counter() - t0) * 1000
                times = []
                for _ in range(n):
                    t0 = time.perf_counter()
                    r = client.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                p95 = percentile(times, 95)
                worst = max(worst, p95)
                flag = "" if p95 < TARGET_MS else "  over target"
                print(f"{name:28} {r.status_code:>6} {cold:8.1f} {statistics.median(times):8.1f} {p95:8.1f}"
                      f" {max(times):8.1f} {len(first.content) / 1024:7.1f}{flag}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(f"\nworst p95: {worst:.1f} ms (target {TARGET_MS:.0f} ms)")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
