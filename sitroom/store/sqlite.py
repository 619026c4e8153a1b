"""The SQLite backend: one file, WAL mode, every record written in one transaction."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sitroom.errors import MigrationError, NotFound, StoreError
from sitroom.limits import web_url
from sitroom.model import (
    Article, DateRange, Entity, Event, EventCount, Failure, Figure, Mention, Place, Quantity, Quote, Record,
    Timex,
)
from sitroom.store.base import DocumentRow, EntityRow, Store
from sitroom.store.derived import after_migration, document_deleted, document_written
from sitroom.store.migrations import MIGRATIONS, SQLITE_ONLY


BUSY_SECONDS = 60.0  # how long a writer waits for another process's transaction before giving up


def _statements(sql: str) -> list[str]:
    """The statements of a migration script, split where SQLite says one is complete."""
    out, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return [s for s in out if s]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _mention(value: object) -> dict:
    return {"start": value.start, "end": value.end, "text": value.text}


class SQLiteStore(Store):
    """Store backed by one SQLite file (or ':memory:')."""

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        try:
            if path != ":memory:" and not readonly:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            uri = f"file:{path}?mode=ro" if readonly else path
            self.conn = sqlite3.connect(uri, uri=readonly, check_same_thread=False,
                                        timeout=BUSY_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                if path != ":memory:":
                    self._wal()
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use {path} as a store ({exc}); check the path (--db), "
                             "or point it at a new file") from exc
        if not readonly:
            self._migrate()

    def _wal(self) -> None:
        """Switch to WAL (readers never block the writer); retried while another process holds a lock."""
        for attempt in range(50):
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                time.sleep(0.05 * (attempt + 1))
        self.conn.execute("PRAGMA journal_mode = WAL")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock at once (BEGIN IMMEDIATE).

        A deferred transaction that reads first and writes later can fail with "database is
        locked" when another process wrote in between; taking the lock up front makes concurrent
        writers wait their turn (up to BUSY_SECONDS) instead.
        """
        if not isinstance(self.conn, sqlite3.Connection):  # another backend's connection (PostgreSQL)
            with self.conn:
                yield self.conn
            return
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    # -- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply every migration not yet recorded, in order of version, under one write lock.

        Several processes may open a fresh store at once: each takes the write lock in turn and
        re-reads what is done inside it, so each migration runs exactly once.
        """
        try:
            if self._pending() == []:
                return
            with self._transaction():
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                for version, name, sql in self._pending():
                    try:
                        for statement in _statements(sql):
                            self.conn.execute(statement)
                        after_migration(self.conn, version)
                        self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                          (version, name, _now()))
                    except sqlite3.Error as exc:
                        raise MigrationError(f"migration {version} ({name}) failed: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot use {self.path} as a store: {exc}; point --db at a new file"
            ) from exc

    def _pending(self) -> list[tuple[int, str, str]]:
        """Migrations not applied yet, by version; MigrationError when the store is newer."""
        has_table = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
        done = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")} if has_table else set()
        known = {v for v, _, _ in MIGRATIONS + SQLITE_ONLY}
        if done - known:
            raise MigrationError(
                f"{self.path} was written by a newer sitroom (schema {max(done)}); upgrade sitroom"
            )
        return sorted((m for m in MIGRATIONS + SQLITE_ONLY if m[0] not in done), key=lambda m: m[0])

    # -- writes -----------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _canonical(self, entity_id: str) -> str:
        row = self.conn.execute(
            "SELECT entity_id FROM entity_aliases WHERE alias = ?", (entity_id,)
        ).fetchone()
        return row[0] if row else entity_id

    def write(self, record: Record) -> str:
        a = record.article
        if self.has_document(a.id):
            return "unchanged"
        try:
            with self._transaction():
                if self.has_document(a.id):  # another process stored it since the check above
                    return "unchanged"
                self._write(record)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store {a.source}: {exc}") from exc
        return "stored"

    def replace(self, record: Record) -> str:
        """Store ``record`` in place of the stored document with the same id (a new date, say)."""
        a = record.article
        try:
            with self._transaction():
                document_deleted(self.conn, a.id)
                self.conn.execute("DELETE FROM documents WHERE id = ?", (a.id,))
                self._write(record)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store {a.source}: {exc}") from exc
        return "updated"

    def _write(self, record: Record) -> None:
        a, doc = record.article, record.article.id
        c = self.conn
        c.execute(
            "INSERT INTO documents (id, source, title, authors, published, url, fmt, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc, a.source, a.title, json.dumps(list(a.authors)), a.published, a.url, a.fmt,
             a.text, _now()),
        )
        c.executemany("INSERT OR IGNORE INTO sentences VALUES (?, ?, ?)",
                      [(doc, s.start, s.end) for s in record.sentences])
        canon = {e.id: self._canonical(e.id) for e in record.entities}
        for e in record.entities:
            c.execute(
                "INSERT INTO entities (id, name, kind, country, role, affiliation, sector)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                " role = COALESCE(entities.role, excluded.role),"
                " country = COALESCE(entities.country, excluded.country),"
                " affiliation = COALESCE(entities.affiliation, excluded.affiliation),"
                " sector = COALESCE(entities.sector, excluded.sector)",
                (canon[e.id], e.name, e.kind, e.country, e.role, e.affiliation, e.sector),
            )
            c.executemany(
                "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                [(doc, canon[e.id], m.start, m.end, m.text, e.role) for m in e.mentions],
            )
        for p in record.places:
            c.execute(
                "INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
                (p.id, p.name, p.lat, p.lon, p.country, p.feature, p.precision),
            )
            c.executemany(
                "INSERT OR IGNORE INTO place_mentions (doc_id, place_id, start, \"end\", text, use)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(doc, p.id, m.start, m.end, m.text, m.use) for m in p.mentions],
            )
        c.executemany(
            "INSERT OR IGNORE INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc, t.start, t.end, t.text, t.value, t.type, t.mod,
              t.range.start if t.range else None, t.range.end if t.range else None)
             for t in record.timexes],
        )
        c.executemany(
            "INSERT OR IGNORE INTO quantities (id, doc_id, start, \"end\", text, value, unit, counted,"
            " approximate, kind, written_value, written_unit, change, subject, subject_name, attribute,"
            " high, forms, counted_phrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(qid, doc, q.start, q.end, q.text, q.value, q.unit, q.counted, int(q.approximate),
              q.kind, q.written_value, q.written_unit, q.change,
              canon.get(q.subject, q.subject), q.subject_name, q.attribute, q.high,
              json.dumps([[f.value, f.unit, f.high, f.text, f.previous] for f in q.forms]), q.counted_phrase)
             for qid, q in _with_ids(doc, "q", record.quantities)],
        )
        c.executemany(
            "INSERT OR IGNORE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(qid, doc, q.start, q.end, q.text, canon.get(q.speaker, q.speaker), q.speaker_name,
              q.speaker_mention.start if q.speaker_mention else None,
              q.speaker_mention.end if q.speaker_mention else None, q.cue)
             for qid, q in _with_ids(doc, "u", record.quotes)],
        )
        c.executemany(
            "INSERT OR IGNORE INTO events (id, doc_id, type, mode, status, actors, targets,"
            " date_start, date_end, date_source, place, quantities, trigger_start, trigger_end,"
            " trigger_text, sentence_start, sentence_end, sentence_text, mentions, cluster, date_before,"
            " confidence, doubtful)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.id, doc, e.type, e.mode, e.status,
              json.dumps([canon.get(x, x) for x in e.actors]),
              json.dumps([canon.get(x, x) for x in e.targets]),
              e.date.start if e.date else None, e.date.end if e.date else None, e.date_source,
              e.place, json.dumps(list(e.quantities)),
              e.trigger.start, e.trigger.end, e.trigger.text,
              e.sentence.start, e.sentence.end, e.sentence.text,
              json.dumps([_mention(m) for m in e.mentions]), e.id, e.date_before,
              e.confidence, int(e.doubtful))
             for e in record.events],
        )
        write_parties(c, [(e.id, doc, [canon.get(x, x) for x in e.actors], [canon.get(x, x) for x in e.targets])
                          for e in record.events])
        c.executemany(
            "INSERT OR IGNORE INTO event_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.id, doc, n.kind, n.value, n.low, n.high, n.unit, int(n.approximate), n.start, n.end,
              n.text, n.sentence.start, n.sentence.end) for e in record.events for n in e.counts],
        )
        document_written(c, doc, a.published)

    def add_failure(self, failure: Failure) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO failures (source, reason, stage, at) VALUES (?, ?, ?, ?)",
                (failure.source, failure.reason, failure.stage, _now()),
            )

    # -- reads ------------------------------------------------------------------------------

    def rows(self, sql: str, params: tuple = ()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def failures(self, limit: int = 100) -> list[dict]:
        return self.rows("SELECT source, reason, stage, at FROM failures ORDER BY id DESC LIMIT ?",
                         (limit,))

    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentRow]:
        sql = (
            "SELECT d.id, d.title, d.published, d.source, d.fmt, length(d.text) AS chars,"
            " (SELECT count(DISTINCT entity_id) FROM mentions m WHERE m.doc_id = d.id) AS entities,"
            " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events"
            " FROM documents d ORDER BY d.published IS NULL, d.published, d.source"
            " LIMIT ? OFFSET ?"
        )
        return [DocumentRow(**r) for r in self.rows(sql, (limit if limit is not None else -1, offset))]

    def find_document(self, ref: str) -> str:
        rows = self.rows("SELECT id FROM documents WHERE id LIKE ? OR source = ? LIMIT 2",
                         (ref + "%", ref))
        if len(rows) == 1:
            return rows[0]["id"]
        if not rows:
            raise NotFound(f"no document {ref!r} in the store; `sitroom documents` lists them")
        raise NotFound(f"{ref!r} matches several documents; give more of the id")

    def record(self, doc_id: str, within: tuple[int, int] | None = None) -> Record:
        d = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if d is None:
            raise NotFound(f"no document {doc_id!r} in the store")
        article = Article(text=d["text"], source=d["source"], title=d["title"],
                          authors=tuple(json.loads(d["authors"])), published=d["published"],
                          url=web_url(d["url"]), fmt=d["fmt"])
        lo, hi = within if within is not None else (0, len(d["text"]) + 1)

        def facts(sql: str, col: str = "start") -> list[dict]:
            return self.rows(sql.replace("WHERE doc_id = ?",
                                         f"WHERE doc_id = ? AND {col} >= ? AND {col} < ?"),
                             (doc_id, lo, hi))

        counts: dict[str, list[EventCount]] = {}
        for r in self.rows("SELECT * FROM event_counts WHERE doc_id = ? ORDER BY start", (doc_id,)):
            sent = Mention(r["sentence_start"], r["sentence_end"], d["text"][r["sentence_start"]:r["sentence_end"]])
            counts.setdefault(r["event_id"], []).append(EventCount(
                kind=r["kind"], value=r["value"], low=r["low"], high=r["high"], unit=r["unit"],
                text=r["text"], start=r["start"], end=r["end"], sentence=sent,
                approximate=bool(r["approximate"])))
        return Record(
            article=article,
            entities=self._entities(doc_id, lo, hi),
            places=self._places(doc_id, lo, hi),
            events=tuple(_with_counts(_event(r), counts) for r in facts(
                "SELECT * FROM events WHERE doc_id = ? ORDER BY sentence_start, trigger_start",
                "trigger_start")),
            quantities=tuple(_quantity(r) for r in facts(
                "SELECT * FROM quantities WHERE doc_id = ? ORDER BY start")),
            quotes=tuple(_quote(r) for r in facts(
                "SELECT * FROM quotes WHERE doc_id = ? ORDER BY start")),
            timexes=tuple(_timex(r) for r in facts(
                "SELECT * FROM timexes WHERE doc_id = ? ORDER BY start")),
            sentences=tuple(Mention(r["start"], r["end"], d["text"][r["start"]:r["end"]])
                            for r in facts("SELECT start, \"end\" FROM sentences"
                                           " WHERE doc_id = ? ORDER BY start")),
        )

    def _entities(self, doc_id: str, lo: int, hi: int) -> tuple[Entity, ...]:
        rows = self.rows(
            "SELECT e.id, e.name, e.kind, e.country, e.affiliation, e.sector, m.role, m.start, m.\"end\","
            " m.text"
            " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ?"
            " AND m.start >= ? AND m.start < ? ORDER BY m.start", (doc_id, lo, hi))
        grouped: dict[str, list[dict]] = {}
        for r in rows:
            grouped.setdefault(r["id"], []).append(r)
        return tuple(
            Entity(id=eid, name=rs[0]["name"], kind=rs[0]["kind"], country=rs[0]["country"],
                   role=next((r["role"] for r in rs if r["role"]), None),
                   affiliation=rs[0]["affiliation"], sector=rs[0]["sector"],
                   mentions=tuple(Mention(r["start"], r["end"], r["text"]) for r in rs))
            for eid, rs in grouped.items()
        )

    def _places(self, doc_id: str, lo: int, hi: int) -> tuple[Place, ...]:
        rows = self.rows(
            "SELECT p.*, m.start, m.\"end\", m.text, m.use FROM place_mentions m"
            " JOIN places p ON p.id = m.place_id WHERE m.doc_id = ?"
            " AND m.start >= ? AND m.start < ? ORDER BY m.start", (doc_id, lo, hi))
        grouped: dict[str, list[dict]] = {}
        for r in rows:
            grouped.setdefault(r["id"], []).append(r)
        return tuple(
            Place(id=pid, name=rs[0]["name"], lat=rs[0]["lat"], lon=rs[0]["lon"],
                  country=rs[0]["country"], feature=rs[0]["feature"], precision=rs[0]["precision"],
                  mentions=tuple(Mention(r["start"], r["end"], r["text"], r["use"]) for r in rs))
            for pid, rs in grouped.items()
        )

    def stats(self) -> dict[str, int]:
        tables = ("documents", "entities", "mentions", "places", "events", "quantities",
                  "quotes", "timexes", "failures")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def entities(self, kind: str | None = None, query: str | None = None,
                 sector: str | None = None) -> list[EntityRow]:
        where, params = [], []
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        if sector:
            where.append("e.sector = ?")
            params.append(sector.upper())
        if query:
            where.append("(e.name LIKE ? OR e.id = ?)")
            params += [f"%{query}%", query]
        sql = (
            "SELECT e.id, e.name, e.kind, e.country, e.role, e.affiliation, e.sector,"
            " count(DISTINCT m.doc_id) AS documents, count(m.start) AS mentions"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " GROUP BY e.id ORDER BY documents DESC, mentions DESC, e.name"
        )
        return [EntityRow(**r) for r in self.rows(sql, tuple(params))]

    def merge_entities(self, keep: str, drop: str) -> int:
        from sitroom.store.merges import merge

        return merge(self, keep, drop)[0]

    def search(self, query: str, limit: int = 20) -> list[dict]:
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        if not terms:
            return []
        return self.rows(
            "SELECT d.id, d.title, d.published, d.source,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (terms, limit))

    def assign_clusters(self, clusters: dict[str, str]) -> None:
        with self._transaction():
            self.conn.executemany("UPDATE events SET cluster = ? WHERE id = ?",
                                  [(c, e) for e, c in clusters.items()])

    def close(self) -> None:
        self.conn.close()


def write_parties(conn, events: list[tuple[str, str, list[str], list[str]]]) -> None:
    """The ``event_parties`` rows of events given as (id, document id, actor ids, target ids),
    in place of any the events had (merges rewrite an event's lists)."""
    conn.executemany("DELETE FROM event_parties WHERE event_id = ?", [(e[0],) for e in events])
    conn.executemany(
        "INSERT OR IGNORE INTO event_parties (entity_id, role, event_id, doc_id) VALUES (?, ?, ?, ?)",
        [(x, role, event_id, doc) for event_id, doc, actors, targets in events
         for role, ids in (("actor", actors), ("target", targets)) for x in ids])


def _with_ids(doc: str, kind: str, items: tuple) -> list[tuple[str, object]]:
    from sitroom.model import fact_id

    return [(fact_id(doc, kind, x.start, x.end), x) for x in items]


def _event(r: dict) -> Event:
    return Event(
        id=r["id"], type=r["type"], mode=r["mode"], status=r["status"],
        actors=tuple(json.loads(r["actors"])), targets=tuple(json.loads(r["targets"])),
        date=DateRange(r["date_start"], r["date_end"]) if r["date_start"] or r["date_end"] else None,
        date_source=r["date_source"], place=r["place"],
        quantities=tuple(json.loads(r["quantities"])),
        trigger=Mention(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
        sentence=Mention(r["sentence_start"], r["sentence_end"], r["sentence_text"]),
        mentions=tuple(Mention(**m) for m in json.loads(r["mentions"])),
        date_before=r.get("date_before"),
        confidence=r.get("confidence"), doubtful=bool(r.get("doubtful")),
    )


def _with_counts(e: Event, counts: dict[str, list[EventCount]]) -> Event:
    return replace(e, counts=tuple(counts[e.id])) if e.id in counts else e


def _quantity(r: dict) -> Quantity:
    return Quantity(
        start=r["start"], end=r["end"], text=r["text"], value=r["value"], unit=r["unit"],
        counted=r["counted"], approximate=bool(r["approximate"]), kind=r["kind"],
        written_value=r["written_value"], written_unit=r["written_unit"], change=r["change"],
        subject=r["subject"], subject_name=r["subject_name"], attribute=r["attribute"],
        high=r["high"], counted_phrase=r["counted_phrase"],
        forms=tuple(Figure(*f) for f in json.loads(r["forms"] or "[]")),
    )


def _quote(r: dict) -> Quote:
    mention = None
    if r["speaker_start"] is not None:
        mention = Mention(r["speaker_start"], r["speaker_end"], r["speaker_name"] or "")
    return Quote(start=r["start"], end=r["end"], text=r["text"], speaker_name=r["speaker_name"],
                 speaker=r["speaker"], speaker_mention=mention, cue=r["cue"])


def _timex(r: dict) -> Timex:
    rng = DateRange(r["range_start"], r["range_end"]) if r["range_start"] or r["range_end"] else None
    return Timex(start=r["start"], end=r["end"], text=r["text"], value=r["value"], type=r["type"],
                 mod=r["mod"], range=rng)
