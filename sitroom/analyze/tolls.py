"""Counts on events as an analyst reads them, the way ACLED shows fatalities: each count as the
text wrote it ("at least 84 killed", "dozens (24–99) wounded"), and totals over many events.

An event's figure of a kind is its first count of that kind, as the PLOVER export's
``fatalities``. A total counts each cross-document event once, with the report that gives the
highest low bound, and adds up low bounds: what the sources say happened at the least. Only
events that occurred (or are ongoing) count towards a total; a planned or denied killing is no
toll.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sitroom.figures import format_number
from sitroom.model import EventCount, Mention

__all__ = ["TOLL_KINDS", "Total", "best_of_reports", "count_text", "counts_for", "counts_text",
           "event_counts_text", "figure", "figure_rows", "total_text", "totals"]

TOLL_KINDS = ("killed", "wounded", "arrested")  # the kinds totalled in the brief and on the map
COUNTED_STATUS = ("occurred", "ongoing")
_DEFAULT_HEDGE = {">": "at least", "<": "up to", "~": "about"}


def _get(c, key: str):
    return c.get(key) if isinstance(c, Mapping) else getattr(c, key, None)


def _hedge(text: str, change: str) -> str:
    """The hedge as the text words it ("more than", "nearly"), else the plain one for ``change``."""
    from sitroom.components.quantity_lexicon import lexicon

    low = text.lower()
    found = [h for h, (c, _) in lexicon().hedges.items() if c == change and low.startswith(h + " ")]
    return max(found, key=len) if found else _DEFAULT_HEDGE[change]


def _vague_word(text: str) -> str | None:
    """The vague amount a count's words give ("dozens" in "dozens of shoppers"), if no number."""
    if any(ch.isdigit() for ch in text):
        return None
    from sitroom.components.event_counts import lexicon

    low = text.lower()
    for words in sorted(lexicon().vague, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", low):
            return words.removesuffix(" of")
    return None


def _number(x: float, money: bool) -> str:
    return format_number(x) if money else format_number(round(x))


def count_text(c: EventCount | Mapping) -> str:
    """One count, readable and faithful to the text: "12 killed", "at least 84 killed",
    "dozens (24–99) wounded", "20–30 killed", "7,000 troops", "200 million USD".

    ``c`` is a ``model.EventCount`` or its exported/JSON form (a dict with the same keys).
    """
    kind, text = _get(c, "kind"), _get(c, "text") or ""
    value, low, high = _get(c, "value"), _get(c, "low"), _get(c, "high")
    money = kind == "money"
    n = lambda x: _number(x, money)  # noqa: E731
    vague = _vague_word(text) if low is not None and low != high else None
    if money and vague:  # "hundreds of millions of dollars (100 million–999 million USD)"
        top = f"–{n(high)}" if high is not None else " or more"
        return f"{text} ({n(low)}{top} {_get(c, 'unit')})"
    if vague:
        figure = f"{vague} ({n(low)}–{n(high)})" if high is not None else f"{vague} (at least {n(low)})"
    elif low is not None and high is None:
        figure = f"{_hedge(text, '>')} {n(low)}"
    elif low is None and high is not None:
        figure = f"{_hedge(text, '<')} {n(high)}"
    elif low is not None and high is not None and low != high:
        figure = f"{n(low)}–{n(high)}"
    elif value is not None:
        figure = n(value)
        if _get(c, "approximate") and any(ch.isdigit() for ch in text):
            figure = f"{_hedge(text, '~')} {figure}"
    else:
        figure = "?"
    if money:
        return f"{figure} {_get(c, 'unit')}"
    return f"{figure} troops" if kind == "troops" else f"{figure} {kind}"


def counts_text(counts: Iterable, status: str | None = None) -> str:
    """An event's counts in one line, in the order the text gives them: "12 killed, 3 arrested";
    with the event's ``status`` when it did not happen: "5 killed (hypothetical)". A figure said
    twice (a headline's "49 killed" and its sentence's) is shown once."""
    text = ", ".join(dict.fromkeys(count_text(c) for c in counts))
    return f"{text} ({status})" if text and status and status not in COUNTED_STATUS else text


def event_counts_text(ev) -> str:
    """``counts_text`` of an event-like object or dict with ``counts`` and ``status``."""
    return counts_text(_get(ev, "counts") or (), _get(ev, "status"))


def figure(counts: Iterable, kind: str):
    """The event's figure of ``kind``: its first count of that kind (None when it has none)."""
    return next((c for c in counts if _get(c, "kind") == kind), None)


def counts_for(store, ids: list[str]) -> dict[str, tuple[EventCount, ...]]:
    """The counts of events ``ids`` (event id -> counts in text order), a query per 500 ids."""
    out: dict[str, list[EventCount]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in store.rows(
                "SELECT c.*, substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start)"
                " AS sentence FROM event_counts c JOIN documents d ON d.id = c.doc_id"
                f" WHERE c.event_id IN ({', '.join('?' * len(chunk))}) ORDER BY c.start, c.kind",
                tuple(chunk)):
            out.setdefault(r["event_id"], []).append(EventCount(
                kind=r["kind"], value=r["value"], low=r["low"], high=r["high"], unit=r["unit"],
                text=r["text"], start=r["start"], end=r["end"], approximate=bool(r["approximate"]),
                sentence=Mention(r["sentence_start"], r["sentence_end"], r["sentence"])))
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Total:
    """How many of one kind (killed, wounded, arrested) a set of events gives, at the least."""

    kind: str
    low: float
    high: float | None  # None: some figure has no upper bound ("at least 84")
    events: tuple[str, ...]  # the event (report) whose figure each cross-document event gave
    words: str | None = None  # with one event: its count as the text wrote it ("dozens (24–99)")

    @property
    def text(self) -> str:
        return total_text(self)


def total_text(t: Total) -> str:
    """"87 killed", "at least 87 killed", "27–35 killed"; one event's count as written."""
    if t.words:
        return t.words
    low = format_number(round(t.low))
    if t.high is None:
        return f"at least {low} {t.kind}"
    if t.high != t.low:
        return f"{low}–{format_number(round(t.high))} {t.kind}"
    return f"{low} {t.kind}"


def figure_rows(store, where: list[str], params: tuple, join: str = "") -> list[dict]:
    """The toll counts of the events matching ``where`` (aliases e: events, p: places when
    ``join`` joins it): event, cluster, place and the count's fields; occurred events only."""
    kinds = ", ".join(f"'{k}'" for k in TOLL_KINDS)
    status = ", ".join(f"'{s}'" for s in COUNTED_STATUS)
    return store.rows(
        "SELECT e.id AS event, COALESCE(e.cluster, e.id) AS cluster, e.place, c.kind, c.value, c.low,"
        " c.high, c.start, c.text, c.unit, c.approximate"
        f" FROM event_counts c JOIN events e ON e.id = c.event_id{join}"
        f" WHERE c.kind IN ({kinds}) AND e.status IN ({status}) AND "
        + " AND ".join(where) + " ORDER BY e.id, c.start", params)


def totals(rows: Iterable[Mapping]) -> dict[str, Total]:
    """Totals per kind over ``figure_rows``: each event's first figure of a kind, each
    cross-document event once (its report with the highest low bound), low bounds added up."""
    firsts: dict[tuple[str, str], Mapping] = {}
    for r in rows:  # rows come in event, start order: the first one of a kind is the figure
        firsts.setdefault((r["event"], r["kind"]), r)
    best: dict[tuple[str, str], Mapping] = {}
    for (_, kind), r in firsts.items():
        if r["low"] is None:  # "up to 10 killed": no one for certain
            continue
        key = (r["cluster"], kind)
        have = best.get(key)  # on a tie, the first report (the cross-document event's own id)
        if have is None or r["low"] > have["low"] or r["low"] == have["low"] and r["event"] == r["cluster"]:
            best[key] = r
    out: dict[str, Total] = {}
    for kind in TOLL_KINDS:
        chosen = sorted((r for (_, k), r in best.items() if k == kind), key=lambda r: (-r["low"], r["event"]))
        if not chosen:
            continue
        highs = [r["high"] for r in chosen]
        out[kind] = Total(kind, sum(r["low"] for r in chosen),
                          None if any(h is None for h in highs) else sum(highs),
                          tuple(r["event"] for r in chosen), count_text(chosen[0]) if len(chosen) == 1 else None)
    return out


def best_of_reports(store, firsts: Mapping[str, tuple[EventCount, ...]]
                    ) -> dict[str, tuple[tuple[EventCount, ...], tuple[str, ...]]]:
    """For cross-document events (their first report's id -> its counts), what to show beside
    each: the highest figure of killed, wounded and arrested any report gives (what a total
    adds up) and the first report's other counts; with the other reports those figures come
    from (to cite). Events whose reports add nothing are left out."""
    ids = list(firsts)
    rows: list[dict] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows += figure_rows(store, [f"COALESCE(e.cluster, e.id) IN ({', '.join('?' * len(chunk))})"],
                            tuple(chunk))
    by_cluster: dict[str, list[dict]] = {}
    for r in rows:
        by_cluster.setdefault(r["cluster"], []).append(r)
    best = {eid: totals(found) for eid, found in by_cluster.items()}
    chosen = {t.events[0] for found in best.values() for t in found.values()}
    counts = dict(firsts) | counts_for(store, sorted(chosen - set(ids)))
    out = {}
    for eid, found in best.items():
        sources = tuple(sorted({t.events[0] for t in found.values()} - {eid}))
        if not sources:
            continue
        toll = [figure(counts.get(t.events[0], ()), kind) for kind, t in found.items()]
        shown = tuple(c for c in toll if c is not None) + tuple(c for c in firsts[eid] if c.kind not in found)
        out[eid] = (shown, sources)
    return out
