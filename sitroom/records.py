"""The one function that turns a processed spaCy ``Doc`` into a ``Record``."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from sitroom.components.span_records import recorded
from sitroom.model import Article, Entity, EntityRef, Mention, Place, PlaceRef, Record

# spaCy labels used when the actors component is not in the pipeline
_FALLBACK_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                   "FAC": "facility", "NORP": "other"}


def from_doc(doc: Doc, article: Article) -> Record:
    """Gather every component's span group into one record; offsets index ``article.text``."""
    return Record(
        article=article,
        entities=_entities(doc),
        places=_places(doc),
        events=_records(doc, "events"),
        quantities=_records(doc, "quantities"),
        quotes=_records(doc, "quotes"),
        timexes=_records(doc, "timexes"),
        sentences=tuple(Mention(s.start_char, s.end_char, s.text) for s in doc.sents)
        if doc.has_annotation("SENT_START") else (),
    )


def _records(doc: Doc, group: str) -> tuple:
    found = {}
    for _, value in recorded(doc, group):
        where = value.trigger if hasattr(value, "trigger") else value
        found[(where.start, where.end, getattr(value, "id", ""))] = value
    return tuple(found[k] for k in sorted(found))


def _entities(doc: Doc) -> tuple[Entity, ...]:
    if "actors" in doc.spans:
        refs = recorded(doc, "actors")
    else:
        refs = [(ent, _fallback_ref(ent.text, ent.label_)) for ent in doc.ents
                if ent.label_ in _FALLBACK_KINDS]
    grouped: dict[str, list[tuple[object, EntityRef]]] = {}
    for span, ref in refs:
        grouped.setdefault(ref.id, []).append((span, ref))
    entities = []
    for eid, items in grouped.items():
        first = min(items, key=lambda it: it[0].start_char)[1]
        canonical = next((r for _, r in items if not r.metonym), first)
        entities.append(Entity(
            id=eid, name=canonical.name, kind=canonical.kind, country=canonical.country,
            role=next((r.role for _, r in items if r.role), None),
            affiliation=next((r.affiliation for _, r in items if r.affiliation), None),
            sector=next((r.sector for _, r in items if r.sector), None),
            mentions=tuple(sorted({Mention(s.start_char, s.end_char, s.text) for s, _ in items},
                                  key=lambda m: m.start)),
        ))
    return tuple(sorted(entities, key=lambda e: e.mentions[0].start))


def _places(doc: Doc) -> tuple[Place, ...]:
    if "places" not in doc.spans:
        return ()
    grouped: dict[str, tuple[PlaceRef, list[Mention]]] = {}
    refs = [(s, s.label_.lower()) for s in doc.spans.get("place_refs", ())]
    # a place that a reference at the same words claims otherwise ("OSLO (Reuters) -", a
    # dateline) is exported once, with the reference's use
    claimed = {(s.start, s.end) for s, _use in refs}
    literal = [(s, None) for s in doc.spans["places"] if (s.start, s.end) not in claimed]
    for span, use in literal + refs:
        ref = span._.place
        if ref is None:
            continue
        grouped.setdefault(ref.id, (ref, []))[1].append(
            Mention(span.start_char, span.end_char, span.text, use))
    places = [
        Place(id=ref.id, name=ref.name, lat=ref.lat, lon=ref.lon, country=ref.country,
              feature=ref.feature, precision=ref.precision,
              mentions=tuple(sorted(set(ms), key=lambda m: m.start)))
        for ref, ms in grouped.values()
    ]
    return tuple(sorted(places, key=lambda p: p.mentions[0].start))


def _fallback_ref(text: str, label: str) -> EntityRef:
    """An entity named by spaCy's NER alone, keyed by its normalised text."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    norm = re.sub(r"[^a-z0-9]+", "-", re.sub(r"^the\s+|'s$", "", norm)).strip("-")
    kind = _FALLBACK_KINDS[label]
    return EntityRef(id=f"{kind}:{norm}", name=text, kind=kind)
