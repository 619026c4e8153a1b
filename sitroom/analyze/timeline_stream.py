"""The whole timeline as a stream: the items of ``timeline.query`` in its order, a slice at a time.

``query`` with no limit reads every event's key row, sorts them all and only then reads the
items, so on a large store nothing can be shown for seconds (100,000 documents: 197,120 items).
``stream`` gives the same items in the same order and reads only a slice at a time:

- dated events (a start date, or only an end date) a month at a time. ``query`` orders them by
  the first and last day their dates cover (``timeline._order_key``), then by source. A date's
  first day never decreases as the stored text grows ("2021" < "2021-03" < "2021-03-05"), so a
  range of stored values is a range of first days; a range starts at a year ("2021") or at a
  month after January ("2021-02"), never at "2021-01" or "2021-03-01": those cover the same first
  day as the value just before them ("2021", "2021-03"), so no two items that sort together fall
  in two slices. Each slice is read with ``query``'s own ORDER BY and sorted with its key, so it
  is ``query``'s list cut into months.
- undated events (last, by document and position) a few thousand at a time, cut between
  documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice

from sitroom.analyze.timeline import (TimelineFilter, TimelineItem, _order_key, _with_reports, check_filter,
                                      conditions, count, event_when, items, query)

__all__ = ["heading", "slice_bounds", "stream"]

ITEMS = 500  # items read in full at a time
UNDATED = 2000  # undated key rows read at a time

_KEYS = "SELECT e.id, e.date_start, e.date_end, e.doc_id, e.sentence_start, e.trigger_start"
_TIE = ", e.doc_id, e.sentence_start, e.trigger_start"


def stream(store, f: TimelineFilter) -> Iterator[TimelineItem]:
    """``query(store, f)``'s items one by one, read a slice at a time (see the module's doc).

    With a limit or an actor ``query`` reads few rows already: its list is streamed as it is."""
    if f.limit is not None or f.actor:
        yield from query(store, f)
        return
    check_filter(f)
    keys = _Keys(store, f)
    ids = (r["id"] for part in chain(keys.dated(), keys.undated()) for r in part)
    ids = islice(ids, f.offset, None)
    while chunk := list(islice(ids, ITEMS)):
        found = items(store, chunk)
        yield from _with_reports(store, found) if f.merge else found


def heading(store, f: TimelineFilter) -> tuple[int, int]:
    """How many items ``stream`` gives for ``f`` (no limit, no offset) and the length of the
    longest of their dates as ``event_when`` writes them: what a list shows before its first item.

    The dates come from the dated events alone (an index range); the others are all "undated"."""
    total = count(store, f)
    keys = _Keys(store, f)
    dated = []
    for cond in ("e.date_start IS NOT NULL", "e.date_start IS NULL AND e.date_end IS NOT NULL"):
        sql = ("SELECT e.date_start, e.date_end, e.date_source, count(*) AS n" + keys.tables
               + " AND ".join(keys.where + [cond]) + " GROUP BY e.date_start, e.date_end, e.date_source")
        dated += store.rows(sql, tuple(keys.params))
    widths = [len(event_when(r["date_start"], r["date_end"], r["date_source"])) for r in dated]
    if total > sum(r["n"] for r in dated):
        widths.append(len(event_when(None, None)))
    return total, max(widths, default=0)


class _Keys:
    """The key rows of a filter's events, a slice at a time, each slice in ``query``'s order."""

    def __init__(self, store, f: TimelineFilter):
        self.store, self.f = store, f
        self.where, self.params = conditions(f)
        self.tables = " FROM events e" + (" LEFT JOIN places p ON p.id = e.place" if f.place else "") + " WHERE "
        self.head = _KEYS + self.tables
        self.desc = " DESC" if f.newest_first else ""

    def _rows(self, extra: list[str], params: tuple, order: str, limit: str = "") -> list[dict]:
        sql = self.head + " AND ".join(self.where + extra) + (f" ORDER BY {order}" if order else "") + limit
        return self.store.rows(sql, tuple(self.params) + params)

    def _edge(self, column: str, cond: str, bound: str | None) -> str | None:
        """The lowest (highest, newest first) stored ``column`` beyond ``bound`` among the filter's events."""
        op = "<" if self.f.newest_first else ">="
        extra = [cond] + ([f"e.{column} {op} ?"] if bound is not None else [])
        rows = self._rows(extra, (bound,) if bound is not None else (), f"e.{column}{self.desc}", " LIMIT 1")
        return rows[0][column] if rows else None

    def dated(self) -> Iterator[list[dict]]:
        """Dated key rows a slice (a month, or a year's first month) at a time, in order."""
        starts = ("e.date_start IS NOT NULL", "date_start")
        ends = ("e.date_start IS NULL AND e.date_end IS NOT NULL", "date_end")
        bound: str | None = None
        while True:
            found = [v for v in (self._edge(col, cond, bound) for cond, col in (starts, ends)) if v is not None]
            if not found:
                return
            if self.f.newest_first:
                top = max(found)
                low, high = slice_bounds(top)[0], bound
            else:
                low, high = bound, slice_bounds(min(found))[1]
            rows = []
            for cond, col in (starts, ends):
                extra = [cond] + ([f"e.{col} >= ?"] if low is not None else []) + (
                    [f"e.{col} < ?"] if high is not None else [])
                params = tuple(x for x in (low, high) if x is not None)
                order = (f"e.date_start{self.desc}, e.date_end{self.desc}" if col == "date_start"
                         else f"e.date_end{self.desc}")
                rows += self._rows(extra, params, order + _TIE)
            yield sorted(rows, key=_order_key, reverse=self.f.newest_first)
            bound = low if self.f.newest_first else high
            if bound is None:
                return

    def undated(self) -> Iterator[list[dict]]:
        """Undated key rows in ``query``'s order, cut between documents."""
        cond, order = "e.date_start IS NULL AND e.date_end IS NULL", "e.doc_id, e.sentence_start" + _TIE
        after: tuple[str, str] | None = None  # (">" or ">=", document id)
        while True:
            extra, params = [cond], ()
            if after is not None:
                extra.append(f"e.doc_id {after[0]} ?")
                params = (after[1],)
            rows = self._rows(extra, params, order, f" LIMIT {UNDATED}")
            if len(rows) < UNDATED:
                yield rows
                return
            last = rows[-1]["doc_id"]
            whole = [r for r in rows if r["doc_id"] != last]
            if whole:
                yield whole
                after = (">=", last)
            else:  # one document with more undated events than a slice: all of them
                yield self._rows([cond, "e.doc_id = ?"], (last,), order)
                after = (">", last)


def slice_bounds(value: str) -> tuple[str, str | None]:
    """The slice of stored dates ``value`` falls in: [low, high) as stored text, ``high`` None
    for no end. Slices are months, January together with its year's bare "YYYY"."""
    year = value[:4]
    month = value[5:7] if len(value) >= 7 and value[4] == "-" else ""
    low = value[:7] if month.isdigit() and month >= "02" else year
    if month.isdigit() and "02" <= month < "12":
        high = f"{year}-{int(month) + 1:02d}"
    elif month.isdigit() and month == "12" or not year.isdigit():
        high = f"{int(year) + 1:04d}" if year.isdigit() and year != "9999" else None
    else:  # "YYYY" or January
        high = f"{year}-02"
    if high is not None and high <= value:  # not a date as stored (YYYY[-MM[-DD]]): the rest at once
        high = None
    return low, high
