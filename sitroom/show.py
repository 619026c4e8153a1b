"""Renders one record for the terminal: the document and each kind of fact as a table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from sitroom.model import Record


def _table(title: str, columns: tuple[str, ...], rows: list[tuple]) -> Table:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def render_record(record: Record, console: Console) -> None:
    """Print the situation picture of one document."""
    a = record.article
    console.print(f"[bold]{a.title or '(untitled)'}[/bold]")
    console.print(f"{', '.join(a.authors) or 'unknown author'} · {a.published or 'undated'} · "
                  f"{a.source} · id {a.id}")
    names = {e.id: e.name for e in record.entities}
    places = {p.id: p.name for p in record.places}
    console.print(_table("actors", ("name", "kind", "country", "role", "mentions"), [
        (e.name, e.kind, e.country, e.role, ", ".join(sorted({m.text for m in e.mentions})))
        for e in record.entities]))
    console.print(_table("places", ("name", "feature", "country", "lat, lon", "precision"), [
        (p.name, p.feature, p.country, f"{p.lat:.3f}, {p.lon:.3f}", p.precision)
        for p in record.places]))
    console.print(_table("events", ("date", "type", "status", "actors", "targets", "place", "sentence"), [
        (_range(e.date), f"{e.type} {e.mode or ''}".strip(), e.status,
         ", ".join(names.get(x, x) for x in e.actors), ", ".join(names.get(x, x) for x in e.targets),
         places.get(e.place, e.place), _clip(e.sentence.text))
        for e in sorted(record.events, key=lambda e: (e.date.start or "") if e.date else "")]))
    console.print(_table("figures", ("text", "value", "unit", "counted", "about"), [
        (q.text, f"{q.value:,.6g}" + (" ~" if q.approximate else ""), q.unit, q.counted,
         q.subject_name or "") for q in record.quantities]))
    console.print(_table("quotes", ("speaker", "quote"), [
        (q.speaker_name, _clip(q.text, 140)) for q in record.quotes]))
    console.print(_table("times", ("text", "value", "range"), [
        (t.text, t.value, _range(t.range)) for t in record.timexes]))


def _range(d) -> str:
    if d is None:
        return ""
    return d.start if d.start == d.end else f"{d.start or '?'} – {d.end or '?'}"


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_profile(profile, console: Console) -> None:
    """Print an actor profile (``sitroom actor``)."""
    p = profile
    console.print(f"[bold]{p.name}[/bold] ({p.kind}{', ' + p.country if p.country else ''}) "
                  f"id {p.id}: {p.mentions} mentions in {p.documents} documents")
    if p.roles:
        console.print("roles: " + "; ".join(f"{r} ({n})" for r, n in p.roles))
    console.print("mentions by year: " + ", ".join(f"{y}: {n}" for y, n in p.mentions_by_year))
    console.print(_table("events as actor", ("date", "type", "status", "targets", "sentence"), [
        (_range_of(e), e.type, e.status, ", ".join(n for _, n in e.targets), _clip(e.sentence))
        for e in p.events_as_actor]))
    console.print(_table("events as target", ("date", "type", "status", "actors", "sentence"), [
        (_range_of(e), e.type, e.status, ", ".join(n for _, n in e.actors), _clip(e.sentence))
        for e in p.events_as_target]))
    console.print(_table("ties", ("actor", "events", "tone (-1 conflict .. 1 cooperation)", "by year"), [
        (t.name, t.events, f"{t.score:+.2f}",
         "; ".join(f"{pt.period}: {pt.score:+.2f}" for pt in t.periods)) for t in p.ties]))
    console.print(_table("quotes", ("date", "quote"), [
        (q.published, _clip(q.text, 140)) for q in p.quotes]))


def _range_of(item) -> str:
    if not item.date_start and not item.date_end:
        return "undated"
    s, e = item.date_start, item.date_end
    return s if s == e or not e else f"{s or '?'} – {e}"
