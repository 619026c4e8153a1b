"""The corpus timeline: every event in the store ordered by when it happened, with its source.

Ordering is by the event's own date (not the publication date); an event's date may be a year,
a month or a day, and comparisons pad it to the interval it covers (2021 = 2021-01-01 ..
2021-12-31) so a year-precise event still falls inside a month filter. Undated events come last.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from sitroom.analyze import plover
from sitroom.analyze.tolls import COUNTED_STATUS, best_of_reports, counts_for, counts_text
from sitroom.errors import ConfigError
from sitroom.model import EventCount

__all__ = ["TimelineFilter", "TimelineItem", "check_date", "check_filter", "conditions", "count", "counts_text",
           "event_anchor", "event_when", "items", "names_for", "padded", "precision", "query", "span",
           "timeline"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# SQL for the padded low/high end of a YYYY / YYYY-MM / YYYY-MM-DD value (portable SQL).
_LOW = ("CASE length({c}) WHEN 4 THEN {c} || '-01-01' WHEN 7 THEN {c} || '-01' ELSE {c} END")
_HIGH = ("CASE length({c}) WHEN 4 THEN {c} || '-12-31' WHEN 7 THEN {c} || '-31' ELSE {c} END")
_START = _LOW.format(c="COALESCE(e.date_start, e.date_end)")
_END = _HIGH.format(c="COALESCE(e.date_end, e.date_start)")


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One event on the timeline with everything needed to show and cite it."""

    event_id: str
    date_start: str | None
    date_end: str | None
    precision: str | None  # year, month, day; None when undated
    status: str
    type: str
    quad: str | None
    mode: str | None
    actors: tuple[tuple[str, str], ...]  # (entity id, name)
    targets: tuple[tuple[str, str], ...]
    place_id: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    document_id: str
    document_title: str | None
    published: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    cluster: str | None = None  # the cross-document event: its first report's event id
    reports: int = 1  # with ``merge``: how many documents report this event
    date_source: str | None = None  # clause, sentence or published (the date is the article's)
    counts: tuple[EventCount, ...] = ()  # killed, wounded, arrested, ... (``tolls.counts_text``)


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What to keep: all given conditions must hold."""

    actor: str | None = None  # entity id, as actor or target
    place: str | None = None  # place id, or an ISO3 country code for every place in it
    category: str | None = None  # PLOVER category
    start: str | None = None  # YYYY[-MM[-DD]]: events that end on or after this
    end: str | None = None  # events that begin on or before this
    limit: int | None = None
    offset: int = 0  # with limit: skip this many first (paging)
    newest_first: bool = False
    role: str | None = None  # with actor: "actor" or "target" only; None for either
    merge: bool = False  # one item per cross-document event (its first report), with a count
    sector: str | None = None  # only events with an actor or target of this sector (COP, MIL, ...)
    unshown: bool = False  # also events with no identified doer or doubtful (``Event.shown``: hidden by default)
    min_killed: int | None = None  # only events whose figure of killed is at least this (its low bound)


def event_anchor(event_id: str) -> str:
    """The HTML anchor of an event on its document's page ("ev-e120-126")."""
    return "ev-" + event_id.rsplit(":", 1)[-1]


def event_when(start: str | None, end: str | None, source: str | None = None,
               before: str | None = None) -> str:
    """An event's date as an analyst should read it: ``span`` of its own date, "reported
    2017-12-21" when it rests only on the publication date, "before 2017-12-21" for an earlier
    act the text does not date."""
    if not start and not end:
        return f"before {before}" if before else "undated"
    if source == "published":
        return f"reported {start or end}"
    return span(start, end)


def precision(value: str | None) -> str | None:
    """'year', 'month' or 'day' for a YYYY / YYYY-MM / YYYY-MM-DD value."""
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def padded(value: str, high: bool) -> str:
    """The first (or last) day a YYYY / YYYY-MM / YYYY-MM-DD value covers."""
    if len(value) == 4:
        return value + ("-12-31" if high else "-01-01")
    if len(value) == 7:
        return value + ("-31" if high else "-01")
    return value


