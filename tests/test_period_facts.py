"""diff reads whole months from counts kept on write (``store/periods``): the counts stay equal to
a recount through writes, a document stored again under a new date, merges and their undo, and
a picture read from them equals one read from every document of the period."""

from __future__ import annotations

from dataclasses import replace

import pytest
from web_records import fill

from sitroom.analyze.changes import diff, picture
from sitroom.store import open_store
from sitroom.store.merges import merge, unmerge
from sitroom.store.periods import rebuild

# the documents are published on 2013-09-03 and 2021-08-05: periods ending on, starting in, or
# holding their months whole, bounded by days, months, years and times
PERIODS = [(None, "2013-09-03"), ("2013-09-02", "2013-09-03"), ("2013-08", "2021-08"), ("2012", "2022"),
           ("2013-09-03T12:00", "2099-12-31"), ("2013-09-03", None), ("2013-05-31", "2021-09-01"),
           ("2013", "2021-08-04"), ("2013-09", "2021-09")]


def counts(store) -> list[dict]:
    return store.rows("SELECT * FROM period_facts ORDER BY kind, month, fact")


def recount(store) -> list[dict]:
    """The counts rebuilt from the stored documents (then put back as they were)."""
    kept = counts(store)
    with store._transaction():
        rebuild(store.conn)
    out = counts(store)
    with store._transaction():
        store.conn.execute("DELETE FROM period_facts")
        store.conn.executemany(
            "INSERT INTO period_facts (kind, month, fact, n, first_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
            [(r["kind"], r["month"], r["fact"], r["n"], r["first_id"], r["detail"]) for r in kept])
    return out


def from_documents(store, start: str | None, end: str | None) -> dict:
    """The picture read from every document of the period (as diff read it before the counts)."""
    where, params = ["1 = 1"], []
    if start:
        where.append("published > ?")
        params.append(start)
    if end:
        where.append("published <= ?")
        params.append(end)
    docs = f"SELECT id FROM documents WHERE {' AND '.join(where)}"
    return {
        "actors": {r["id"]: r["name"] for r in store.rows(
            f"SELECT id, name FROM entities WHERE id IN (SELECT entity_id FROM mentions WHERE doc_id IN ({docs}))",
            tuple(params))},
        "places": {r["id"]: r["name"] for r in store.rows(
            f"SELECT id, name FROM places WHERE id IN (SELECT place_id FROM place_mentions WHERE doc_id IN ({docs}))",
            tuple(params))},
        "events": {(r["type"], r["mode"], r["actors"]): r["id"] for r in store.rows(
            "SELECT type, COALESCE(mode, '') AS mode, actors, MIN(id) AS id FROM events"
            f" WHERE doc_id IN ({docs}) GROUP BY type, COALESCE(mode, ''), actors", tuple(params))},
    }


@pytest.fixture()
def filled(tmp_path):
    s = open_store(str(tmp_path / "f.db"))
    records = fill(s)
    yield s, records
    s.close()


def test_counts_are_kept_on_write_and_equal_a_recount(filled):
    store, _ = filled
    assert counts(store) and counts(store) == recount(store)
    assert {r["kind"] for r in counts(store)} == {"actor", "place", "event"}


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_a_picture_from_the_counts_equals_one_from_every_document(filled, start, end):
    store, _ = filled
    assert picture(store, start, end) == from_documents(store, start, end)


def test_a_document_stored_again_under_another_date_moves_its_counts(filled):
    store, records = filled
    record = records[0]
    moved = replace(record, article=replace(record.article, published="2019-02-03"))
    store.replace(moved)
    assert counts(store) == recount(store)
    assert any(r["month"] == "2019-02" for r in counts(store))
    for start, end in PERIODS + [("2019-01-31", "2019-02-28")]:
        assert picture(store, start, end) == from_documents(store, start, end)


def test_a_merge_and_its_undo_keep_the_counts_and_the_diff(filled):
    store, _ = filled
    before = diff(store, "2013-09-30", "2099-12-31")
    merge(store, "TJK", "RUS")
    assert counts(store) == recount(store)
    assert "RUS" not in {r["fact"] for r in counts(store) if r["kind"] == "actor"}
    for start, end in PERIODS:
        assert picture(store, start, end) == from_documents(store, start, end)
    unmerge(store)
    assert counts(store) == recount(store)
    assert diff(store, "2013-09-30", "2099-12-31") == before
