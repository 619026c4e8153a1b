"""Actor filters read the events' parties (``event_parties``), kept right through writes, merges,
undos, deletions and the migration of an older store; each document's place summary is written
with it and equals the one computed from its stored rows; an older store gets all three derived
tables (parties, place summaries, counts per month) when it is opened."""

from __future__ import annotations

import json

import pytest
from web_records import fill

from sitroom.analyze.changes import diff, picture
from sitroom.analyze.profile import actor_profile
from sitroom.analyze.timeline import TimelineFilter, query, timeline
from sitroom.store import open_store
from sitroom.store.lede_places import summarize
from sitroom.store.merges import merge, unmerge


MONTHS = "SELECT * FROM period_facts ORDER BY kind, month, fact"


def parties(store) -> set[tuple[str, str, str]]:
    return {(r["entity_id"], r["role"], r["event_id"]) for r in store.rows(
        "SELECT entity_id, role, event_id FROM event_parties")}


def from_lists(store) -> set[tuple[str, str, str]]:
    """What the events' own actor and target lists say."""
    out = set()
    for r in store.rows("SELECT id, actors, targets FROM events"):
        out |= {(x, "actor", r["id"]) for x in json.loads(r["actors"])}
        out |= {(x, "target", r["id"]) for x in json.loads(r["targets"])}
    return out


def shown(store, actor: str) -> list[str]:
    return [i.event_id for i in timeline(store, actor=actor)]


def _kinds(store, ids: list[str]) -> dict[tuple, set[str]]:
    out: dict[tuple, set[str]] = {}
    for r in store.rows("SELECT id, type, mode, actors FROM events"):
        if r["id"] in ids:
            out.setdefault((r["type"], r["mode"] or "", r["actors"]), set()).add(r["id"])
    return out


@pytest.fixture()
def store(tmp_path):
    s = open_store(str(tmp_path / "p.db"))
    fill(s)
    yield s
    s.close()


def test_parties_are_written_with_the_events(store):
    assert parties(store) == from_lists(store) and len(parties(store)) >= 4
    assert shown(store, "TJK") and shown(store, "RUS")


def test_a_merge_moves_the_dropped_actors_events_to_the_kept_one_and_an_undo_moves_them_back(store):
    keep, drop = shown(store, "TJK"), shown(store, "RUS")
    assert set(drop) - set(keep)  # Russia is accused in an event Tajikistan has no part in
    before = actor_profile(store, "RUS"), actor_profile(store, "TJK")
    merge(store, "TJK", "RUS")
    assert parties(store) == from_lists(store)
    assert sorted(shown(store, "TJK")) == sorted(set(keep) | set(drop))
    assert shown(store, "RUS") == []
    profile = actor_profile(store, "TJK")
    lists = from_lists(store)
    assert profile.actor_events == sum(1 for x, role, _ in lists if x == "TJK" and role == "actor") == 2
    assert profile.target_events == sum(1 for x, role, _ in lists if x == "TJK" and role == "target") == 2
    assert "RUS" not in {t.entity_id for t in profile.ties}
    kinds = picture(store, None, "2099-12-31", "TJK")["events"]
    assert sorted(kinds.values()) == sorted(min(group) for group in _kinds(store, shown(store, "TJK")).values())

    unmerge(store)
    assert parties(store) == from_lists(store)
    assert shown(store, "TJK") == keep and shown(store, "RUS") == drop
    assert (actor_profile(store, "RUS"), actor_profile(store, "TJK")) == before


def test_role_filters_after_a_merge_follow_the_rewritten_lists(store):
    merge(store, "TJK", "RUS")
    for role in ("actor", "target"):
        expected = {r["id"] for r in store.rows("SELECT id, actors, targets FROM events")
                    if "TJK" in json.loads(r[role + "s"])}
        got = {i.event_id for i in query(store, TimelineFilter(actor="TJK", role=role))}
        assert got == expected and expected


def test_deleting_a_document_deletes_its_events_parties(store):
    doc = store.rows("SELECT doc_id FROM event_parties LIMIT 1")[0]["doc_id"]
    with store._transaction():
        store.conn.execute("DELETE FROM documents WHERE id = ?", (doc,))
    assert store.rows("SELECT count(*) AS n FROM event_parties WHERE doc_id = ?", (doc,))[0]["n"] == 0
    assert store.rows("SELECT count(*) AS n FROM document_places WHERE doc_id = ?", (doc,))[0]["n"] == 0
    assert parties(store) == from_lists(store)


def test_each_document_keeps_the_place_summary_of_its_stored_rows(store):
    docs = [r["id"] for r in store.rows("SELECT id FROM documents ORDER BY id")]
    kept = {r["doc_id"]: json.loads(r["summary"]) for r in store.rows("SELECT * FROM document_places")}
    assert kept == summarize(store.conn, docs)
    assert any(s["named"] and s["lede"] for s in kept.values())


def test_an_older_store_gets_parties_and_place_summaries_when_it_is_opened(tmp_path):
    path = str(tmp_path / "old.db")
    with open_store(path) as s:
        fill(s)
        expected = from_lists(s)
        summaries = {r["doc_id"]: r["summary"] for r in s.rows("SELECT * FROM document_places")}
        months = s.rows(MONTHS)
        with s._transaction():  # as a store written before migrations 22-25
            s.conn.execute("DROP TABLE event_parties")
            s.conn.execute("DROP TABLE document_places")
            s.conn.execute("DROP TABLE period_facts")
            s.conn.execute("DELETE FROM schema_migrations WHERE version IN (22, 23, 24, 25)")
    with open_store(path) as s:
        assert parties(s) == expected
        assert {r["doc_id"]: r["summary"] for r in s.rows("SELECT * FROM document_places")} == summaries
        assert s.rows(MONTHS) == months


def test_postgres_keeps_parties_and_summaries_through_a_merge_and_an_older_store(pg_cluster, tmp_path):
    url = pg_cluster.create_database("parties")
    with open_store(str(tmp_path / "same.db")) as s:
        fill(s)
        on_sqlite = [diff(s, a, b, who) for a, b in (("2013-05-31", "2021-09-01"), ("2013-09-03", "2021-08"))
                     for who in (None, "TJK")]
    with open_store(url) as s:
        fill(s)
        expected = from_lists(s)
        assert parties(s) == expected
        summaries = {r["doc_id"]: r["summary"] for r in s.rows("SELECT * FROM document_places")}
        assert {d: json.loads(x) for d, x in summaries.items()} == summarize(s.conn, sorted(summaries))
        keep = shown(s, "TJK")
        merge(s, "TJK", "RUS")
        assert parties(s) == from_lists(s) and set(keep) < set(shown(s, "TJK"))
        unmerge(s)
        assert parties(s) == expected and shown(s, "TJK") == keep
        months = s.rows(MONTHS)
        with s.conn:  # as a store written before migrations 22-25
            s.conn.execute("DROP TABLE event_parties")
            s.conn.execute("DROP TABLE document_places")
            s.conn.execute("DROP TABLE period_facts")
            s.conn.execute("DELETE FROM schema_migrations WHERE version IN (22, 23, 24, 25)")
    with open_store(url) as s:
        assert parties(s) == expected
        assert {r["doc_id"]: r["summary"] for r in s.rows("SELECT * FROM document_places")} == summaries
        assert s.rows(MONTHS) == months and months
        assert [diff(s, a, b, who) for a, b in (("2013-05-31", "2021-09-01"), ("2013-09-03", "2021-08"))
                for who in (None, "TJK")] == on_sqlite
