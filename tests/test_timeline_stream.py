"""The whole timeline read a slice at a time gives what the one-piece query gives, in its order,
and `sitroom timeline --limit 0` prints the same text as the list of every event.

Every test taking ``store_url`` runs on SQLite and on a real PostgreSQL server (see conftest).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import json

import pytest
from click.testing import CliRunner
from rich.console import Console
from web_records import RUS, TJK, USA, entity, event, sentences

import sitroom.analyze.timeline_stream as timeline_stream
import sitroom.show as show
from sitroom.analyze.timeline import TimelineFilter, event_when, query
from sitroom.analyze.timeline_stream import heading, slice_bounds, stream
from sitroom.cli import main
from sitroom.model import Article, Record
from sitroom.output import console, stream_rows, write_rows
from sitroom.store import open_store

# dates as the store keeps them: years, months and days that pad to the same first day
# ("2021", "2021-01", "2021-01-01"), the ends of months and years, intervals, only an end
DATES = [("2021", "2021"), ("2021-01", "2021-01"), ("2021-01-01", "2021-01-01"), ("2021-01", "2021-03"),
         ("2020-12-31", "2021-01-02"), ("2021-02", "2021-02"), ("2021-02-01", "2021-02-01"),
         ("2021-03-05", None), (None, "2021-03"), (None, "2021"), ("2021-12-31", "2021-12-31"),
         ("2022", "2023"), ("2021-12", "2022-01"), (None, "2021-12-31"), ("2020", "2020-06"),
         None, None, None]
WORDS = "Russia sent troops to Tajikistan and the United States accused Moscow of threats"


def _record(n: int) -> Record:
    """A document with an event of each date above, some with no doer (shown with ``unshown``)."""
    text = f"Report {n}. " + ". ".join(f"{WORDS} {k}" for k in range(len(DATES))) + "."
    art = Article(text=text, source=f"doc{n}.txt", title=f"report {n}", published=f"2021-0{1 + n % 9}-05")
    events = []
    for k, date in enumerate(DATES):
        actors = [] if (n + k) % 7 == 0 else [(RUS, USA)[k % 2][0]]
        e = event(art.id, text, f"{WORDS} {k}", ("MOBILIZE", "ACCUSE")[k % 2], actors, [TJK[0]], date)
        events.append(e)
    return Record(article=art, entities=(entity(RUS, text, "Russia"), entity(TJK, text, "Tajikistan"),
                                         entity(USA, text, "United States")),
                  events=tuple(events), sentences=sentences(text))


@pytest.fixture()
def filled(store_url):
    store = open_store(store_url)
    for n in range(9):
        store.write(_record(n))
    yield store_url, store
    store.close()


FILTERS = [TimelineFilter(), TimelineFilter(newest_first=True), TimelineFilter(unshown=True),
           TimelineFilter(unshown=True, newest_first=True, offset=5), TimelineFilter(merge=True),
           TimelineFilter(category="ACCUSE"), TimelineFilter(start="2021-02", end="2021-12")]


@pytest.mark.parametrize("f", FILTERS)
def test_the_stream_gives_the_querys_items_in_its_order(filled, monkeypatch, f):
    _, store = filled
    monkeypatch.setattr(timeline_stream, "UNDATED", 4)  # slices cut inside and between documents
    monkeypatch.setattr(timeline_stream, "ITEMS", 3)
    expected = query(store, f)
    assert len(expected) > 3
    assert list(stream(store, f)) == expected
    whole = query(store, TimelineFilter(unshown=f.unshown, category=f.category, start=f.start, end=f.end,
                                        newest_first=f.newest_first, merge=f.merge))
    assert heading(store, f) == (len(whole), max(len(event_when(i.date_start, i.date_end, i.date_source))
                                                 for i in whole))


def test_the_stream_reads_the_first_items_before_the_rest(filled, monkeypatch):
    _, store = filled
    monkeypatch.setattr(timeline_stream, "ITEMS", 2)
    rows = []
    monkeypatch.setattr(type(store), "rows", _counting(type(store).rows, rows))
    first = list(itertools.islice(stream(store, TimelineFilter(unshown=True)), 2))
    assert [i.date_start for i in first] == ["2020", "2020"]
    assert sum(rows) < 30  # the first slices only, not the 162 events' key rows


def _counting(rows, seen: list):
    def counted(self, sql, params=()):
        out = rows(self, sql, params)
        seen.append(len(out))
        return out
    return counted


@pytest.mark.parametrize("options", [[], ["--newest"], ["--unshown", "--merge"], ["--category", "ACCUSE"],
                                     ["--category", "THREATEN"]])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_event_prints_as_the_list_of_them_does(filled, monkeypatch, fmt, options):
    url, _ = filled
    monkeypatch.setattr(timeline_stream, "UNDATED", 4)
    monkeypatch.setenv("COLUMNS", "120")
    whole = CliRunner().invoke(main, ["timeline", "--db", url, "--limit", "0", "--format", fmt, *options])
    listed = CliRunner().invoke(main, ["timeline", "--db", url, "--limit", "100000", "--format", fmt, *options])
    assert whole.exit_code == 0, whole.output
    assert whole.output == listed.output
    if fmt == "json":
        assert len(json.loads(whole.output)) == (0 if "THREATEN" in options else len(json.loads(listed.output)))


class _Writes(io.StringIO):
    """An output that keeps each piece written to it."""

    def __init__(self):
        super().__init__()
        self.pieces: list[str] = []

    def write(self, s: str) -> int:
        self.pieces.append(s)
        return super().write(s)


@pytest.mark.parametrize("reports", [False, True])
def test_the_table_comes_in_few_writes_the_first_items_at_once(filled, monkeypatch, reports):
    _, store = filled
    monkeypatch.setattr(show, "PRINT_ITEMS", 2)
    monkeypatch.setattr(show, "WRITE_BATCHES", 3)
    items = query(store, TimelineFilter(unshown=True, merge=reports))
    width = max(len(event_when(i.date_start, i.date_end, i.date_source)) for i in items)
    listed, streamed = io.StringIO(), _Writes()
    show.render_timeline(items, console(listed), reports=reports)
    show.stream_timeline(iter(items), len(items), width, console(streamed), reports=reports)
    assert streamed.getvalue() == listed.getvalue()
    pieces = [p for p in streamed.pieces if p]
    lines = [p.count("\n") for p in pieces]  # each item is two lines here (a short sentence)
    assert pieces[0] == f"timeline ({len(items)})\n"
    assert lines[1] == 2 * 2  # the first two items at once, on their own
    assert all(n == 2 * 2 * 3 for n in lines[2:-2]) and 0 < lines[-2] <= 2 * 2 * 3  # then six at a time
    assert pieces[-1] == "\n" and len(pieces) == 3 + -(-(len(items) - 2) // 6)


# sentences the direct writer takes (printable ASCII that wraps at word ends) and ones it leaves
# to rich: words longer than a line, wide and accented characters, tabs, control codes, nothing
SENTENCES = ["", "Troops moved.", "x" * 155, "x" * 156, "x" * 157, ("The army said on Monday that " * 9).strip(),
             "a" * 300 + " end", "Officials in 東京 said 😀 the talks failed.", "Zoë Müller spoke.",
             "tab\there", "bell\x07 and [b]markup[/b] :smile: stay as written", "  spaced   out  ",
             ("word " * 40) + "x" * 30, "mid-sentence-dashes-that-run-on " * 6]


@pytest.mark.parametrize("columns", [160, 80, 30, 9])
def test_the_streamed_table_writes_every_sentence_as_rich_lays_it_out(filled, columns):
    _, store = filled
    found = query(store, TimelineFilter(unshown=True, merge=True))
    items = [dataclasses.replace(i, sentence=SENTENCES[k % len(SENTENCES)],
                                 reports=1 + k % 3, actors=i.actors + (("x", "Ünal " * (k % 40)),) * (k % 2))
             for k, i in enumerate(found)]
    width = max(len(event_when(i.date_start, i.date_end, i.date_source)) for i in items)
    for reports in (False, True):
        listed, streamed = io.StringIO(), io.StringIO()
        show.render_timeline(items, _console(listed, columns), reports=reports)
        show.stream_timeline(iter(items), len(items), width, _console(streamed, columns), reports=reports)
        assert streamed.getvalue() == listed.getvalue()


def _console(out, columns: int) -> Console:
    return Console(file=out, width=columns, highlight=False, markup=False, emoji=False)


def test_a_bad_category_says_so_before_any_line(filled):
    url, _ = filled
    result = CliRunner().invoke(main, ["timeline", "--db", url, "--limit", "0", "--category", "BOMB"])
    assert result.exit_code == 2 and "PLOVER" in result.output


@pytest.mark.parametrize("rows", [[], [{"a": 1, "b": ["x", "y"], "c": {"d": None}}, {"a": "é\n", "b": [], "c": {}}]])
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_rows_written_one_by_one_read_as_the_list(rows, fmt):
    one, each = io.StringIO(), io.StringIO()
    write_rows(rows, fmt, out=one)
    stream_rows(iter(rows), fmt, out=each)
    assert each.getvalue() == one.getvalue()


def test_slices_start_at_a_year_or_a_month_after_january():
    assert slice_bounds("2021") == ("2021", "2021-02")
    assert slice_bounds("2021-01-31") == ("2021", "2021-02")
    assert slice_bounds("2021-02") == ("2021-02", "2021-03")
    assert slice_bounds("2021-11-30") == ("2021-11", "2021-12")
    assert slice_bounds("2021-12-31") == ("2021-12", "2022")
    assert slice_bounds("9999-12") == ("9999-12", None)
