"""Shared fixtures: paths to the examples and to ../shared, and a blank pipeline."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests assert outcomes, never time: a loaded CI machine must not fail them on
# hypothesis's per-example deadline (seen once on test_haversine under load).
settings.register_profile("sitroom", deadline=None)
settings.load_profile("sitroom")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared holds the public evaluation data)")
    return path


@pytest.fixture(scope="session")
def real_nlp():
    """The full pipeline with the trained model (for tests marked ``model``)."""
    from sitroom.nlp import build

    return build()


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL server for this session, or a skip that says why there is none."""
    from pg_cluster import Cluster

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'sitroom[postgres]')")
    try:
        cluster = Cluster()
        cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no PostgreSQL server for the store tests: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL for a new, empty store on each backend: an SQLite file, a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t{abs(hash(request.node.nodeid)) % 10**10}")


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, or a skip that says what is missing."""
    import os

    from web_server import CHROMIUM, CHROMIUM_ARGS

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (make browser installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
