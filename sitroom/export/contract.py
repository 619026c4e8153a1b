"""The export contract (``sitroom/document@1``): one JSON object per document."""

from __future__ import annotations

from sitroom.export.plover import plover_code
from sitroom.figures import format_quantity
from sitroom.model import DateRange, EventCount, Mention, Quantity, Record, date_precision, fact_id
from sitroom.resolve.timex_ranges import range_ends

SCHEMA = "sitroom/document@1"
KINDS = {"person", "country", "organization", "armed_group", "military_unit", "media",
         "facility", "place", "other"}


def _span(m: Mention) -> dict:
    return {"start": m.start, "end": m.end, "text": m.text}


def _date(d: DateRange | None) -> dict | None:
    return None if d is None else {"start": d.start, "end": d.end}


def _count(n: EventCount) -> dict:
    return {"kind": n.kind, "value": n.value, "low": n.low, "high": n.high, "unit": n.unit,
            "approximate": n.approximate, "text": n.text, "start": n.start, "end": n.end,
            "sentence": _span(n.sentence)}


def _low(q: Quantity) -> float | None:
    """The lowest value the text allows: a range's or vague amount's bottom, or 'at least'/'more than' X."""
    return q.value if q.high is not None or q.change == ">" else None


def quantity(q: Quantity, doc: str) -> dict:
    """The contract's JSON object for one quantity (``sitroom eval quantities`` scores exactly this)."""
    return {"id": fact_id(doc, "q", q.start, q.end), "value": q.value, "unit": q.unit,
            "counted": q.counted, "approximate": q.approximate, "kind": q.kind,
            "written_value": q.written_value, "written_unit": q.written_unit,
            "change": q.change, "subject": q.subject, "subject_name": q.subject_name,
            "attribute": q.attribute, "high": q.high, "text": q.text, "start": q.start, "end": q.end,
            "low": _low(q), "counted_phrase": q.counted_phrase, "display": format_quantity(q),
            "forms": [{"value": f.value, "high": f.high, "unit": f.unit, "text": f.text, "previous": f.previous}
                      for f in q.forms]}


def document(record: Record) -> dict:
    """The contract's JSON object for one record; extra fields are additions, never changes."""
    a, doc = record.article, record.article.id
    return {
        "schema": SCHEMA,
        "document": {"id": doc, "title": a.title, "authors": list(a.authors),
                     "published": a.published, "source": a.source, "url": a.url,
                     "format": a.fmt, "text": a.text},
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind if e.kind in KINDS else "other",
             "country": e.country, "role": e.role, "affiliation": e.affiliation, "sector": e.sector,
             "mentions": [_span(m) for m in e.mentions]}
            for e in record.entities
        ],
        "places": [
            {"id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
             "feature": p.feature, "precision": p.precision,
             "mentions": [{**_span(m), "use": m.use or "literal"} for m in p.mentions]}
            for p in record.places
        ],
        "events": [
            {"id": e.id, "type": e.type, "mode": e.mode, "actors": list(e.actors),
             "targets": list(e.targets), "date": _date(e.date), "date_source": e.date_source,
             "date_precision": date_precision(e.date), "date_before": e.date_before,
             "counts": [_count(n) for n in e.counts],
             "place": e.place, "quantities": list(e.quantities), "status": e.status,
             "plover": plover_code(e), "parties": e.parties, "shown": e.shown,
             "confidence": e.confidence, "doubtful": e.doubtful,
             "sentence": _span(e.sentence), "trigger": _span(e.trigger),
             "mentions": [_span(m) for m in e.mentions]}
            for e in record.events
        ],
        "quantities": [quantity(q, doc) for q in record.quantities],
        "quotes": [
            {"id": fact_id(doc, "u", q.start, q.end), "speaker": q.speaker,
             "speaker_name": q.speaker_name, "cue": q.cue, "text": q.text,
             "start": q.start, "end": q.end,
             "speaker_mention": _span(q.speaker_mention) if q.speaker_mention else None}
            for q in record.quotes
        ],
        "timexes": [
            {"text": t.text, "value": t.value, "type": t.type, "mod": t.mod,
             "range": _date(t.range), "start": t.start, "end": t.end,
             "ends": range_ends(t.text, t.start, t.value)}
            for t in record.timexes
        ],
    }
