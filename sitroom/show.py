"""Renders one record for the terminal: the document and each kind of fact.

Everything from a document is printed as plain ``Text`` (never read as rich markup), and the
events are a list with the sentence on its own indented line, so the sentence keeps the width
of the terminal instead of being squeezed into a column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from sitroom.analyze.timeline import counts_text, event_when, span
from sitroom.figures import format_quantity
from sitroom.model import Record


def _table(title: str, columns: tuple[str, ...], rows: list[tuple], wide: str | None = None) -> Table:
    """A table of plain-text cells; the ``wide`` column takes the room the others leave."""
    table = Table(title=Text(f"{title} ({len(rows)})", style="bold"), title_justify="left",
                  header_style="bold", box=box.SIMPLE_HEAD)
    for col in columns:
        if col == wide:
            table.add_column(col, overflow="fold", ratio=1, min_width=24)
        else:
            table.add_column(col, overflow="fold", max_width=28)
    for row in rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    return table


def _events(title: str, items: list[tuple[str, str, str, str]]) -> Group:
    """Events as a list: a line of date, category, status and who, then the sentence below."""
    lines: list = [Text(f"{title} ({len(items)})", style="bold")]
    width = max((len(when) for when, *_ in items), default=0)
    for when, what, who, sentence in items:
        lines += _event_lines(when, what, who, sentence, width)
    return Group(*lines, Text(""))


def _event_lines(when: str, what: str, who: str, sentence: str, width: int) -> list[Padding]:
    head = Text()
    head.append(when.ljust(width), style="cyan")
    head.append("  ")
    head.append(what, style="bold")
    if who:
        head.append("  " + who)
    return [Padding(head, (0, 0, 0, 1)), Padding(Text(" ".join(sentence.split()), style="dim"), (0, 0, 0, 4))]


def render_timeline(items, console: Console, reports: bool = False) -> None:
    """Timeline items (``sitroom timeline``): one line per event, its source sentence below."""
    console.print(_events("timeline", [_timeline_line(i, reports) for i in items]))


def stream_timeline(items, total: int, width: int, console: Console, reports: bool = False) -> None:
    """``render_timeline`` for items that come one at a time: each is printed as it comes, and the
    text is the same, given how many items there are and the widest of their dates (``event_when``).

    The title and the first 50 items are written at once; after them, 2,000 items at a time (one
    write and flush instead of forty: fewer wake-ups of a pipe's reader and of the writer).
    Without colours (a file or a pipe) a line rich would write as it is is written directly
    (``_plain_line``); rich lays out the others."""
    console.print(Text(f"timeline ({total})", style="bold"))
    items = iter(items)
    if console.color_system is None and not (console.record or console.quiet or console.is_jupyter):
        size = PRINT_ITEMS
        while chunk := list(islice(items, size)):
            console.file.write("".join(_plain_item(console, _timeline_line(i, reports), width) for i in chunk))
            console.file.flush()
            size = PRINT_ITEMS * WRITE_BATCHES
    else:
        batches = _batches(items, reports, width)
        for batch in islice(batches, 1):
            console.print(batch)
        while group := list(islice(batches, WRITE_BATCHES)):
            with console:  # what is printed inside is written once, at the end of the block
                for batch in group:
                    console.print(batch)
    console.print(Text(""))


PRINT_ITEMS = 50  # items per print: a third less time than one print each
WRITE_BATCHES = 40  # prints per write of the streamed timeline (2,000 items, about 850 kB)


def _batches(items, reports: bool, width: int) -> Iterator[Group]:
    while batch := list(islice(items, PRINT_ITEMS)):
        yield Group(*(part for i in batch for part in _event_lines(*_timeline_line(i, reports), width)))


def _plain_item(console: Console, line: tuple[str, str, str, str], width: int) -> str:
    """An item's two lines as ``_event_lines`` prints them without colours."""
    when, what, who, sentence = line
    head = _plain_line(when.ljust(width) + "  " + what + ("  " + who if who else ""), 1, console.width)
    below = _plain_line(" ".join(sentence.split()), 4, console.width)
    if head is not None and below is not None:
        return head + below
    with console.capture() as captured:
        console.print(Group(*_event_lines(when, what, who, sentence, width)))
    return captured.get()


def _plain_line(text: str, indent: int, width: int) -> str | None:
    """``Padding(Text(text), (0, 0, 0, indent))`` as rich writes it on ``width`` columns without
    colours, for printable ASCII (one column a character) whose words each fit on a line: rich's
    word wrap (``rich._wrap.divide_line``: a word goes on when what it shows fits, its trailing
    spaces kept up to the width), each line padded with spaces. None for any other text."""
    room = width - indent
    if not text or room < 8 or not (text.isascii() and text.isprintable()):
        return None
    lines, line = [], ""
    for word in _WORD.findall(text):
        shown = len(word.rstrip())
        if shown > room:  # rich folds a word longer than a line
            return None
        if line and room - len(line) < shown:
            lines.append(line)
            line = word
        else:
            line += word
    lines.append(line)
    out = []
    for line in lines:
        if len(line) > room:  # trailing spaces past the width are dropped
            line = line[:max(room, len(line.rstrip()))]
        out.append(" " * indent + line + " " * (room - len(line)) + "\n")
    return "".join(out)


_WORD = re.compile(r"\s*\S+\s*")


def _timeline_line(i, reports: bool) -> tuple[str, str, str, str]:
    return (event_when(i.date_start, i.date_end, i.date_source),
            f"{i.type} {i.mode or ''}".strip() + f" ({i.status})"
            + (f" ×{i.reports}" if reports and i.reports > 1 else "")
            + (f" · {counts_text(i.counts, i.status)}" if i.counts else ""),
            "  ".join(x for x in (_who([n for _, n in i.actors], [n for _, n in i.targets],
                                        i.place_name), f"[{i.document_id[:8]}]") if x),
            i.sentence)


def render_record(record: Record, console: Console) -> None:
    """Print the situation picture of one document."""
    a = record.article
    console.print(Text(a.title or "(untitled)", style="bold"))
    console.print(Text(f"{', '.join(a.authors) or 'unknown author'} · {a.published or 'undated'} · "
                       f"{a.source} · id {a.id}"))
    names = {e.id: e.name for e in record.entities}
    places = {p.id: p.name for p in record.places}
    console.print(_table("actors", ("name", "kind", "country", "role", "mentions"), [
        (e.name, e.kind, e.country, e.role, ", ".join(sorted({m.text for m in e.mentions})))
        for e in record.entities], wide="mentions"))
    console.print(_table("places", ("name", "feature", "country", "lat, lon", "precision"), [
        (p.name, p.feature, p.country, f"{p.lat:.3f}, {p.lon:.3f}", p.precision)
        for p in record.places]))
    console.print(_events("events", [
        (event_when(e.date.start if e.date else None, e.date.end if e.date else None, e.date_source,
                    e.date_before),
         f"{e.type} {e.mode or ''}".strip() + f" ({e.status})" + (f" · {counts_text(e.counts, e.status)}" if e.counts else ""),
         _who([names.get(x, x) for x in e.actors], [names.get(x, x) for x in e.targets],
              places.get(e.place, e.place)), e.sentence.text)
        for e in sorted(record.events, key=lambda e: (e.date.start or "") if e.date else "")]))
    console.print(_table("figures", ("text", "figure", "about"), [
        (q.text, format_quantity(q), " ".join(x for x in (q.subject_name, q.attribute) if x))
        for q in record.quantities]))
    console.print(_table("quotes", ("speaker", "quote"), [
        (q.speaker_name, _clip(q.text, 300)) for q in record.quotes], wide="quote"))
    console.print(_table("times", ("text", "value", "range"), [
        (t.text, t.value, _range(t.range)) for t in record.timexes]))


def _who(actors: list[str], targets: list[str], place: str | None) -> str:
    who = ", ".join(actors) or ("?" if targets else "")
    if targets:
        who += " -> " + ", ".join(targets)
    where = f"@ {place}" if place else ""
    return "  ".join(x for x in (who, where) if x)


def _range(d) -> str:
    return "" if d is None else span(d.start, d.end)


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_profile(profile, console: Console) -> None:
    """Print an actor profile (``sitroom actor``)."""
    p = profile
    console.print(Text(f"{p.name} ({p.kind}{', ' + p.country if p.country else ''}) id {p.id}: "
                       f"{p.mentions} mentions in {p.documents} documents", style="bold"))
    if p.roles:
        console.print(Text("roles: " + "; ".join(f"{r} ({n})" for r, n in p.roles)))
    console.print(Text("mentions by year: " + ", ".join(f"{y}: {n}" for y, n in p.mentions_by_year)))
    console.print(_events("events as actor", [
        (span(e.date_start, e.date_end), f"{e.type} ({e.status})",
         _who([p.name], [n for _, n in e.targets], e.place_name), e.sentence)
        for e in p.events_as_actor]))
    console.print(_events("events as target", [
        (span(e.date_start, e.date_end), f"{e.type} ({e.status})",
         _who([n for _, n in e.actors], [], e.place_name), e.sentence) for e in p.events_as_target]))
    console.print(_table("ties", ("actor", "events", "tone (-1 conflict .. 1 cooperation)", "by year"), [
        (t.name, t.events, f"{t.score:+.2f}",
         "; ".join(f"{pt.period}: {pt.score:+.2f}" for pt in t.periods)) for t in p.ties],
        wide="by year"))
    console.print(_table("quotes", ("date", "quote"), [
        (q.published, _clip(q.text, 300)) for q in p.quotes], wide="quote"))
