"""What each page shows, as plain JSON-able dicts: the HTML page and its .json twin share them."""

from __future__ import annotations

import math
from dataclasses import replace

from sitroom.analyze import plover, tolls
from sitroom.errors import NotFound
from sitroom.analyze.profile import actor_profile
from sitroom.analyze.timeline import (
    TimelineFilter,
    conditions,
    count,
    event_anchor,
    items,
    names_for,
    padded,
    query,
)
from sitroom.web.highlight import highlights, render, segments

__all__ = ["conflicts", "document", "entity", "latest_reported", "map_data", "overview",
           "plover_table", "timeline_data", "timeline_facets"]


MAX_EVENTS = 100  # per role on an actor's page; the counts above the lists say how many in all



def plain(obj):
    """A record as JSON-ready data: what ``dataclasses.asdict`` gives, without its deep copies
    (which cost seconds on a document with ten thousand facts)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: plain(getattr(obj, k)) for k in obj.__dataclass_fields__}
    if isinstance(obj, (list, tuple)):
        return type(obj)(plain(x) for x in obj)
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    return obj

def plover_table() -> dict:
    """Category -> quad and colour, for legends and marker colours."""
    return {name: {"quad": c.quad, "colour": c.colour} for name, c in plover.categories().items()}


def _item(t) -> dict:
    d = plain(t)
    d["href"] = f"/documents/{t.document_id}#{event_anchor(t.event_id)}"
    d["counts_text"] = tolls.counts_text(t.counts, t.status)
    cat = plover.category(t.type)
    d["colour"] = cat.colour if cat else "#777777"
    return d


def overview(store, cached_conflicts: list[dict]) -> dict:
    """Counts, the actors in the most documents, the most recent events and the conflicts."""
    actors = store.rows(
        "SELECT e.id, e.name, e.kind, t.mentions, t.documents FROM entities e JOIN"
        " (SELECT entity_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents"
        "  FROM mentions GROUP BY entity_id ORDER BY documents DESC, mentions DESC LIMIT 12) t"
        " ON t.entity_id = e.id ORDER BY t.documents DESC, t.mentions DESC, e.name")
    docs = store.rows("SELECT id, title, published, source FROM documents"
                      " ORDER BY ingested_at DESC, published DESC LIMIT 8")
    return {"stats": store.stats(), "actors": actors,
            "events": [_item(t) for t in items(store, latest_reported(store))],
            "recent_documents": docs, "conflicts": cached_conflicts[:10],
            "conflicts_total": len(cached_conflicts)}


def latest_reported(store, limit: int = 12, per_document: int = 2) -> list[str]:
    """Event ids from the newest reports: the documents published (then added) last, a few
    events each, those with both an actor and a target first.

    Ordering by the documents, not by the events' own dates, keeps forward references ("talks
    planned for 2030") and old history ("the 1979 invasion") from heading the overview.
    """
    where, params = conditions(TimelineFilter())
    rows = store.rows(
        "SELECT e.id, e.doc_id FROM events e JOIN (SELECT id, published, rowid AS added"
        "  FROM documents WHERE id IN (SELECT DISTINCT doc_id FROM events)"
        "  ORDER BY published IS NULL, published DESC, added DESC LIMIT ?) d ON d.id = e.doc_id"
        " WHERE " + " AND ".join(where) +
        " ORDER BY d.published IS NULL, d.published DESC, d.added DESC,"
        " (CASE WHEN e.actors != '[]' THEN 1 ELSE 0 END"
        " + CASE WHEN e.targets != '[]' THEN 1 ELSE 0 END) DESC, e.sentence_start",
        (limit, *params))
    taken: dict[str, int] = {}
    out = []
    for r in rows:
        if taken.get(r["doc_id"], 0) < per_document and len(out) < limit:
            taken[r["doc_id"]] = taken.get(r["doc_id"], 0) + 1
            out.append(r["id"])
    return out


PART_CHARS = 30_000  # a page shows at most this much of a document's text (about 5,000 words)


def parts_of(text: str) -> list[tuple[int, int]]:
    """Stretches of at most PART_CHARS characters, cut at a paragraph break (else a space)."""
    bounds, start = [], 0
    while start < len(text):
        end = min(start + PART_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            cut = cut if cut > start else text.rfind(" ", start, end)
            end = cut if cut > start else end
        bounds.append((start, end))
        start = end
    return bounds or [(0, 0)]


def document(store, doc_id: str, part: int = 0) -> dict:
    """A document's text, its facts, and the highlight segments that the page draws.

    A long document is shown a part at a time (``PART_CHARS``), with the facts of that part;
    its ``record.article.text`` is then that part, which begins at ``part.start`` of the whole.
    """
    text = store.record(doc_id, within=(0, 0)).article.text
    parts = parts_of(text)
    if part >= len(parts):
        raise NotFound(f"document {doc_id} has {len(parts)} part(s); part {part} does not exist")
    lo, hi = parts[part]
    rec = store.record(doc_id, within=(lo, hi)) if len(parts) > 1 else store.record(doc_id)
    ids = {a for ev in rec.events for a in ev.actors + ev.targets}
    ids |= {q.speaker for q in rec.quotes if q.speaker}
    names = names_for(store, ids)
    marks = [h for h in highlights(rec, names) if lo <= h.start and h.end <= hi]
    shifted = [replace(h, start=h.start - lo, end=h.end - lo) for h in marks]
    places = {p.id: p.name for p in rec.places}
    events = []
    for ev in rec.events:
        d = plain(ev)
        d["anchor"] = event_anchor(ev.id)
        d["actor_names"] = [(a, names.get(a, a)) for a in ev.actors]
        d["target_names"] = [(a, names.get(a, a)) for a in ev.targets]
        d["place_name"] = places.get(ev.place) if ev.place else None
        d["colour"] = plover.category(ev.type).colour if plover.category(ev.type) else "#777"
        events.append(d)
    record = plain(rec)
    record["events"] = events
    text = rec.article.text[lo:hi]
    if len(parts) > 1:  # only this part's text travels; offsets stay those of the whole text
        record["article"]["text"] = text
    return {
        "id": rec.id, "record": record,
        "part": {"index": part, "count": len(parts), "start": lo, "end": hi},
        "highlights": [plain(h) for h in marks],
        "segments": [{"start": a + lo, "end": b + lo, "marks": [h.id for h in cover]}
                     for a, b, cover in segments(text, shifted)],
        "html": render(text, shifted),
    }


def entity(store, entity_id: str) -> dict:
    """An actor's profile (see sitroom.analyze.profile)."""
    p = plain(actor_profile(store, entity_id, max_events=MAX_EVENTS))
    for key in ("events_as_actor", "events_as_target"):
        for d in p[key]:
            d["href"] = f"/documents/{d['document_id']}#{event_anchor(d['event_id'])}"
    p["bars"] = spaced_by_time(p["mentions_by_month"])
    p["undated_mentions"] = dict(p["mentions_by_month"]).get("undated", 0)
    p["peak_month"] = max((n for _, n in p["bars"]), default=0)
    return p


