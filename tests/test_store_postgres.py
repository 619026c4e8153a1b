"""PostgreSQL behind the same store interface: the same picture as SQLite, shared by processes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_support import COMMAND, env, sitroom

from sitroom.store import open_store

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model




def _export(db: str) -> list[dict]:
    r = sitroom("export", "--db", db, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    docs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return sorted(docs, key=lambda d: d["document"]["id"])


def _strip(doc: dict) -> dict:
    doc = dict(doc)
    doc["document"] = {k: v for k, v in doc["document"].items() if k != "ingested_at"}
    return doc


def test_postgres_gives_the_same_export_and_analysis_as_sqlite(pg_cluster, tmp_path):
    url, path = pg_cluster.create_database("same_as_sqlite"), str(tmp_path / "s.db")
    for db in (url, path):
        r = sitroom("ingest", "--db", db, str(ROOT / "examples"))
        assert r.returncode == 0, r.stderr
    assert [_strip(d) for d in _export(url)] == [_strip(d) for d in _export(path)]
    for command in (["conflicts", "--format", "json"], ["timeline", "--format", "json"],
                    ["actor", "Russia", "--format", "json"], ["search", "drills", "--format", "json"]):
        on_pg, on_sqlite = sitroom(*command, "--db", url), sitroom(*command, "--db", path)
        assert on_pg.returncode == 0, on_pg.stderr
        assert on_pg.stdout == on_sqlite.stdout or command[0] == "search", command
    hits = json.loads(sitroom("search", "drills", "--format", "json", "--db", url).stdout)
    assert hits and "[drills]" in json.dumps(hits)


def test_concurrent_ingests_into_one_postgres_store_lose_and_duplicate_nothing(pg_cluster, tmp_path):
    url = pg_cluster.create_database("concurrent")
    rows = [{"title": f"Report {i}", "date": "2021-08-0" + str(1 + i % 9),
             "text": f"Report {i}. Russian troops held drills with Tajikistan near Dushanbe on Monday."
                     f" The exercise involved {1000 + i} soldiers."} for i in range(24)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    procs = [subprocess.Popen([*COMMAND, "ingest", "--db", url, str(batch)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), cwd=ROOT)
             for _ in range(4)]
    results = [(p.wait(timeout=600), p.stdout.read(), p.stderr.read()) for p in procs]
    for rc, out, err in results:
        assert rc == 0, err
        assert "Traceback" not in err and "please report" not in err
    with open_store(url) as store:
        assert store.stats()["documents"] == 24
        ids = [r["id"] for r in store.rows("SELECT id FROM documents")]
        assert len(ids) == len(set(ids)) == 24
        events = store.rows("SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id")
        assert len(events) == 24 and len({r["n"] for r in events}) == 1
