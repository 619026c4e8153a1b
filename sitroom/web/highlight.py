"""The document page's text: every fact highlighted by kind, with overlaps properly nested.

Facts overlap freely (a quote holds actors, an event trigger sits inside a quantity). HTML marks
must nest, so the text is cut at every fact boundary into elementary segments; each segment is
covered by a stack of facts ordered outermost first, and moving from one segment to the next
closes and reopens only what changed. A fact crossing another's edge is split in two marks.
All text and attributes go through markupsafe's escape.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote

from markupsafe import Markup, escape

from sitroom.figures import format_quantity
from sitroom.model import Record

__all__ = ["Highlight", "highlights", "render", "segments"]

KINDS = ("quote", "event", "actor", "place", "time", "quantity")  # outermost first on ties


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlighted fact: where, what kind, a label for hovering, and where a click goes."""

    id: str
    kind: str
    start: int
    end: int
    label: str
    href: str | None = None


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe=":")


def highlights(record: Record, names: dict[str, str] | None = None) -> list[Highlight]:
    """Every fact of ``record`` as a highlight, in text order."""
    names = dict(names or {})
    names.update({e.id: e.name for e in record.entities})
    out: list[Highlight] = []
    for e in record.entities:
        what = f"{e.name} ({e.kind}{', ' + e.country if e.country else ''}) - actor {e.id}"
        if e.role:
            what += f"; role: {e.role}"
        out += [Highlight(f"a{m.start}-{m.end}", "actor", m.start, m.end, what, entity_href(e.id))
                for m in e.mentions]
    for p in record.places:
        what = f"{p.name} ({p.feature}, {p.lat:.2f}, {p.lon:.2f}) - place {p.id}"
        href = "/map?place=" + quote(p.id, safe=":")
        out += [Highlight(f"p{m.start}-{m.end}", "place", m.start, m.end, what, href)
                for m in p.mentions]
    for t in record.timexes:
        what = f"{t.type} {t.value}" + (f" ({t.mod})" if t.mod else "")
        out.append(Highlight(f"t{t.start}-{t.end}", "time", t.start, t.end, what))
    for q in record.quantities:
        what = format_quantity(q)
        if q.subject_name and q.attribute:
            what += f" - {q.attribute} of {q.subject_name}"
        out.append(Highlight(f"q{q.start}-{q.end}", "quantity", q.start, q.end, what))
    for q in record.quotes:
        who = names.get(q.speaker or "", q.speaker_name or "unknown speaker")
        href = entity_href(q.speaker) if q.speaker else None
        out.append(Highlight(f"u{q.start}-{q.end}", "quote", q.start, q.end,
                             f"quote by {who}" + (f" ({q.cue})" if q.cue else ""), href))
    for i, ev in enumerate(record.events):
        actors = ", ".join(names.get(a, a) for a in ev.actors) or "?"
        targets = ", ".join(names.get(a, a) for a in ev.targets)
        what = f"{ev.type}{' / ' + ev.mode if ev.mode else ''}: {actors}"
        what += f" -> {targets}" if targets else ""
        what += f"; {ev.status}"
        if ev.date:
            what += f"; {ev.date.start or ''}" + (f"..{ev.date.end}" if ev.date.end != ev.date.start else "")
        out.append(Highlight(f"e{i}", "event", ev.trigger.start, ev.trigger.end, what, f"#ev-{i}"))
    n = len(record.article.text)
    out = [h for h in out if 0 <= h.start < h.end <= n]
    out.sort(key=lambda h: (h.start, -h.end, KINDS.index(h.kind), h.id))
    return out


def segments(text: str, marks: list[Highlight]) -> list[tuple[int, int, tuple[Highlight, ...]]]:
    """Cut ``text`` at every boundary: (start, end, covering highlights outermost first)."""
    cuts = sorted({0, len(text)} | {h.start for h in marks} | {h.end for h in marks})
    starting: dict[int, list[int]] = {}
    for i, h in enumerate(marks):  # marks are sorted outermost first
        starting.setdefault(h.start, []).append(i)
    active: set[int] = set()
    out = []
    for lo, hi in pairwise(cuts):
        active = {i for i in active if marks[i].end > lo} | set(starting.get(lo, ()))
        out.append((lo, hi, tuple(marks[i] for i in sorted(active))))
    return out


def render(text: str, marks: list[Highlight]) -> Markup:
    """The text as HTML with nested ``<mark>`` elements; everything escaped."""
    html: list[str] = []
    stack: list[Highlight] = []
    for lo, hi, cover in segments(text, marks):
        keep = 0
        while keep < min(len(stack), len(cover)) and stack[keep].id == cover[keep].id:
            keep += 1
        for _ in range(len(stack) - keep):
            stack.pop()
            html.append("</mark>")
        for h in cover[keep:]:
            html.append(_open(h))
            stack.append(h)
        html.append(str(escape(text[lo:hi])))
    html.append("</mark>" * len(stack))
    return Markup("".join(html))


def _open(h: Highlight) -> str:
    """A mark, not a link: links cannot nest, so a click goes to the innermost ``data-href``."""
    href = f' data-href="{escape(h.href)}"' if h.href else ""
    return (f'<mark class="m m-{h.kind}" data-kind="{h.kind}" data-id="{escape(h.id)}"'
            f' title="{escape(h.label)}"{href}>')
