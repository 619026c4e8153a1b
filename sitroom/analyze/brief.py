"""The brief: a Markdown and an HTML report an analyst can hand on, every line cited.

It holds the key actors, a timeline chart, a map drawn offline from Natural Earth borders with
the events on it, a table of figures, the conflicts and the key quotes. Each line ends with a
citation ``[n]`` whose note names the document and the sentence (with its character offsets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import markdown_it

from sitroom.figures import format_quantity
from sitroom.analyze import plover
from sitroom.analyze.charts import Point, map_svg, timeline_svg
from sitroom.analyze.conflicts import find_conflicts
from sitroom.analyze.profile import find_entity
from sitroom.analyze.timeline import TimelineFilter, TimelineItem, check_date, query, span


@dataclass(frozen=True)
class BriefOptions:
    """What the brief covers."""

    actor: str | None = None  # entity id or name
    region: str | None = None  # ISO3 country code or place id
    since: str | None = None  # YYYY[-MM[-DD]]
    max_events: int = 40
    max_quotes: int = 8


@dataclass
class Citations:
    """Numbered sources: one per distinct (document, sentence)."""

    notes: list[str] = field(default_factory=list)
    index: dict[tuple[str, int], int] = field(default_factory=dict)

    def cite(self, doc: str, title: str | None, published: str | None, start: int, end: int,
             sentence: str) -> str:
        key = (doc, start)
        if key not in self.index:
            self.notes.append(f"{title or doc} ({published or 'undated'}), document `{doc[:12]}`, "
                              f"characters {start}–{end}: “{sentence.strip()}”")
            self.index[key] = len(self.notes)
        return f"[{self.index[key]}]"


def write_brief(store, out: Path, options: BriefOptions = BriefOptions()) -> tuple[Path, Path]:
    """Write ``brief.md``, ``brief.html``, ``map.svg`` and ``timeline.svg`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    actor = find_entity(store, options.actor) if options.actor else None
    # the latest events (a brief is about the current picture), shown oldest first
    recent = query(store, TimelineFilter(actor, options.region, None, check_date(options.since, "since"),
                                         None, options.max_events * 20, newest_first=True, merge=True))
    events = _chosen(recent[::-1], options.max_events)
    cites = Citations()
    map_file, timeline_file = out / "map.svg", out / "timeline.svg"
    map_file.write_text(_map(events), encoding="utf-8")
    timeline_file.write_text(_timeline(events), encoding="utf-8")

    lines = [f"# Situation brief{': ' + options.actor if options.actor else ''}", ""]
    scope = [f"actor {options.actor}" if options.actor else "", f"region {options.region}"
             if options.region else "", f"since {options.since}" if options.since else ""]
    lines += [f"Scope: {', '.join(s for s in scope if s) or 'the whole store'}; "
              f"{store.stats()['documents']} documents.", ""]
    lines += _actors(store, events, cites, scoped=bool(options.actor or options.region or options.since))
    lines += ["## Timeline", "", "![timeline](timeline.svg)", ""]
    for e in events:
        when = span(e.date_start, e.date_end)
        reports = f" ({e.reports} reports)" if e.reports > 1 else ""
        who = ", ".join(n for _, n in e.actors) or "?"
        whom = f" → {', '.join(n for _, n in e.targets)}" if e.targets else ""
        where = f" at {e.place_name}" if e.place_name else ""
        lines.append(f"- **{when}** {e.type}{' (' + e.mode + ')' if e.mode else ''}, {e.status}: "
                     f"{who}{whom}{where}{reports} {_cite(cites, e)}")
    lines += ["", "## Map", "", "![map](map.svg)", ""]
    lines += _figures(store, actor, cites)
    lines += _conflicts(store, cites)
    lines += _quotes(store, actor, options.max_quotes, cites)
    lines += ["## Sources", ""] + [f"{i}. {n}" for i, n in enumerate(cites.notes, 1)] + [""]
    md = "\n".join(lines)
    md_file, html_file = out / "brief.md", out / "brief.html"
    md_file.write_text(md, encoding="utf-8")
    html_file.write_text(_html(md, map_file.read_text("utf-8"), timeline_file.read_text("utf-8")),
                         encoding="utf-8")
    return md_file, html_file


def _chosen(items: list[TimelineItem], limit: int) -> list[TimelineItem]:
    """Events worth a line: with an actor or a target, those with their own date first.

    An event dated only by its article's publication date comes after the events whose text
    says when they happened; the chosen ones are shown in date order.
    """
    useful = [e for e in items if (e.actors or e.targets) and (e.date_start or e.date_end)]
    own = [e for e in useful if e.date_source != "published"]
    rest = [e for e in useful if e.date_source == "published"]
    keep = {e.event_id for e in (own + rest)[:limit]}
    return [e for e in useful if e.event_id in keep]


def _cite(cites: Citations, e: TimelineItem) -> str:
    return cites.cite(e.document_id, e.document_title, e.published, e.sentence_start,
                      e.sentence_end, e.sentence)


def _colour(kind: str) -> str:
    cat = plover.category(kind)
    return cat.colour if cat else "#777777"


def _map(events: list[TimelineItem]) -> str:
    from sitroom.web.borders import borders_geojson

    points: dict[tuple[float, float], list[TimelineItem]] = {}
    for e in events:
        if e.lat is not None:
            points.setdefault((e.lat, e.lon), []).append(e)
    marks = [Point(lat, lon, f"{group[0].place_name}: " + "; ".join(
        f"{g.type} {g.date_start or ''}" for g in group), _colour(group[0].type), len(group),
        group[0].place_name or "")
        for (lat, lon), group in points.items()]
    return map_svg(borders_geojson(), marks)


def _timeline(events: list[TimelineItem]) -> str:
    return timeline_svg([(e.date_start or e.date_end, e.date_end or e.date_start,
                          f"{e.type} {', '.join(n for _, n in e.actors)}", _colour(e.type))
                         for e in events])


def _actors(store, events: list[TimelineItem], cites: Citations, scoped: bool) -> list[str]:
    """The most mentioned actors (in the documents the events come from, when scoped)."""
    docs = sorted({e.document_id for e in events})[:500] if scoped else []
    where = f" WHERE m.doc_id IN ({', '.join('?' * len(docs))})" if docs else ""
    rows = store.rows(
        "SELECT e.id, e.name, e.kind, e.role, count(*) AS n FROM mentions m"
        f" JOIN entities e ON e.id = m.entity_id{where} GROUP BY e.id ORDER BY n DESC LIMIT 12",
        tuple(docs))
    out = ["## Key actors", ""]
    for r in rows:
        first = store.rows(f"SELECT m.doc_id, m.start FROM mentions m WHERE m.entity_id = ?"
                           f"{where.replace(' WHERE', ' AND')} ORDER BY m.doc_id, m.start LIMIT 1",
                           (r["id"], *docs))
        sent = store.rows(
            "SELECT s.start, s.\"end\", d.id, d.title, d.published,"
            " substr(d.text, s.start + 1, s.\"end\" - s.start) AS text FROM sentences s"
            " JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? AND s.start <= ?"
            " ORDER BY s.start DESC LIMIT 1", (first[0]["doc_id"], first[0]["start"])) if first else []
        cite = cites.cite(sent[0]["id"], sent[0]["title"], sent[0]["published"], sent[0]["start"],
                          sent[0]["end"], sent[0]["text"]) if sent else ""
        role = f", {r['role']}" if r["role"] else ""
        out.append(f"- **{r['name']}** ({r['kind']}{role}): {r['n']} mentions {cite}")
    return out + [""]


def _figures(store, actor: str | None, cites: Citations) -> list[str]:
    rows = store.rows(
        "SELECT q.*, d.title, d.published FROM quantities q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.subject IS NOT NULL" + (" AND q.subject = ?" if actor else "")
        + " ORDER BY d.published, q.start LIMIT 40", (actor,) if actor else ())
    out = ["## Figures", "", "| about | what | value | as written | date | source |",
           "|---|---|---|---|---|---|"]
    for r in rows:
        cite = cites.cite(r["doc_id"], r["title"], r["published"], r["start"], r["end"], r["text"])
        value = format_quantity(r)
        out.append(f"| {r['subject_name'] or r['subject']} | {r['attribute'] or ''} | {value} | "
                   f"{r['text']} | {r['published'] or ''} | {cite} |")
    return out + [""]


def _conflicts(store, cites: Citations) -> list[str]:
    out = ["## Conflicting figures", ""]
    docs = {r["id"]: r for r in store.rows("SELECT id, title, published FROM documents")}
    found = find_conflicts(store)
    for c in found:
        parts = [f"{x['display']} ({x['source'] or ''} {x['published'] or 'undated'}) "
                 + cites.cite(x["document"], docs[x["document"]]["title"], x["published"],
                              x["start"], x["end"], x["text"]) for x in c["claims"]]
        out.append(f"- **{c['subject']}**, {c['attribute']}: " + " vs ".join(parts))
    return out + ([] if found else ["None found."]) + [""]


def _quotes(store, actor: str | None, limit: int, cites: Citations) -> list[str]:
    rows = store.rows(
        "SELECT q.*, d.title, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.speaker_name IS NOT NULL" + (" AND q.speaker = ?" if actor else "")
        + " ORDER BY length(q.text) DESC LIMIT ?", ((actor, limit) if actor else (limit,)))
    out = ["## Key quotes", ""]
    for r in rows:
        cite = cites.cite(r["doc_id"], r["title"], r["published"], r["start"], r["end"], r["text"])
        out.append(f"- {r['speaker_name']}: “{r['text']}” {cite}")
    return out + [""]


def _html(md: str, map_svg_text: str, timeline_svg_text: str) -> str:
    body = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    body = body.replace('<img src="map.svg" alt="map" />', map_svg_text)
    body = body.replace('<img src="timeline.svg" alt="timeline" />', timeline_svg_text)
    return ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Situation brief</title>"
            "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;line-height:1.45}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}"
            "svg{max-width:100%;height:auto;border:1px solid #ccc}</style>"
            f"<body>{body}</body></html>")
