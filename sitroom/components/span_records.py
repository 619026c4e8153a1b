"""The spans of a group with the record each carries, read without building ``span._`` objects.

``span._.actor`` builds an ``Underscore`` object and a key on every read; the components read
the records of a whole group in loops (135,000 reads per 150 news articles). A record lives in
``doc.user_data`` under ``("._.", attr, start_char, end_char)``, spaCy's own key for a span
extension without getter or method, so this reads it there: the same value as ``span._.<attr>``
(``tests/test_span_records.py``). An extension registered otherwise is read through ``span._``.
"""

from __future__ import annotations

import threading

from spacy.tokens import Doc, Span

from sitroom.components import GROUPS

__all__ = ["recorded"]


def _plain(attr: str) -> bool:
    """The extension is a stored value with the default None (what ``ensure_extensions`` sets)."""
    return Span.has_extension(attr) and Span.get_extension(attr) == (None, None, None, None)


def recorded(doc: Doc, group: str) -> list[tuple[Span, object]]:
    """The group's spans whose record is set, in the group's order, each with its record."""
    if group not in doc.spans:
        return []
    attr = GROUPS[group]
    if not _plain(attr):
        return [(s, r) for s in doc.spans[group] if (r := getattr(s._, attr)) is not None]
    data = doc.user_data
    return [(s, r) for s, start, end in _spans(doc, group)
            if (r := data.get(("._.", attr, start, end))) is not None]


_held = threading.local()  # .last: (the document last read, {group: (its SpanGroup, length, spans)})


def _spans(doc: Doc, group: str) -> list[tuple[Span, int, int]]:
    """The group's spans with their character offsets. Iterating a group builds every span anew,
    and a component reads the same group several times; the spans are kept for the document
    read last (one document: nothing is held past it), while its group is the same object with
    the same length (a component that sets a group sets a new one)."""
    last = getattr(_held, "last", None)
    if last is None or last[0] is not doc:
        last = _held.last = (doc, {})
    spans = doc.spans[group]
    got = last[1].get(group)
    if got is None or got[0] is not spans or got[1] != len(spans):
        got = last[1][group] = (spans, len(spans), [(s, s.start_char, s.end_char) for s in spans])
    return got[2]