def spaced_by_time(by_month, max_bars: int = 120) -> list[tuple[str, int]]:
    """Mentions per month with the empty months in between, so gaps in time show as gaps;
    per year instead when the months would be more than ``max_bars``."""
    dated = [(m, n) for m, n in by_month if m != "undated" and len(m) == 7]
    if not dated:
        return []
    counts = dict(dated)
    (y0, m0), (y1, m1) = ((int(m[:4]), int(m[5:7])) for m in (dated[0][0], dated[-1][0]))
    if (y1 - y0) * 12 + m1 - m0 + 1 > max_bars:
        years: dict[str, int] = {}
        for m, n in dated:
            years[m[:4]] = years.get(m[:4], 0) + n
        return [(str(y), years.get(str(y), 0)) for y in range(y0, y1 + 1)]
    out, y, m = [], y0, m0
    while (y, m) <= (y1, m1):
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_facets(store, f: TimelineFilter) -> dict:
    """Counts per category (other filters kept) and per year of the event date (dates aside),
    as {"category": [{value, count, selected}], "year": [...]}."""
    out = {}
    for name, g, expr in (("category", replace(f, category=None, limit=None, offset=0), "e.type"),
                          ("year", replace(f, start=None, end=None, limit=None, offset=0),
                           "substr(COALESCE(e.date_start, e.date_end), 1, 4)")):
        where, params = conditions(g)
        join = " LEFT JOIN places p ON p.id = e.place" if g.place else ""
        rows = store.rows(f"SELECT {expr} AS v, count(*) AS n FROM events e{join} WHERE "
                          + " AND ".join(where) + " GROUP BY v", tuple(params))
        if f.actor:  # the actor condition over-matches (LIKE): recount the few rows exactly
            rows = _exact_counts(store, g, expr)
        chosen = f.category if name == "category" else (f.start if f.start and f.start == f.end else None)
        rows = [r for r in rows if r["v"]]
        rows.sort(key=(lambda r: -r["n"]) if name == "category" else (lambda r: r["v"]), reverse=name == "year")
        out[name] = [{"value": r["v"], "count": r["n"], "selected": r["v"] == chosen}
                     for r in rows[:24]]
    return out


