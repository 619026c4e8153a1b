"""When an event happened: the time expressions that attach to its clause, else its sentence,
else the publication date, each date saying what it rests on (``date_source``).

Called by the events component once its drafts exist; a draft is anything with the fields of
``EventDraft`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from sitroom import model

__all__ = ["CLAUSE_DEPS", "WALK", "EventDraft", "clause_date", "date_events", "prep_of", "tied"]

WALK = 12  # how far up the parse a date, place or figure may sit from its event
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "conj", "csubj"})
_START_PREPS = frozenset({"since", "from"})
_END_PREPS = frozenset({"until", "till", "through", "to", "by"})


class EventDraft(Protocol):
    """What dating needs of an event being built."""

    span: Span
    status: str
    timexes: list[Span]
    date: model.DateRange | None
    date_source: str | None


def prep_of(span: Span) -> str:
    """The preposition that introduces a time expression ("since" wins anywhere above it)."""
    first = span[0]
    if first.pos_ in ("ADP", "SCONJ"):
        return first.lower_
    tok, found = span.root, ""
    for _ in range(5):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("ADP", "SCONJ") and tok.dep_ == "prep":
            if tok.lower_ == "since":
                return "since"
            found = found or tok.lower_
    return found


def _duration_days(timex: model.Timex) -> int | None:
    value = timex.value
    if timex.type == "DURATION" and value.startswith("P") and value.endswith("D") and value[1:-1].isdigit():
        return int(value[1:-1])
    return None


def clause_date(spans: list[Span]) -> model.DateRange | None:
    """One interval from the time expressions of a clause ("on July 30 ... until August 10")."""
    starts: list[str] = []
    ends: list[str] = []
    open_end = False
    days = None
    for span in spans:
        tx = span._.timex
        days = days or _duration_days(tx)
        if tx.range is None:
            continue
        prep = prep_of(span)
        if prep in _END_PREPS and prep != "to" or (tx.mod in ("BEFORE", "ON_OR_BEFORE")):
            ends.append(tx.range.end or tx.range.start or "")
        elif prep == "since" or tx.mod in ("AFTER", "ON_OR_AFTER"):
            starts.append(tx.range.start or "")
            open_end = True
        else:
            starts.append(tx.range.start or "")
            ends.append(tx.range.end or tx.range.start or "")
    starts = [s for s in starts if s]
    ends = [e for e in ends if e]
    if not starts and not ends:
        return None
    start = min(starts) if starts else None
    end = None if open_end and not ends else (max(ends) if ends else None)
    if days and start and len(start) == 10 and (end is None or end == start):
        end = (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()
    return model.DateRange(start, end)


def _enclosing_clause(tok: Token) -> Token | None:
    """The subordinate clause a token sits in ("which ... maintain", "that borders"), if any."""
    for _ in range(WALK):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head
    return None


def tied(span: Span, trigger: Span) -> bool:
    """A date or place found elsewhere in the sentence may serve an event unless it sits in a
    subordinate clause that does not contain the event ("which to this day maintain ties")."""
    clause = _enclosing_clause(span.root)
    root = trigger.root
    return clause is None or clause.i == root.i or clause.is_ancestor(root)


def date_events(doc: Doc, drafts: Iterable[EventDraft], owners: Callable[[Span], list]) -> None:
    """Date each draft and adjust its status by that date (a future date: planned).

    ``owners(span)`` gives the drafts whose clause a time expression attaches to.
    """
    loose: list[Span] = []
    for span in doc.spans.get("timexes", ()):
        if span._.timex is None:
            continue
        found = owners(span)
        for d in found:
            d.timexes.append(span)
        if not found:
            loose.append(span)
    published = doc._.published
    for d in drafts:
        d.date = clause_date(d.timexes)
        d.date_source = "clause" if d.date else None
        if d.date is None:
            sent = d.span.sent
            near = [s for s in loose if s.sent == sent and s._.timex.range is not None and tied(s, d.span)]
            if near:
                best = min(near, key=lambda s: abs(s.start - d.span.start))
                d.date, d.date_source = clause_date([best]), "sentence"
        if d.date is None and published:
            d.date, d.date_source = model.DateRange(published, published), "published"
        if d.status == "occurred" and published and d.date and d.date_source == "clause":
            start = d.date.start or "0000"
            if start[:10] > published and len(start) >= 4:
                d.status = "planned"
            elif d.date.end is None and prep_of(d.timexes[0]) == "since":
                d.status = "ongoing"