def check_date(value: str | None, name: str) -> str | None:
    """``value`` if it is a calendar date as YYYY, YYYY-MM or YYYY-MM-DD; a ConfigError otherwise."""
    if value is None or value == "":
        return None
    if not _DATE.match(value) or not _on_calendar(value):
        raise ConfigError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def _on_calendar(value: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(padded(value, high=False))
    except ValueError:
        return False
    return len(value) < 7 or 1 <= int(value[5:7]) <= 12


def span(start: str | None, end: str | None) -> str:
    """The one way dates are written for people: "2021-08-01", "2021-07-30 – 2021-08-10";
    an open end is "…" ("… – 2021-08-01", "2021-08 – …"); no date at all is "undated"."""
    if not start and not end:
        return "undated"
    if start == end:
        return start
    return f"{start or '…'} – {end or '…'}"


def timeline(store, *, actor: str | None = None, place: str | None = None,
             category: str | None = None, start: str | None = None, end: str | None = None,
             limit: int | None = None, merge: bool = False, sector: str | None = None) -> list[TimelineItem]:
    """Events matching the filters, ordered by event date (undated last), then by source.

    With ``merge``, an event reported by several documents is one item with a ``reports`` count.
    """
    return query(store, TimelineFilter(actor, place, category, check_date(start, "start"),
                                       check_date(end, "end"), limit, merge=merge, sector=sector))


def query(store, f: TimelineFilter) -> list[TimelineItem]:
    """``timeline`` with its filters bundled in a ``TimelineFilter``.

    Two steps keep large stores fast: the ordering runs over narrow key rows (using the index on
    ``date_start``), then only the events that made the cut are read in full.
    """
    check_filter(f)
    where, params = conditions(f)
    desc = " DESC" if f.newest_first else ""
    head = ("SELECT e.id, e.date_start, e.date_end, e.doc_id, e.sentence_start, e.trigger_start"
            " FROM events e"
            + (" LEFT JOIN places p ON p.id = e.place" if f.place else "") + " WHERE ")
    tail = f" LIMIT {int(f.limit) + int(f.offset)}" if f.limit is not None else ""
    parts = (("e.date_start IS NOT NULL", f"e.date_start{desc}, e.date_end{desc}"),
             ("e.date_start IS NULL AND e.date_end IS NOT NULL", f"e.date_end{desc}"),
             ("e.date_start IS NULL AND e.date_end IS NULL", "e.doc_id, e.sentence_start"))
    if f.actor:  # the actor's events are few: read them once, order each part as its SQL would
        found = _parts(store.rows(head + " AND ".join(where), tuple(params)), f)
    else:
        found = []
        for cond, order in parts:
            rows = store.rows(head + " AND ".join(where + [cond]) + f" ORDER BY {order},"
                              " e.doc_id, e.sentence_start, e.trigger_start" + tail, tuple(params))
            found.append(rows)
    dated = sorted(found[0] + found[1], key=_order_key, reverse=f.newest_first)
    keys = dated + found[2]
    keys = keys[f.offset:f.offset + f.limit] if f.limit is not None else keys[f.offset:]
    items = _details(store, [r["id"] for r in keys])
    return _with_reports(store, items) if f.merge else items


def check_filter(f: TimelineFilter) -> None:
    """A ConfigError for a filter no event can match by mistake (a category that is no PLOVER one)."""
    if f.category is not None and plover.category(f.category) is None:
        raise ConfigError(f"category must be a PLOVER category ({', '.join(plover.categories())}),"
                          f" not {f.category!r}")


def _parts(rows: list[dict], f: TimelineFilter) -> list[list[dict]]:
    """Key rows split as ``query``'s three parts (start date; end date only; undated), each in
    its ORDER BY's order (NULL first, last when descending) and cut to its LIMIT."""
    place = lambda r: (r["doc_id"], r["sentence_start"], r["trigger_start"], r["id"])  # noqa: E731
    null_first = lambda x: (x is not None, x or "")  # noqa: E731
    by_start = sorted((r for r in rows if r["date_start"] is not None), key=place)
    by_end = sorted((r for r in rows if r["date_start"] is None and r["date_end"] is not None), key=place)
    by_start.sort(key=lambda r: (r["date_start"], null_first(r["date_end"])), reverse=f.newest_first)
    by_end.sort(key=lambda r: r["date_end"], reverse=f.newest_first)
    undated = sorted((r for r in rows if r["date_start"] is None and r["date_end"] is None), key=place)
    cut = f.limit + f.offset if f.limit is not None else None
    return [part[:cut] for part in (by_start, by_end, undated)]


def count(store, f: TimelineFilter) -> int:
    """How many events match ``f`` (its limit and offset aside): the total that paging shows."""
    where, params = conditions(f)
    join = " LEFT JOIN places p ON p.id = e.place" if f.place else ""
    return store.rows(f"SELECT count(*) AS n FROM events e{join} WHERE " + " AND ".join(where),
                      tuple(params))[0]["n"]


def _with_reports(store, items: list[TimelineItem]) -> list[TimelineItem]:
    """Set ``reports`` on first reports: how many events (documents) share their cluster; and
    their counts of killed, wounded and arrested to the highest their reports give."""
    counts: dict[str, int] = {}
    ids = [i.event_id for i in items]
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        for r in store.rows("SELECT cluster, count(*) AS n FROM events WHERE cluster IN"
                            f" ({', '.join('?' * len(chunk))}) GROUP BY cluster", tuple(chunk)):
            counts[r["cluster"]] = r["n"]
    merged = [replace(i, reports=max(1, counts.get(i.event_id, 1))) for i in items]
    best = best_of_reports(store, {i.event_id: i.counts for i in merged if i.reports > 1})
    return [replace(i, counts=best[i.event_id][0]) if i.event_id in best else i for i in merged]


def _order_key(r: dict) -> tuple:
    first, last = r["date_start"] or r["date_end"], r["date_end"] or r["date_start"]
    return (padded(first, high=False), padded(last, high=True), r["doc_id"], r["sentence_start"],
            r["trigger_start"])


def items(store, ids: list[str]) -> list[TimelineItem]:
    """The full items for event ``ids``, in the order given."""
    return _details(store, ids)


# what an item shows of an event (not its mentions, quantities or trust: the widest columns)
ITEM_COLUMNS = ", ".join(f"e.{c}" for c in (
    "id", "doc_id", "type", "mode", "status", "actors", "targets", "date_start", "date_end", "date_source",
    "place", "trigger_start", "trigger_end", "trigger_text", "sentence_start", "sentence_end", "sentence_text",
    "cluster"))


def _details(store, ids: list[str]) -> list[TimelineItem]:
    rows: dict[str, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        for r in store.rows(
                f"SELECT {ITEM_COLUMNS}, d.title, d.published, p.name AS place_name, p.lat, p.lon"
                " FROM events e JOIN documents d ON d.id = e.doc_id"
                f" LEFT JOIN places p ON p.id = e.place WHERE e.id IN ({marks})", tuple(chunk)):
            rows[r["id"]] = r
    decoded = [(rows[i], json.loads(rows[i]["actors"]), json.loads(rows[i]["targets"]))
               for i in ids if i in rows]
    names = names_for(store, {x for _, a, t in decoded for x in a + t})
    counts = counts_for(store, [r["id"] for r, _, _ in decoded])
    return [_item(r, a, t, names, counts.get(r["id"], ())) for r, a, t in decoded]


def conditions(f: TimelineFilter) -> tuple[list[str], list]:
    """SQL conditions (aliases e: events, p: places) and parameters for a filter."""
    where: list[str] = []
    params: list = []
    if f.actor:  # an index lookup in the events' parties
        if f.role in ("actor", "target"):
            where.append("e.id IN (SELECT x.event_id FROM event_parties x WHERE x.entity_id = ? AND x.role = ?)")
            params += [f.actor, f.role]
        else:
            where.append("e.id IN (SELECT x.event_id FROM event_parties x WHERE x.entity_id = ?)")
            params.append(f.actor)
    if f.place:
        where.append("(e.place = ? OR p.country = ?)")
        params += [f.place, f.place]
    if f.merge:
        where.append("(e.cluster IS NULL OR e.cluster = e.id)")
    if f.sector:
        where.append("EXISTS (SELECT 1 FROM event_parties y JOIN entities x ON x.id = y.entity_id"
                     " WHERE y.event_id = e.id AND x.sector = ?)")
        params.append(f.sector.upper())
    if not f.unshown:  # the stored form of ``Event.shown``: an identified doer, not doubtful
        where.append("e.actors != '[]' AND e.doubtful = 0")
    if f.min_killed is not None:  # the event's figure: its first count of killed (``tolls.figure``)
        where.append(f"e.status IN ({', '.join(repr(s) for s in COUNTED_STATUS)}) AND"
                     " (SELECT c.low FROM event_counts c WHERE c.event_id = e.id AND c.kind = 'killed'"
                     " ORDER BY c.start LIMIT 1) >= ?")
        params.append(f.min_killed)
    if f.category:
        where.append("e.type = ?")
        params.append(f.category)
    if f.start:
        where.append(f"{_END} >= ?")
        params.append(padded(f.start, high=False))
    if f.end:
        where.append(f"{_START} <= ?")
        params.append(padded(f.end, high=True))
    return where or ["1 = 1"], params


def names_for(store, ids: set[str]) -> dict[str, str]:
    """Entity id -> display name for the given ids (one query)."""
    if not ids:
        return {}
    ordered = sorted(ids)
    marks = ", ".join("?" * len(ordered))
    rows = store.rows(f"SELECT id, name FROM entities WHERE id IN ({marks})", tuple(ordered))
    return {r["id"]: r["name"] for r in rows}


def _item(r: dict, actors: list[str], targets: list[str], names: dict[str, str],
          counts: tuple[EventCount, ...] = ()) -> TimelineItem:
    cat = plover.category(r["type"])
    first = r["date_start"] or r["date_end"]
    return TimelineItem(
        event_id=r["id"], date_start=r["date_start"], date_end=r["date_end"],
        precision=precision(first), status=r["status"], type=r["type"],
        quad=cat.quad if cat else None, mode=r["mode"],
        actors=tuple((i, names.get(i, i)) for i in actors),
        targets=tuple((i, names.get(i, i)) for i in targets),
        place_id=r["place"], place_name=r["place_name"], lat=r["lat"], lon=r["lon"],
        document_id=r["doc_id"], document_title=r["title"], published=r["published"],
        sentence=r["sentence_text"], sentence_start=r["sentence_start"],
        sentence_end=r["sentence_end"], trigger=r["trigger_text"],
        trigger_start=r["trigger_start"], trigger_end=r["trigger_end"], cluster=r.get("cluster"),
        date_source=r.get("date_source"), counts=counts,
    )