def _exact_counts(store, f: TimelineFilter, expr: str) -> list[dict]:
    import json as _json

    where, params = conditions(f)
    join = " LEFT JOIN places p ON p.id = e.place" if f.place else ""
    rows = store.rows(f"SELECT {expr} AS v, e.actors, e.targets FROM events e{join} WHERE "
                      + " AND ".join(where), tuple(params))
    counts: dict = {}
    for r in rows:
        if f.actor in _json.loads(r["actors"]) + _json.loads(r["targets"]):
            counts[r["v"]] = counts.get(r["v"], 0) + 1
    return [{"v": v, "n": n} for v, n in counts.items()]


def chart_point(item: dict) -> dict:
    """The little of a timeline item that the chart draws (keeps the page small)."""
    sentence = item["sentence"]
    return {"date_start": item["date_start"], "date_end": item["date_end"],
            "precision": item["precision"], "type": item["type"], "status": item["status"],
            "href": item["href"], "colour": item["colour"], "counts": item["counts_text"],
            "actors": [[i, n] for i, n in item["actors"]][:4],
            "sentence": sentence if len(sentence) <= 160 else sentence[:160] + "…"}


def timeline_data(store, f: TimelineFilter) -> dict:
    """One page of events in date order (``f.newest_first``: the latest first), the filters
    that chose them and how many match in all."""
    found = [_item(t) for t in query(store, f)]
    return {"filters": {k: v for k, v in plain(f).items() if k not in ("newest_first", "offset")},
            "sort": "newest" if f.newest_first else "oldest", "total": count(store, f),
            "count": len(found), "offset": f.offset, "events": found,
            "categories": plover_table()}


