"""Cross-document events: reports of the same event in several documents become one.

Two events are the same when they have the same PLOVER category, share an actor (or a target
when neither names an actor), their dates overlap (a date read only from the publication date
may be off by a few days), and their places agree (same place, or same country, or one unknown).
The first report's id names the cluster; every report keeps its own sentence as a source.
Candidates are looked up by category and start date (indexed) and must share an actor, so
linking stays cheap on large stores; an event that began over a year before another one's
window is not considered for it.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from sitroom.model import Record

SLACK_DAYS = 7  # how far a publication-dated event may be from a stated date

# the first and last day an event's YYYY / YYYY-MM / YYYY-MM-DD dates cover, in portable SQL
_LOW = ("CASE length(COALESCE(e.date_start, e.date_end)) WHEN 4 THEN COALESCE(e.date_start, e.date_end)"
        " || '-01-01' WHEN 7 THEN COALESCE(e.date_start, e.date_end) || '-01'"
        " ELSE COALESCE(e.date_start, e.date_end) END")
_HIGH = ("CASE length(COALESCE(e.date_end, e.date_start)) WHEN 4 THEN COALESCE(e.date_end, e.date_start)"
         " || '-12-31' WHEN 7 THEN COALESCE(e.date_end, e.date_start) || '-31'"
         " ELSE COALESCE(e.date_end, e.date_start) END")


_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _bounds(start: str | None, end: str | None, loose: bool) -> tuple[date, date] | None:
    first, last = start or end, end or start
    if not first or not _CALENDAR.match(first) or not _CALENDAR.match(last):
        return None
    lo = _pad(first, high=False)
    hi = _pad(last, high=True)
    if loose:
        lo, hi = lo - timedelta(days=SLACK_DAYS), hi + timedelta(days=SLACK_DAYS)
    return lo, hi


def _pad(value: str, high: bool) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if high else date(parts[0], 1, 1)
    if len(parts) == 2:
        if not high:
            return date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(*parts)


def same_event(a: dict, b: dict) -> bool:
    """True when two event rows (store columns, actors/targets decoded) report one event."""
    if a["type"] != b["type"] or a["doc_id"] == b["doc_id"]:
        return False
    if a["actors"] or b["actors"]:
        if not set(a["actors"]) & set(b["actors"]):
            return False
    elif not set(a["targets"]) & set(b["targets"]):
        return False
    ra = _bounds(a["date_start"], a["date_end"], a["date_source"] == "published")
    rb = _bounds(b["date_start"], b["date_end"], b["date_source"] == "published")
    if ra is None or rb is None or ra[1] < rb[0] or rb[1] < ra[0]:
        return False
    pa, pb = a.get("place"), b.get("place")
    return not pa or not pb or pa == pb or (a.get("country") and a.get("country") == b.get("country"))


def link(store, record: Record) -> dict[str, str]:
    """Cluster the record's events with matching events already in the store; return the links."""
    links: dict[str, str] = {}
    for ev in record.events:
        bounds = _bounds(ev.date.start, ev.date.end, loose=True) if ev.date else None
        if bounds is None or not (ev.actors or ev.targets):
            continue
        mine = {"type": ev.type, "doc_id": record.id, "actors": list(ev.actors),
                "targets": list(ev.targets), "date_start": ev.date.start, "date_end": ev.date.end,
                "date_source": ev.date_source, "place": ev.place,
                "country": next((p.country for p in record.places if p.id == ev.place), None)}
        lo, hi = bounds[0] - timedelta(days=SLACK_DAYS), bounds[1] + timedelta(days=SLACK_DAYS)
        who, column = (ev.actors, "actors") if ev.actors else (ev.targets, "targets")
        shares = " OR ".join(f"e.{column} LIKE ?" for _ in who)
        rows = store.rows(
            "SELECT e.id, e.cluster, e.type, e.doc_id, e.actors, e.targets, e.date_start, e.date_end,"
            " e.date_source, e.place, p.country FROM events e LEFT JOIN places p ON p.id = e.place"
            " WHERE e.type = ? AND e.date_start >= ? AND e.date_start <= ? AND e.doc_id != ?"
            f" AND {_LOW} <= ? AND {_HIGH} >= ? AND ({shares}) ORDER BY e.rowid",
            (ev.type, str(lo.year - 1), hi.isoformat(), record.id, hi.isoformat(), lo.isoformat(),
             *(f'%"{x}"%' for x in who)))
        for row in rows:
            other = dict(row, actors=json.loads(row["actors"]), targets=json.loads(row["targets"]))
            if same_event(mine, other):
                links[ev.id] = row["cluster"] or row["id"]
                break
    if links:
        store.assign_clusters(links)
    return links
