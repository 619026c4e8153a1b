"""Loopback load through the web guard: concurrent readers, an uploader and hostile requests.

    .venv/bin/python benchmarks/web_guard_load.py --db STORE [--threads 8] [--requests 40]

Serves STORE (a copy is used, so it is left unchanged) with uvicorn on 127.0.0.1, then runs
``--threads`` clients at once, each sending ``--requests`` requests drawn from: reading pages and
JSON twins, pasting a small article (same origin), and hostile requests that must be refused
(cross-site form post 403, foreign Host 400, NUL in a query 400, HEAD 200). Prints p50/p99
latency per kind and every unexpected answer; exit status 1 when there is any (a 5xx, a lock
error, a hostile request let through).
"""

from __future__ import annotations

import argparse
import http.client
import random
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARTICLE = ("Government forces retook the town of Kunduz on {day} after a week of fighting, officials said. "
           "Aid agencies said about {n} families had fled the northern districts.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port: int, method: str, path: str, headers: dict | None = None, body: bytes | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    start = time.perf_counter()
    conn.request(method, path, body=body, headers={"host": f"127.0.0.1:{port}", **(headers or {})})
    answer = conn.getresponse()
    data = answer.read()
    conn.close()
    return answer.status, data, (time.perf_counter() - start) * 1000


def form(text: str) -> tuple[bytes, str]:
    boundary = "sitroomload"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n{text}\r\n--{boundary}--\r\n")
    return body.encode(), f"multipart/form-data; boundary={boundary}"


def kinds(port: int, n: int):
    """(kind, method, path, headers, body, expected statuses) for request number n."""
    body, ctype = form(ARTICLE.format(day=f"day {n}", n=n))
    return random.Random(n).choice([
        ("read", "GET", "/index.json", {}, None, {200}),
        ("read", "GET", "/documents.json?limit=20", {}, None, {200}),
        ("read", "GET", "/entities.json?limit=50", {}, None, {200}),
        ("read", "GET", "/timeline.json?limit=50", {}, None, {200}),
        ("read", "GET", "/search.json?q=Kunduz", {}, None, {200}),
        ("read", "GET", "/", {"accept": "text/html"}, None, {200}),
        ("upload", "POST", "/ingest.json", {"content-type": ctype, "origin": f"http://127.0.0.1:{port}"}, body,
         {200, 201}),
        ("hostile", "POST", "/ingest", {"content-type": ctype, "origin": "http://evil.example"}, body, {403}),
        ("hostile", "GET", "/index.json", {"host": "evil.example"}, None, {400}),
        ("hostile", "GET", "/search.json?q=a%00b", {}, None, {400}),
        ("hostile", "HEAD", "/index.json", {}, None, {200}),
    ])


def main() -> int:
    import uvicorn

    from sitroom.web import create_app

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitroom-load-"))
    db = work / "load.db"
    shutil.copy(args.db, db)

    def blank_nlp():
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db), nlp_factory=blank_nlp), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    times: dict[str, list[float]] = {}
    unexpected: list[str] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        for i in range(args.requests):
            kind, method, path, headers, body, ok = kinds(port, k * 100_000 + i)
            try:
                status, data, ms = request(port, method, path, headers, body)
            except Exception as exc:  # noqa: BLE001 - counted as an error
                status, data, ms = 0, str(exc).encode(), 0.0
            with lock:
                times.setdefault(kind, []).append(ms)
                if status not in ok or b"locked" in data:
                    unexpected.append(f"{method} {path} -> {status} {data[:120]!r}")

    start = time.perf_counter()
    clients = [threading.Thread(target=client, args=(k,)) for k in range(args.threads)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    wall = time.perf_counter() - start
    server.should_exit = True
    thread.join(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
    total = sum(len(v) for v in times.values())
    print(f"{args.threads} clients x {args.requests} requests = {total} in {wall:.1f} s")
    for kind, values in sorted(times.items()):
        values.sort()
        p99 = values[min(len(values) - 1, int(0.99 * len(values)))]
        print(f"{kind:<8} n={len(values):<5} p50={statistics.median(values):8.1f} ms  p99={p99:8.1f} ms")
    print(f"unexpected answers: {len(unexpected)}")
    for line in unexpected[:10]:
        print("  " + line)
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
