"""What one document says about its places, kept with the document for the toll keys' places.

``analyze/toll_places`` re-keys a toll keyed at a country at the town its report leads with; it
needs, per report, how often the report names each place, which places its title or first
``LEDE`` sentences name, and which places each written form of a name resolved to. All of that
depends on the document alone, so it is computed once, when the document is written (and for
the documents of an older store when the table is added), and read back as one row per report
instead of grouping every place mention of every report on each analysis command.

A summary is JSON: ``{"named": {place: times}, "lede": [place, ...], "forms": {form: {place:
times}}}``; a title kept apart from the text adds one to each place it names.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

LEDE = 2  # sentences (after a title the text may begin with) where the report's own place is named
BATCH = 500


def summarize(conn, docs: list[str]) -> dict[str, dict]:
    """The summaries of ``docs`` (document id -> summary), read from their stored rows."""
    out: dict[str, dict] = {}
    for i in range(0, len(docs), BATCH):
        part = docs[i:i + BATCH]
        out.update(_summaries(conn, part))
    return out


def write_summaries(conn, docs: list[str]) -> None:
    """Store the summaries of ``docs`` (documents already stored in this transaction)."""
    found = summarize(conn, docs)
    conn.executemany("INSERT OR IGNORE INTO document_places (doc_id, summary) VALUES (?, ?)",
                     [(d, json.dumps(found[d], separators=(",", ":"))) for d in docs])


def backfill(conn) -> int:
    """Summaries for every stored document without one (a store older than the table); how many."""
    missing = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM document_places) ORDER BY id")]
    for i in range(0, len(missing), BATCH * 10):
        write_summaries(conn, missing[i:i + BATCH * 10])
    return len(missing)


def stored(conn, docs: list[str]) -> dict[str, dict]:
    """The stored summaries of ``docs``, computed for any that have none."""
    out: dict[str, dict] = {}
    for i in range(0, len(docs), BATCH):
        part = docs[i:i + BATCH]
        marks = ", ".join("?" * len(part))
        out.update({r[0]: json.loads(r[1]) for r in conn.execute(
            f"SELECT doc_id, summary FROM document_places WHERE doc_id IN ({marks})", tuple(part))})
    missing = [d for d in docs if d not in out]
    return {**out, **summarize(conn, missing)} if missing else out


def _summaries(conn, part: list[str]) -> dict[str, dict]:
    among = f"IN ({', '.join('?' for _ in part)})"
    out = {d: {"named": {}, "lede": [], "forms": {}} for d in part}
    titles, headed = {}, set()  # headed: documents whose text begins with their title
    for r in conn.execute("SELECT id, title, substr(text, 1, length(title)) = title AS headed FROM documents"
                          f" WHERE id {among}", tuple(part)):
        titles[r[0]] = (r[1] or "").lower()
        if r[2]:
            headed.add(r[0])
    lede_end: dict[str, list[int]] = {}  # the ends of each document's first sentences
    for r in conn.execute("SELECT doc_id, \"end\" FROM (SELECT doc_id, start, \"end\", ROW_NUMBER() OVER"
                          f" (PARTITION BY doc_id ORDER BY start) AS k FROM sentences WHERE doc_id {among}) s"
                          f" WHERE k <= {LEDE + 1} ORDER BY doc_id, start", tuple(part)):
        lede_end.setdefault(r[0], []).append(r[1])
    titled: set[tuple[str, str]] = set()
    for r in conn.execute(
            "SELECT m.doc_id, m.place_id, m.text, count(*) AS n, min(m.start) AS start, p.name"
            f" FROM place_mentions m JOIN places p ON p.id = m.place_id WHERE m.doc_id {among}"
            " GROUP BY m.doc_id, m.place_id, m.text, p.name ORDER BY m.doc_id, m.place_id, m.text", tuple(part)):
        doc, pid, text, n, start, name = r[0], r[1], r[2], r[3], r[4], r[5]
        summary = out[doc]
        named, forms = summary["named"], summary["forms"]
        named[pid] = named.get(pid, 0) + n  # each row: one place written one way, n times, first at start
        ends = lede_end.get(doc, [])
        in_title = doc not in headed and _in_title(text.lower(), titles.get(doc, ""))
        if in_title and (doc, pid) not in titled:  # a title kept apart from the text names it
            titled.add((doc, pid))
            named[pid] += 1
        if (in_title or ends and start < ends[min(len(ends), LEDE + (doc in headed)) - 1]) \
                and pid not in summary["lede"]:
            summary["lede"].append(pid)
        for form, k in ((_norm(text), n), (_norm(name), 0)):
            counts = forms.setdefault(form, {})
            counts[pid] = counts.get(pid, 0) + k
    return out


@lru_cache(maxsize=65536)
def _in_title(name: str, title: str) -> bool:
    return bool(title) and re.search(rf"\b{re.escape(name)}\b", title) is not None


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:'s|'|’s|’)$", "", text).lower()
