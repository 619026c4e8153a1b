"""What the documents of each publication month name: actors, places and kinds of event, counted on write.

``diff`` compares two pictures of the store (``analyze/changes.picture``): the actors, places and
kinds of event (type, mode, actors) of the documents published in a period. Read from every
mention of every document in the period, a picture grows with the store; so ``period_facts``
keeps, per month of publication (the first seven characters of ``published``), each actor and
place named and each kind of event reported, with how many documents (events, for a kind) and,
for a kind, its lowest event id. A picture reads the months wholly inside its period from here
and only the documents of its two boundary months one by one.

Written with each document; deleting a document subtracts its counts; a merge of two actors (and
its undo) rebuilds the months of the documents it touched. Kinds of event are keyed by a digest
of (type, mode, actors), since an actor list has no bound and PostgreSQL bounds an index row.
"""

from __future__ import annotations

import hashlib
import json

MONTH = 7  # characters of a publication date that name its month
BATCH = 500


def month(published: str | None) -> str | None:
    """The month a publication date is counted under (None: too short a date, or none)."""
    return published[:MONTH] if published and len(published) >= MONTH else None


def digest(kind: tuple[str, str, str]) -> str:
    """The key of a kind of event (type, mode or '', actors as stored)."""
    return hashlib.sha1(json.dumps(list(kind)).encode()).hexdigest()


def interior(start: str | None, end: str | None) -> tuple[list[str], tuple]:
    """Conditions on ``month`` for the months whose every date lies in ``(start, end]``.

    Every date that begins with month M is after ``start`` when M > start[:7] (as strings), and
    on or before ``end`` when M < end[:7]; the months equal to those two are boundary months.
    """
    where, params = [], []
    if start is not None:
        where.append("month > ?")
        params.append(start[:MONTH])
    if end is not None:
        where.append("month < ?")
        params.append(end[:MONTH])
    return where, tuple(params)


def boundary(start: str | None, end: str | None) -> tuple[str, tuple]:
    """SQL selecting the ids of the documents in ``(start, end]`` that no interior month holds."""
    where, params = [], []
    if start is not None:
        where.append("published > ?")
        params.append(start)
    if end is not None:
        where.append("published <= ?")
        params.append(end)
    edges = [x[:MONTH] for x in (start, end) if x is not None]
    where.append(f"(length(published) < {MONTH} OR substr(published, 1, {MONTH}) IN"
                 f" ({', '.join('?' * len(edges))}))")
    return f"SELECT id FROM documents WHERE {' AND '.join(where)}", (*params, *edges)


def _facts(conn, docs: list[str]) -> list[tuple[str, str, int, str | None, str | None]]:
    """(kind, fact, count, lowest event id, detail) of the documents ``docs`` (at most BATCH) together."""
    among = f"IN ({', '.join('?' * len(docs))})"
    out: list = [("actor", r[0], r[1], None, None) for r in conn.execute(
        f"SELECT entity_id, count(DISTINCT doc_id) FROM mentions WHERE doc_id {among} GROUP BY entity_id",
        tuple(docs))]
    out += [("place", r[0], r[1], None, None) for r in conn.execute(
        f"SELECT place_id, count(DISTINCT doc_id) FROM place_mentions WHERE doc_id {among} GROUP BY place_id",
        tuple(docs))]
    for r in conn.execute(
            "SELECT type, COALESCE(mode, '') AS mode, actors, count(*) AS n, MIN(id) AS first FROM events"
            f" WHERE doc_id {among} GROUP BY type, COALESCE(mode, ''), actors", tuple(docs)):
        kind = (r[0], r[1], r[2])
        out.append(("event", digest(kind), r[3], r[4], json.dumps(list(kind))))
    return out


def _add(conn, at: str, facts: list) -> None:
    conn.executemany("INSERT OR IGNORE INTO period_facts (kind, month, fact, n, first_id, detail)"
                     " VALUES (?, ?, ?, 0, NULL, ?)", [(k, at, f, d) for k, f, _, _, d in facts])
    conn.executemany("UPDATE period_facts SET n = n + ?, first_id = CASE WHEN first_id IS NULL OR first_id > ?"
                     " THEN ? ELSE first_id END WHERE kind = ? AND month = ? AND fact = ?",
                     [(n, first, first, k, at, f) for k, f, n, first, _ in facts])


def add_document(conn, doc: str, published: str | None) -> None:
    """Count the stored document ``doc`` (in the writer's transaction)."""
    at = month(published)
    if at is not None:
        _add(conn, at, _facts(conn, [doc]))


def remove_document(conn, doc: str) -> None:
    """Subtract the document ``doc`` before it is deleted (in the deleter's transaction)."""
    row = conn.execute("SELECT published FROM documents WHERE id = ?", (doc,)).fetchone()
    at = month(row[0]) if row else None
    if at is None:
        return
    facts = _facts(conn, [doc])
    conn.executemany("UPDATE period_facts SET n = n - ? WHERE kind = ? AND month = ? AND fact = ?",
                     [(n, k, at, f) for k, f, n, _, _ in facts])
    conn.execute("DELETE FROM period_facts WHERE month = ? AND n <= 0", (at,))
    for k, f, _, first, detail in facts:  # a kind whose lowest event was this document's
        if k != "event":
            continue
        kept = conn.execute("SELECT first_id FROM period_facts WHERE kind = 'event' AND month = ? AND fact = ?",
                            (at, f)).fetchone()
        if kept is None or kept[0] != first:
            continue
        t, mode, actors = json.loads(detail)
        low = conn.execute(
            f"SELECT MIN(e.id) FROM events e JOIN documents d ON d.id = e.doc_id WHERE substr(d.published, 1, {MONTH})"
            " = ? AND e.doc_id != ? AND e.type = ? AND COALESCE(e.mode, '') = ? AND e.actors = ?",
            (at, doc, t, mode, actors)).fetchone()
        conn.execute("UPDATE period_facts SET first_id = ? WHERE kind = 'event' AND month = ? AND fact = ?",
                     (low[0], at, f))


def months_of(conn, docs: list[str]) -> set[str]:
    """The months of publication of the documents ``docs``."""
    out: set[str] = set()
    for i in range(0, len(docs), BATCH):
        part = docs[i:i + BATCH]
        out |= {month(r[0]) for r in conn.execute(
            f"SELECT DISTINCT published FROM documents WHERE id IN ({', '.join('?' * len(part))})", tuple(part))}
    return out - {None}


def rebuild(conn, months: set[str] | None = None) -> None:
    """Count the months ``months`` (every month when None) again from their documents."""
    if months is None:
        conn.execute("DELETE FROM period_facts")
    by_month: dict[str, list[str]] = {}
    for r in conn.execute("SELECT id, published FROM documents ORDER BY id"):  # one pass over the documents
        at = month(r[1])
        if at is not None and (months is None or at in months):
            by_month.setdefault(at, []).append(r[0])
    for at in sorted(months if months is not None else by_month):
        conn.execute("DELETE FROM period_facts WHERE month = ?", (at,))
        docs = by_month.get(at, [])
        for i in range(0, len(docs), BATCH):  # the documents of a batch are counted once each
            _add(conn, at, _facts(conn, docs[i:i + BATCH]))
