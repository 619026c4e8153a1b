"""Several processes on one store: fresh opens, overlapping ingests, and kill -9 mid-ingest."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import store_workers

import sitroom.ingest_run  # noqa: F401 - imported once here, so forked workers start at once
import sitroom.store  # noqa: F401

HERE = Path(__file__).parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE)])}


def _pool(n: int):
    return multiprocessing.get_context("fork").Pool(n)


def test_eight_processes_opening_a_fresh_store_at_once_all_succeed(tmp_path):
    for round_ in range(2):
        db = str(tmp_path / f"fresh{round_}.db")
        with _pool(8) as pool:
            results = pool.map(store_workers.open_only, [db] * 8)
        assert results == ["ok"] * 8
        versions = sqlite3.connect(db).execute("SELECT version FROM schema_migrations").fetchall()
        assert len(versions) == len(set(versions))


@pytest.mark.parametrize("ways", [2, 4])
def test_overlapping_ingests_store_everything_once_without_errors(tmp_path, ways):
    db = str(tmp_path / "shared.db")
    with _pool(ways) as pool:
        # every worker ingests the same 12 documents plus 6 of its own
        runs = [pool.apply_async(store_workers.ingest, (db, 12)) for _ in range(ways)]
        runs += [pool.apply_async(store_workers.ingest, (db, 6, 100 + 10 * w)) for w in range(ways)]
        results = [r.get(timeout=120) for r in runs]
    assert all(not r["reasons"] for r in results), [r["reasons"] for r in results]
    stored = sum(r["outcomes"].get("stored", 0) for r in results)
    assert stored == 12 + 6 * ways
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (stored, stored)
    assert conn.execute("SELECT count(*) FROM failures").fetchone() == (0,)


def _wait_for_documents(db: str, n: int, proc, limit: float = 120) -> None:
    """Return once ``db`` holds ``n`` documents (the ingest is under way), or the worker ended."""
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= n:
                    return
        except sqlite3.Error:
            pass
        time.sleep(0.02)


def test_kill_9_during_ingest_leaves_a_sound_store_that_a_rerun_completes(tmp_path):
    db = str(tmp_path / "killed.db")
    count = 60
    for attempt in range(3):
        proc = subprocess.Popen([sys.executable, str(HERE / "store_workers.py"), db, str(count)],
                                env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _wait_for_documents(db, 1 + 5 * attempt, proc)
        time.sleep(0.05 * attempt)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # no partial documents: each stored document is searchable (written in the same transaction)
        docs, indexed = conn.execute("SELECT (SELECT count(*) FROM documents),"
                                     " (SELECT count(*) FROM documents_fts)").fetchone()
        assert docs == indexed
        conn.close()
    done = subprocess.run([sys.executable, str(HERE / "store_workers.py"), db, str(count)], env=ENV,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (count, count)
