"""spaCy component "sitroom_places": finds toponyms and resolves them against the gazetteer.

Toponym candidates: GPE/LOC/FAC entities; country actors (the small model tags "Tajikistan" as a
nationality); person/organisation/nationality entities the model mislabels when a gazetteer
entry matches and the context supports a place (a locative cue such as "near", "capital",
"air base", or a country of the document holding the entry); and "X-Y border" phrases. A facility
the gazetteer does not know ("the Harbmaidon training ground on the Afghan-Tajik border") is
placed at the area named in its sentence, with precision "area".
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components import ensure_extensions
from sitroom.model import PlaceRef
from sitroom.resolve.gazetteer import Gazetteer, default_gazetteer
from sitroom.resolve.places import (
    Toponym,
    border_place,
    demonym_country,
    find_borders,
    resolve_toponyms,
    to_place_ref,
)

__all__ = ["PlacesComponent", "make_places"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISLABELS = {"PERSON", "ORG", "NORP"}
BIG_TOWN = 50_000  # a mislabelled name without a locative cue must be at least this big


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(
        (resources.files("sitroom") / "data" / "areas.yaml").read_text("utf-8")
    )
    cues = data.get("cues", {})
    return {
        k: frozenset(str(w).lower() for w in cues.get(k, ()))
        for k in ("before", "after", "facility")
    }


def _extend_hyphenated(span: Span) -> Span:
    """Grow a span over a hyphenated tail the tokenizer split off ("Gorno" + "-Badakshchan")."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_title
    ):
        end += 2
    return doc[span.start : end] if end != span.end else span


def _auto_actor(actor) -> bool:
    """An organisation the actors component made up from NER alone (not a dictionary entry)."""
    return actor.kind == "organization" and actor.id.startswith("org:")


class PlacesComponent:
    """Writes ``doc.spans["places"]``, each span carrying its ``PlaceRef`` in ``span._.place``."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gaz = gazetteer

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = default_gazetteer()
        return self._gaz

    def __call__(self, doc: Doc) -> Doc:
        spans = self._candidates(doc)
        tops = [Toponym(s.start_char, s.end_char, s.text) for s in spans]
        found = resolve_toponyms(self.gaz, tops, doc.text)
        refs: dict[tuple[int, int], PlaceRef] = {}
        for span, cand in zip(spans, found):
            if cand is not None:
                refs[(span.start, span.end)] = to_place_ref(cand)
        borders = self._borders(doc)
        for span in spans:
            if (span.start, span.end) not in refs and self._is_facility(span):
                area = self._area_of_sentence(span, refs, borders)
                if area is not None:
                    refs[(span.start, span.end)] = PlaceRef(
                        id=area.id,
                        name=area.name,
                        lat=area.lat,
                        lon=area.lon,
                        country=area.country,
                        feature="facility",
                        precision="area",
                    )
        out = []
        for (start, end), ref in sorted(
            {**{(s.start, s.end): r for s, r in borders}, **refs}.items()
        ):
            span = Span(doc, start, end, label=ref.feature.upper())
            span._.place = ref
            out.append(span)
        doc.spans["places"] = filter_spans(out)
        return doc

    def _candidates(self, doc: Doc) -> list[Span]:
        """Toponym spans, without a leading article, longest first where they overlap."""
        cues = _cues()
        doc_countries = set()
        spans = []
        ents = doc.ents  # built from the tokens on every access: read once
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                spans.append(ent)
        not_places = []
        for span in doc.spans.get("actors", ()):
            actor = span._.get("actor")
            if actor is None:
                continue
            if actor.metonym or (actor.kind == "country" and actor.country is None):
                # a capital standing for its government ("Washington doesn't care"), or a
                # historical state (the Soviet Union): not a location
                not_places.append((span.start, span.end))
            elif (
                actor.kind == "country"
                and not actor.metonym
                and demonym_country(span.text) is None
            ):
                spans.append(span)
                doc_countries.add(actor.country)
            elif actor.kind not in ("country", "place", "facility") and not _auto_actor(
                actor
            ):
                not_places.append((span.start, span.end))
        spans = [
            s
            for s in spans
            if not any(a <= s.start and s.end <= b for a, b in not_places)
        ]
        for span in spans:
            for c in self.gaz.find(span.text):
                if c.level == 0:
                    doc_countries.add(c.cc)
        for ent in ents:
            if ent.label_ not in MISLABELS:
                continue
            if any(s < ent.end and ent.start < e for s, e in not_places):
                continue
            if self._is_facility(ent) or self._looks_like_place(
                ent, cues, doc_countries
            ):
                spans.append(ent)
        trimmed = []
        for span in spans:
            span = _extend_hyphenated(span)
            if span[0].lower_ == "the" and len(span) > 1:
                span = span[1:]
            if span[-1].tag_ == "POS" and len(span) > 1:
                span = span[:-1]
            trimmed.append(span)
        return filter_spans(trimmed)

    def _looks_like_place(self, ent: Span, cues, doc_countries: set[str]) -> bool:
        """A mislabelled entity is a place when the gazetteer knows it and the context agrees."""
        cands = [c for c in self.gaz.find(ent.text) if c.main]
        if not cands:
            return False
        doc = ent.doc
        before = {t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]}
        after = doc[ent.end : ent.end + 2].text.lower()
        cue = bool(before & cues["before"]) or any(
            after.startswith(w) for w in cues["after"]
        )
        in_doc_country = any(c.cc in doc_countries for c in cands if c.level > 0)
        if cue:
            return in_doc_country
        # no cue: only a sizeable place in a country the document names ("Krasnodar" as ORG)
        return ent.label_ != "PERSON" and any(
            c.cc in doc_countries and (c.level in (1, 2) or c.pop >= BIG_TOWN)
            for c in cands
        )

    def _is_facility(self, span: Span) -> bool:
        following = span.doc[span.end : span.end + 2].text.lower()
        return any(following.startswith(w) for w in _cues()["facility"])

    def _borders(self, doc: Doc) -> list[tuple[Span, PlaceRef]]:
        out = []
        for start, end, a, b in find_borders(doc.text):
            ref = border_place(self.gaz, a, b)
            span = doc.char_span(start, end, alignment_mode="expand")
            if ref is not None and span is not None:
                out.append((span, ref))
        return out

    @staticmethod
    def _area_of_sentence(
        span: Span, refs: dict, borders: list[tuple[Span, PlaceRef]]
    ) -> PlaceRef | None:
        """The nearest border, region or country named in the same sentence after the span."""
        sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        for b_span, ref in borders:
            if sent.start <= b_span.start < sent.end:
                return ref
        best = None
        for (s, _e), ref in sorted(refs.items()):
            if (
                sent.start <= s < sent.end
                and s >= span.end
                and ref.feature in ("region", "country", "area")
            ):
                return ref
            if sent.start <= s < sent.end and ref.feature in (
                "region",
                "country",
                "area",
            ):
                best = ref
        return best


@Language.factory("sitroom_places", requires=["doc.ents"], assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Build the places component; the gazetteer opens on the first document."""
    ensure_extensions()
    return PlacesComponent()
