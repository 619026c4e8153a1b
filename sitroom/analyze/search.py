"""Full-text search over the documents: quoted phrases, title matches first, filters, paging.

The query language is small: words must all occur (any form FTS5's tokenizer folds to the same
token); "quoted words" must occur together as a phrase; -word excludes. Ranking is FTS5's bm25
with a title match worth ``TITLE_WEIGHT`` text matches. Filters narrow by publication date,
source (collection) and actor (documents that mention it). Each result has ``snippet`` (the
matched words between [ and ], as before), ``excerpt`` (the same text without markers) and
``matches`` (their [start, end] offsets in ``excerpt``): pages draw from the offsets, since
article text may hold brackets of its own. SQLite uses FTS5; PostgreSQL its text search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.analyze.timeline import check_date, padded
from sitroom.errors import ConfigError

__all__ = ["SearchQuery", "fts_query", "search"]

TITLE_WEIGHT = 8.0
_OPEN, _CLOSE = "\ue000", "\ue001"  # snippet markers: private-use characters news text lacks
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
SORTS = ("rank", "newest", "oldest")


@dataclass(frozen=True)
class SearchQuery:
    """What to find and which page of it."""

    q: str
    start: str | None = None  # published on or after (YYYY[-MM[-DD]])
    end: str | None = None  # published on or before
    source: str | None = None  # part of the source path (a file, a folder, a site)
    actor: str | None = None  # entity id: documents that mention it
    sort: str = "rank"  # rank, newest, oldest
    limit: int = 20
    offset: int = 0


def fts_query(q: str) -> str:
    """The FTS5 MATCH expression for the user's query ("" when nothing is left to find)."""
    wanted, unwanted = [], []
    for m in _TOKEN.finditer(q):
        if m.group(2) is not None:  # a quoted phrase (an unclosed quote runs to the end)
            words = _words(m.group(2))
            target = unwanted if m.group(1) else wanted
        else:
            raw = m.group(3)
            neg = raw.startswith("-") and len(raw) > 1
            words = _words(raw[1:] if neg else raw)
            target = unwanted if neg else wanted
        if words:
            target.append('"' + " ".join(words) + '"')
    if not wanted:
        return ""
    return " AND ".join(wanted) + "".join(f" NOT {u}" for u in unwanted)


def _words(text: str) -> list[str]:
    """The words FTS5 will match (its unicode61 tokenizer splits on what is not a letter/digit)."""
    return [w for w in re.split(r"[^\w]+", text) if w]


def search(store, sq: SearchQuery) -> dict:
    """One page of results: {query, total, results: [{id, title, ..., snippet, matches}]}."""
    if sq.sort not in SORTS:
        raise ConfigError(f"sort must be one of {', '.join(SORTS)}, not {sq.sort!r}")
    match = fts_query(sq.q)
    base = {"query": sq.q, "total": 0, "results": [], "limit": sq.limit, "offset": sq.offset,
            "sort": sq.sort}
    if not match:
        return base
    where, params = ["documents_fts MATCH ?"], [match]
    start, end = check_date(sq.start, "from"), check_date(sq.end, "to")
    if start:
        where.append("d.published >= ?")
        params.append(padded(start, high=False))
    if end:
        where.append("d.published <= ?")
        params.append(padded(end, high=True))
    if sq.source:
        where.append("d.source LIKE ?")
        params.append(f"%{sq.source}%")
    if sq.actor:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id AND m.entity_id = ?)")
        params.append(sq.actor)
    order = {"newest": "d.published IS NULL, d.published DESC, d.rowid DESC",
             "oldest": "d.published IS NULL, d.published, d.rowid"}.get(sq.sort)
    if type(store).__name__ == "PostgresStore":
        sql, rank, head = _postgres(where[1:])
        params[0] = sq.q
    else:
        sql, rank, head = _sqlite(where)
    total = store.rows("SELECT count(*) AS n" + sql, tuple(params))[0]["n"]
    rows = store.rows(f"{head}{sql} ORDER BY {order or rank} LIMIT ? OFFSET ?",
                      (*params, sq.limit, sq.offset))
    results = []
    for r in rows:
        excerpt, matches = _unmark(r.pop("snippet") or "")
        _, title_matches = _unmark(r.pop("title_marked") or "")
        legacy = excerpt
        for a, b in reversed(matches):
            legacy = legacy[:a] + "[" + legacy[a:b] + "]" + legacy[b:]
        results.append(r | {"snippet": legacy, "excerpt": excerpt, "matches": matches,
                            "title_matches": title_matches})
    return base | {"total": total, "results": results}


def _sqlite(where: list[str]) -> tuple[str, str, str]:
    """FTS5: the body (FROM ... WHERE), the rank ordering and the SELECT head of the query."""
    body = (" FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE "
            + " AND ".join(where))
    rank = f"bm25(documents_fts, {TITLE_WEIGHT}, 1.0)"
    head = ("SELECT d.id, d.title, d.published, d.source,"
            f" snippet(documents_fts, 1, '{_OPEN}', '{_CLOSE}', ' … ', 24) AS snippet,"
            f" highlight(documents_fts, 0, '{_OPEN}', '{_CLOSE}') AS title_marked")
    return body, rank, head


_PG_DOC = ("setweight(to_tsvector('english', coalesce(d.title, '')), 'A') ||"
           " to_tsvector('english', d.text)")


def _postgres(where: list[str]) -> tuple[str, str, str]:
    """PostgreSQL text search (websearch syntax: phrases and -word alike); title weight A."""
    body = (" FROM documents d, websearch_to_tsquery('english', ?) q"
            f" WHERE {_PG_DOC} @@ q" + "".join(f" AND {w}" for w in where))
    rank = f"ts_rank('{{0.1, 0.2, 0.4, 1.0}}', {_PG_DOC}, q) DESC"
    opts = f"StartSel={_OPEN}, StopSel={_CLOSE}"
    head = ("SELECT d.id, d.title, d.published, d.source,"
            f" ts_headline('english', d.text, q, '{opts}, MaxFragments=1, MaxWords=24, MinWords=8')"
            " AS snippet,"
            f" ts_headline('english', coalesce(d.title, ''), q, '{opts}, HighlightAll=true')"
            " AS title_marked")
    return body, rank, head


def _unmark(marked: str) -> tuple[str, list[list[int]]]:
    """Plain text and the [start, end] offsets of the marked stretches in it."""
    out, spans, pos, start = [], [], 0, None
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            start = pos
        elif part == _CLOSE:
            if start is not None:
                spans.append([start, pos])
            start = None
        else:
            out.append(part)
            pos += len(part)
    return "".join(out), spans
