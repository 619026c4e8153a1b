"""Merging actors: every reference moves, the merge is recorded and can be undone exactly,
the CLI asks first, and a running server stops showing the merged-away actor."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from web_records import fill

from sitroom.cli import main
from sitroom.store import open_store
from sitroom.store.merges import merge, merge_log, unmerge

TABLES = {
    "entities": "SELECT id, name, kind, country, role, affiliation FROM entities ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY doc_id, entity_id, start",
    "quotes": "SELECT id, speaker FROM quotes ORDER BY id",
    "quantities": "SELECT id, subject FROM quantities ORDER BY id",
    "events": "SELECT id, actors, targets FROM events ORDER BY id",
    "aliases": "SELECT * FROM entity_aliases ORDER BY alias",
}


def snapshot(store) -> dict:
    return {name: store.rows(sql) for name, sql in TABLES.items()}


def references(store, eid: str) -> int:
    return sum(store.rows(sql, params)[0]["n"] for sql, params in (
        ("SELECT count(*) AS n FROM mentions WHERE entity_id = ?", (eid,)),
        ("SELECT count(*) AS n FROM quotes WHERE speaker = ?", (eid,)),
        ("SELECT count(*) AS n FROM quantities WHERE subject = ?", (eid,)),
        ("SELECT count(*) AS n FROM entities WHERE affiliation = ? OR id = ?", (eid, eid)),
        ("SELECT count(*) AS n FROM events WHERE actors LIKE ? OR targets LIKE ?", (f'%"{eid}"%', f'%"{eid}"%')),
    ))


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "m.db")
    with open_store(path) as store:
        fill(store)
        # an organisation affiliated with the actor that will be merged away
        store.conn.execute("INSERT INTO entities (id, name, kind, affiliation) VALUES ('org:x', 'X', 'organization', 'TJK')")
        store.conn.commit()
    return path


def test_a_merge_moves_every_reference_and_an_unmerge_restores_the_store_exactly(db):
    with open_store(db) as store:
        before = snapshot(store)
        assert references(store, "TJK") > 3
        moved, merge_id = merge(store, "RUS", "TJK")
        assert moved > 0 and references(store, "TJK") == 0
        assert store.rows("SELECT affiliation FROM entities WHERE id = 'org:x'")[0]["affiliation"] == "RUS"
        assert merge_log(store)[0]["id"] == merge_id
        unmerge(store)
        assert snapshot(store) == before
        assert merge_log(store)[0]["undone_at"]


def test_merges_are_undone_newest_first(db):
    from sitroom.errors import StoreError

    with open_store(db) as store:
        before = snapshot(store)
        _, first = merge(store, "RUS", "TJK")
        _, second = merge(store, "RUS", "USA")
        with pytest.raises(StoreError, match="undo merge"):
            unmerge(store, first)
        unmerge(store)
        unmerge(store)
        assert snapshot(store) == before


def test_the_cli_asks_before_merging_and_can_undo(db):
    runner = CliRunner()
    refused = runner.invoke(main, ["merge", "RUS", "TJK", "--db", db])
    assert refused.exit_code == 2 and "--yes" in refused.output
    with open_store(db) as store:
        assert references(store, "TJK") > 0
    done = runner.invoke(main, ["merge", "RUS", "TJK", "--db", db, "--yes"])
    assert done.exit_code == 0 and "sitroom unmerge" in done.output
    listed = runner.invoke(main, ["merges", "--db", db, "--format", "json"])
    assert '"dropped": "TJK"' in listed.output
    undone = runner.invoke(main, ["unmerge", "--db", db, "--yes"])
    assert undone.exit_code == 0 and "restored" in undone.output
    with open_store(db) as store:
        assert references(store, "TJK") > 3


def test_a_running_server_stops_showing_a_merged_actor(db):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from sitroom.web import create_app

    client = TestClient(create_app(db))
    assert "TJK" in {a["id"] for a in client.get("/entities.json").json()["entities"]}
    with open_store(db) as store:  # another process, as `sitroom merge` would be
        merge(store, "RUS", "TJK")
    assert "TJK" not in {a["id"] for a in client.get("/entities.json").json()["entities"]}
    with open_store(db) as store:
        unmerge(store)
    assert "TJK" in {a["id"] for a in client.get("/entities.json").json()["entities"]}