def map_data(store, f: TimelineFilter, per_marker: int = 3) -> dict:
    """Event markers (per place, coloured by the commonest category, with the place's totals of
    killed, wounded and arrested) and place markers."""
    where, params = conditions(f)
    where = ["e.place IS NOT NULL"] + where
    base = (" FROM events e JOIN places p ON p.id = e.place"
            " WHERE " + " AND ".join(where))
    counts = store.rows("SELECT e.place, p.name, p.lat, p.lon, e.type, count(*) AS n,"
                        " max(e.id) AS example" + base
                        + " GROUP BY e.place, p.name, p.lat, p.lon, e.type", tuple(params))
    by_place: dict[str, list[dict]] = {}
    for r in tolls.figure_rows(store, where, tuple(params), " JOIN places p ON p.id = e.place"):
        by_place.setdefault(r["place"], []).append(r)
    place_tolls = {place: tolls.totals(rows) for place, rows in by_place.items()}
    picks: dict[str, list[tuple[int, str]]] = {}
    for place, found in place_tolls.items():  # the deadliest events of a place come first
        if "killed" in found:
            picks[place] = [(rank - 10**9, eid) for rank, eid in enumerate(found["killed"].events[:FATAL_EXAMPLES])]
    for r in counts:  # one example per category, from the place's commonest categories
        picks.setdefault(r["place"], []).append((-r["n"], r["example"]))
    chosen = [eid for options in picks.values()
              for eid in _first_distinct([e for _, e in sorted(options)], per_marker)]
    examples = []
    for i in range(0, len(chosen), 500):
        chunk = chosen[i:i + 500]
        examples += store.rows(
            "SELECT e.id, e.place, e.type, e.status, e.sentence_text, e.doc_id, e.date_start,"
            " d.title, d.published FROM events e JOIN documents d ON d.id = e.doc_id"
            f" WHERE e.id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
    position = {eid: i for i, eid in enumerate(chosen)}
    examples.sort(key=lambda r: position[r["id"]])
    event_counts = tolls.counts_for(store, chosen)
    table = plover_table()
    markers: dict[str, dict] = {}
    for r in counts:
        m = markers.setdefault(r["place"], {"place": r["place"], "name": r["name"], "lat": r["lat"],
                                            "lon": r["lon"], "count": 0, "categories": {},
                                            "examples": []})
        m["count"] += r["n"]
        m["categories"][r["type"]] = r["n"]
    for r in examples:
        markers[r["place"]]["examples"].append({
            "event": r["id"], "type": r["type"], "status": r["status"], "sentence": r["sentence_text"],
            "date": r["date_start"], "document": r["doc_id"], "title": r["title"],
            "published": r["published"], "counts": tolls.counts_text(event_counts.get(r["id"], ()), r["status"]),
            "href": f"/documents/{r['doc_id']}#{event_anchor(r['id'])}"})
    for m in markers.values():
        top = max(sorted(m["categories"]), key=lambda c: m["categories"][c])
        m["category"] = top
        m["colour"] = table.get(top, {}).get("colour", "#777777")
        m["radius"] = round(6 + 4 * math.sqrt(m["count"]), 1)
        found = place_tolls.get(m["place"], {})
        m["tolls"] = {k: {"low": t.low, "high": t.high, "events": len(t.events), "text": t.text}
                      for k, t in found.items()}
        m["counts"] = ", ".join(t.text for t in found.values())
        m["killed"] = found["killed"].low if "killed" in found else 0
        m["killed_radius"] = fatality_radius(m["killed"]) if m["killed"] else None
    places = _places(store, f)
    for p in places:
        p["radius"] = round(3 + 2 * math.sqrt(p["mentions"]), 1)
    ordered = sorted(markers.values(), key=lambda m: -m["count"])
    most = max((m["killed"] for m in ordered), default=0)
    sizes = (1, 10, 100, 1000)  # the legend's discs: up to the first one at least the largest toll
    upto = next((i for i, n in enumerate(sizes) if n >= most), len(sizes) - 1)
    scale = [{"killed": n, "radius": fatality_radius(n)} for n in sizes[:upto + 1]]
    return {"filters": {k: v for k, v in plain(f).items() if k not in ("newest_first", "limit")},
            "events": ordered, "places": places, "categories": table,
            "fatality_scale": scale if most else []}


FATAL_EXAMPLES = 2  # a place's deadliest events shown in its popup before the other examples


def fatality_radius(killed: float) -> float:
    """A fatality marker's radius in pixels: its area grows with the number killed, up to a cap
    that keeps a phone screen readable."""
    return round(min(36.0, 4 + 3 * math.sqrt(killed)), 1)


def _first_distinct(ids: list[str], n: int) -> list[str]:
    return list(dict.fromkeys(ids))[:n]


def _places(store, f: TimelineFilter) -> list[dict]:
    """Place markers (mention counts): with an actor or dates, only from the documents that
    mention the actor or were published in those dates, so a filter narrows every layer."""
    where, params = [], []
    if f.actor:
        where.append("m.doc_id IN (SELECT doc_id FROM mentions WHERE entity_id = ?)")
        params.append(f.actor)
    if f.start or f.end:
        docs = ["published IS NOT NULL"]
        if f.start:
            docs.append("published >= ?")
            params.append(padded(f.start, high=False))
        if f.end:
            docs.append("published <= ?")
            params.append(padded(f.end, high=True))
        where.append("m.doc_id IN (SELECT id FROM documents WHERE " + " AND ".join(docs) + ")")
    if f.place:
        where.append("(p.id = ? OR p.country = ?)")
        params += [f.place, f.place]
    return store.rows(
        "SELECT p.id, p.name, p.lat, p.lon, p.feature, p.country, count(*) AS mentions,"
        " count(DISTINCT m.doc_id) AS documents FROM place_mentions m JOIN places p"
        " ON p.id = m.place_id" + (" WHERE " + " AND ".join(where) if where else "")
        + " GROUP BY p.id, p.name, p.lat, p.lon, p.feature, p.country"
        " ORDER BY mentions DESC LIMIT 2000", tuple(params))


def conflicts(cached: list[dict]) -> dict:
    """Every conflict, claims ordered by publication."""
    return {"conflicts": cached, "count": len(cached)}



