"""PLOVER JSON Lines: one object per event, in the field naming of the PLOVER gold records.

Keys follow ``PLOVER_GSR_CAMEO`` (``id``, ``date``, ``event``, ``mode``, ``context``, ``source``
and ``target`` lists of ``{actorText, code}``, ``eventText``, ``text``, ``eventLoc``); sitroom's
additions (status, date provenance, offsets, figures) sit beside them under their own names.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitroom.model import Event, EventCount, Mention, Record, date_precision

__all__ = ["plover_code", "plover_events"]

VERSION = "sitroom-plover/1"

# PLOVER codes stated intent and refusal by their auxiliary readings: cooperation that is promised
# or planned is AGREE, harm that is planned or threatened is THREATEN, refused cooperation REJECT
_COOPERATIVE = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT", "SUPPORT"})
_HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "REJECT"})


def plover_code(e: Event) -> str:
    """The category PLOVER gives the event's clause: "will provide aid" is AGREE, "would boycott"
    THREATEN, "did not agree" REJECT; an act that took place keeps its own category (``type``)."""
    if e.status in ("planned", "hypothetical"):
        if e.type in _COOPERATIVE:
            return "AGREE"
        if e.type in _HOSTILE:
            return "THREATEN"
    if e.status == "negated" and e.type in _COOPERATIVE | {"AGREE"}:
        return "REJECT"
    return e.type


def _span(m: Mention) -> dict:
    return {"start": m.start, "end": m.end, "text": m.text}


def _actors(ids: tuple[str, ...], names: dict[str, str], countries: dict[str, str | None]) -> list[dict]:
    return [{"actorText": names.get(i, i), "code": i, "country": countries.get(i)} for i in ids]


def _location(place_id: str | None, places: dict) -> dict | None:
    if place_id is None:
        return None
    place = places.get(place_id)
    if place is None:
        return {"placeId": place_id}
    return {"placeName": place.name, "placeId": place.id, "lat": place.lat, "lon": place.lon,
            "country": place.country, "feature": place.feature}


def _count(n: EventCount) -> dict:
    return {"kind": n.kind, "value": n.value, "low": n.low, "high": n.high, "unit": n.unit,
            "approximate": n.approximate, "text": n.text, "start": n.start, "end": n.end,
            "sentence": _span(n.sentence)}


def _total(e: Event, kind: str) -> float | None:
    return next((n.value for n in e.counts if n.kind == kind), None)


def _event(record: Record, e: Event, names: dict, countries: dict, places: dict) -> dict:
    return {
        "id": e.id,
        "date": e.date.start if e.date else None,
        "dateEnd": e.date.end if e.date else None,
        "date_source": e.date_source,
        "date_precision": date_precision(e.date),
        "date_before": e.date_before,
        "event": e.type,
        "mode": e.mode,
        "context": None,
        "status": e.status,
        "plover": plover_code(e),
        "parties": e.parties,
        "shown": e.shown,
        "confidence": e.confidence,
        "source": _actors(e.actors, names, countries),
        "target": _actors(e.targets, names, countries),
        "eventText": e.trigger.text,
        "text": e.sentence.text,
        "eventLoc": _location(e.place, places),
        "quantities": list(e.quantities),
        "counts": [_count(n) for n in e.counts],
        # ACLED-style totals, one per kind (the first figure given for it)
        "fatalities": _total(e, "killed"),
        "injuries": _total(e, "wounded"),
        "arrests": _total(e, "arrested"),
        "trigger": _span(e.trigger),
        "sentence": _span(e.sentence),
        "mentions": [_span(m) for m in e.mentions],
        "document": record.article.id,
        "publication": record.article.source,
        "published": record.article.published,
        "url": record.article.url,
        "language": "en",
        "coder": "sitroom",
        "version": VERSION,
    }


def plover_events(record: Record) -> Iterator[dict]:
    """Yield one PLOVER-style JSON object per event of a record, actors named from its entities."""
    names = {ent.id: ent.name for ent in record.entities}
    countries = {ent.id: ent.country for ent in record.entities}
    places = {p.id: p for p in record.places}
    for p in record.places:  # a country target read from a place ("visited Moscow")
        if p.country and p.feature == "country":
            names.setdefault(p.country, p.name)
    for e in record.events:
        yield _event(record, e, names, countries, places)
