"""Merging two actors, recorded so that it can be undone.

A merge folds entity DROP into KEEP everywhere it is referenced (mentions, quote speakers,
quantity subjects, event actors and targets with their ``event_parties`` rows, other
entities' affiliation, aliases; the months it touched are counted again, ``store/periods``) and
writes to the ``merges`` table exactly what it changed. ``unmerge`` puts it back. Merges are
undone newest first, since a later merge may have moved the same rows again. Documents ingested after
a merge name KEEP directly (DROP is an alias of it); an undo leaves those with KEEP.

The ``merges`` table also tells a running web server that cached views are stale.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sitroom.errors import NotFound, StoreError

__all__ = ["merge", "merge_log", "unmerge"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _one(conn, sql: str, params: tuple = ()) -> object:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


def merge(store, keep: str, drop: str) -> tuple[int, int | None]:
    """Fold ``drop`` into ``keep``; (mentions moved, id of the merge record)."""
    if keep == drop:
        return 0, None
    for eid in (keep, drop):
        if store.conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is None:
            raise NotFound(f"no entity {eid!r}; `sitroom entities` lists them")
    with store._transaction():
        c = store.conn
        entity = dict(c.execute("SELECT * FROM entities WHERE id = ?", (drop,)).fetchone())
        mentions = [dict(r) for r in c.execute(
            "SELECT doc_id, start, \"end\", text, role FROM mentions WHERE entity_id = ?", (drop,))]
        inserted = [[m["doc_id"], m["start"]] for m in mentions if c.execute(
            "SELECT 1 FROM mentions WHERE doc_id = ? AND entity_id = ? AND start = ?",
            (m["doc_id"], keep, m["start"])).fetchone() is None]
        events = []
        for r in c.execute("SELECT id, actors, targets FROM events WHERE actors LIKE ? OR targets LIKE ?",
                           (f'%"{drop}"%', f'%"{drop}"%')).fetchall():
            events.append([r[0], r[1], r[2]])
        undo = {
            "entity": entity,
            "mentions": mentions,
            "inserted": inserted,
            "quotes": [r[0] for r in c.execute("SELECT id FROM quotes WHERE speaker = ?", (drop,))],
            "quantities": [r[0] for r in c.execute("SELECT id FROM quantities WHERE subject = ?", (drop,))],
            "events": events,
            "affiliations": [r[0] for r in c.execute("SELECT id FROM entities WHERE affiliation = ?", (drop,))],
            "aliases": [r[0] for r in c.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (drop,))],
            "alias_before": _one(c, "SELECT entity_id FROM entity_aliases WHERE alias = ?", (drop,)),
        }
        c.execute("INSERT OR IGNORE INTO mentions SELECT doc_id, ?, start, \"end\", text, role"
                  " FROM mentions WHERE entity_id = ?", (keep, drop))
        c.execute("DELETE FROM mentions WHERE entity_id = ?", (drop,))
        c.execute("UPDATE quotes SET speaker = ? WHERE speaker = ?", (keep, drop))
        c.execute("UPDATE quantities SET subject = ? WHERE subject = ?", (keep, drop))
        c.execute("UPDATE entities SET affiliation = ? WHERE affiliation = ?", (keep, drop))
        swapped = [(event_id, _swap(actors, drop, keep), _swap(targets, drop, keep))
                   for event_id, actors, targets in events]
        for event_id, actors, targets in swapped:
            c.execute("UPDATE events SET actors = ?, targets = ? WHERE id = ?", (actors, targets, event_id))
        _parties(c, swapped)
        _recount(c, undo)
        c.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        c.execute("INSERT OR REPLACE INTO entity_aliases (alias, entity_id) VALUES (?, ?)", (drop, keep))
        c.execute("DELETE FROM entities WHERE id = ?", (drop,))
        c.execute("INSERT INTO merges (keep, dropped, at, undo) VALUES (?, ?, ?, ?)",
                  (keep, drop, _now(), json.dumps(undo)))
        merge_id = _one(c, "SELECT max(id) FROM merges WHERE keep = ? AND dropped = ?", (keep, drop))
    return len(mentions), merge_id


def unmerge(store, merge_id: int | None = None) -> dict:
    """Undo merge ``merge_id`` (default: the latest one not yet undone); its row as a dict."""
    c = store.conn
    latest = _one(c, "SELECT max(id) FROM merges WHERE undone_at IS NULL")
    if latest is None:
        raise NotFound("there is no merge to undo; `sitroom merges` lists them")
    merge_id = latest if merge_id is None else merge_id
    row = c.execute("SELECT * FROM merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise NotFound(f"no merge {merge_id}; `sitroom merges` lists them")
    row = dict(row)
    if row["undone_at"]:
        raise StoreError(f"merge {merge_id} was already undone at {row['undone_at']}")
    if merge_id != latest:
        raise StoreError(f"merge {merge_id} is not the latest: undo merge {latest} first "
                         "(merges are undone newest first)")
    keep, drop, undo = row["keep"], row["dropped"], json.loads(row["undo"])
    if c.execute("SELECT 1 FROM entities WHERE id = ?", (drop,)).fetchone() is not None:
        raise StoreError(f"an entity {drop!r} exists again; cannot undo merge {merge_id}")
    with store._transaction():
        e = undo["entity"]
        c.execute("INSERT INTO entities (id, name, kind, country, role, affiliation) VALUES (?, ?, ?, ?, ?, ?)",
                  (e["id"], e["name"], e["kind"], e.get("country"), e.get("role"), e.get("affiliation")))
        for doc_id, start in undo["inserted"]:
            c.execute("DELETE FROM mentions WHERE doc_id = ? AND entity_id = ? AND start = ?", (doc_id, keep, start))
        for m in undo["mentions"]:
            c.execute("INSERT OR IGNORE INTO mentions (doc_id, entity_id, start, \"end\", text, role)"
                      " VALUES (?, ?, ?, ?, ?, ?)", (m["doc_id"], drop, m["start"], m["end"], m["text"], m["role"]))
        for table, col, ids in (("quotes", "speaker", undo["quotes"]), ("quantities", "subject", undo["quantities"]),
                                ("entities", "affiliation", undo["affiliations"])):
            for fact_id in ids:
                c.execute(f"UPDATE {table} SET {col} = ? WHERE id = ?", (drop, fact_id))  # noqa: S608 - fixed names
        for event_id, actors, targets in undo["events"]:
            c.execute("UPDATE events SET actors = ?, targets = ? WHERE id = ?", (actors, targets, event_id))
        _parties(c, undo["events"])
        _recount(c, undo)
        for alias in undo["aliases"]:
            c.execute("UPDATE entity_aliases SET entity_id = ? WHERE alias = ?", (drop, alias))
        if undo["alias_before"] is None:
            c.execute("DELETE FROM entity_aliases WHERE alias = ?", (drop,))
        else:
            c.execute("UPDATE entity_aliases SET entity_id = ? WHERE alias = ?", (undo["alias_before"], drop))
        c.execute("UPDATE merges SET undone_at = ? WHERE id = ?", (_now(), merge_id))
    return {**row, "mentions": len(undo["mentions"])}


def merge_log(store, limit: int = 50) -> list[dict]:
    """The latest merges, newest first, with whether each was undone."""
    return [{k: r[k] for k in ("id", "keep", "dropped", "at", "undone_at")} for r in store.rows(
        "SELECT id, keep, dropped, at, undone_at FROM merges ORDER BY id DESC LIMIT ?", (limit,))]


def _parties(conn, events: list) -> None:
    """Rewrite the ``event_parties`` rows of events given as [id, actors JSON, targets JSON]."""
    from sitroom.store.sqlite import write_parties

    docs = {}
    for i in range(0, len(events), 500):
        part = [e[0] for e in events[i:i + 500]]
        docs.update({r[0]: r[1] for r in conn.execute(
            f"SELECT id, doc_id FROM events WHERE id IN ({', '.join('?' * len(part))})", tuple(part))})
    write_parties(conn, [(event_id, docs[event_id], json.loads(actors), json.loads(targets))
                         for event_id, actors, targets in events if event_id in docs])


def _recount(conn, undo: dict) -> None:
    """Count again the months (``store/periods``) of the documents whose mentions or events moved."""
    from sitroom.store.periods import months_of, rebuild

    docs = {m["doc_id"] for m in undo["mentions"]}
    events = [e[0] for e in undo["events"]]
    for i in range(0, len(events), 500):
        part = events[i:i + 500]
        docs |= {r[0] for r in conn.execute(
            f"SELECT DISTINCT doc_id FROM events WHERE id IN ({', '.join('?' * len(part))})", tuple(part))}
    rebuild(conn, months_of(conn, sorted(docs)))


def _swap(ids_json: str, drop: str, keep: str) -> str:
    ids = [keep if x == drop else x for x in json.loads(ids_json)]
    return json.dumps(list(dict.fromkeys(ids)))
