"""The brief: a Markdown and an HTML report an analyst can hand on, every line cited.

It holds the period's toll (killed, wounded, arrested), the key actors, a timeline chart with
each event's counts, a map drawn offline from Natural Earth borders with the events on it, a table
of figures, the conflicts and the key quotes. Each line ends with a citation ``[n]`` whose note
names the document and the sentence (with its character offsets). Text from articles is data:
escaped in the Markdown, and the HTML renders no raw HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import markdown_it

from sitroom.analyze import plover
from sitroom.analyze.charts import Point, map_svg, timeline_svg
from sitroom.analyze.conflicts import find_conflicts
from sitroom.analyze.profile import find_entity
from sitroom.analyze.timeline import (
    TimelineFilter,
    TimelineItem,
    check_date,
    conditions,
    items,
    padded,
    span,
)
from sitroom.analyze.tolls import TOLL_KINDS, best_of_reports, counts_text, figure_rows, totals
from sitroom.figures import format_quantity

MAX_TOLL_LINKS = 8  # citations after each total; the rest are counted


def md(text: object) -> str:
    """Text from an article as literal Markdown: one line, with every character that Markdown
    (or a table cell) would read as markup escaped."""
    flat = " ".join(str(text).split())
    flat = re.sub(r"([\\`*_\[\]<>|~&#])", r"\\\1", flat)
    return re.sub(r"^(\d*)([-+.)])", r"\1\\\2", flat)  # "- x", "1984. x" would start a list


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
            self.notes.append(f"{md(title or doc)} ({published or 'undated'}), document `{doc[:12]}`, "
                              f"characters {start}–{end}: “{md(sentence)}”")
            self.index[key] = len(self.notes)
        return f"[{self.index[key]}]"


def write_brief(store, out: Path, options: BriefOptions = BriefOptions()) -> tuple[Path, Path]:
    """Write ``brief.md``, ``brief.html``, ``map.svg`` and ``timeline.svg`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    actor = find_entity(store, options.actor) if options.actor else None
    f = TimelineFilter(actor, options.region, None, check_date(options.since, "since"), None,
                       merge=True)
    window = _reporting_period(store)
    ranked = _most_reported(store, f, window, options.max_events * 5)
    events = _chosen(ranked, options.max_events)
    undated = [e for e in ranked if not (e.date_start or e.date_end) and (e.actors or e.targets)]
    cites = Citations()
    toll_lines = _tolls(store, f, window, cites)
    best = best_of_reports(store, {e.event_id: e.counts for e in events if e.reports > 1})
    events = [replace(e, counts=best[e.event_id][0]) if e.event_id in best else e for e in events]
    cited = {i.event_id: i for i in items(store, sorted({s for _, srcs in best.values() for s in srcs}))}
    map_file, timeline_file = out / "map.svg", out / "timeline.svg"
    map_file.write_text(_map(events), encoding="utf-8")
    timeline_file.write_text(_timeline(events), encoding="utf-8")

    lines = [f"# Situation brief{': ' + md(options.actor) if options.actor else ''}", ""]
    scope = [f"actor {options.actor}" if options.actor else "", f"region {options.region}"
             if options.region else "", f"since {options.since}" if options.since else ""]
    lines += [f"Scope: {', '.join(s for s in scope if s) or 'the whole store'}; "
              f"{store.rows('SELECT count(*) AS n FROM documents')[0]['n']} documents.", ""]
    lines += toll_lines
    lines += _actors(store, events, cites, scoped=bool(options.actor or options.region or options.since))
    lines += ["## Timeline", "", "![timeline](timeline.svg)", ""]
    if window:
        lines += [f"The most reported events dated in the reporting period ({window[0][:4]}–"
                  f"{window[1][:4]}, a year either side of the documents' publication dates), "
                  "in date order:", ""]
    for e in events:  # a figure from a later report cites that report too
        also = "".join(" " + _cite(cites, cited[o]) for o in best.get(e.event_id, ((), ()))[1] if o in cited)
        lines.append(f"- **{span(e.date_start, e.date_end)}** {_line(e)} {_cite(cites, e)}{also}")
    if undated:
        lines += ["", "Undated (neither the text nor the article gives a date; not on the chart), most "
                  "reported first:", ""]
        for e in undated[:max(5, options.max_events // 4)]:
            lines.append(f"- {_line(e)} {_cite(cites, e)}")
    lines += ["", "## Map", "", "![map](map.svg)", ""]
    lines += _figures(store, actor, cites)
    lines += _conflicts(store, cites)
    lines += _quotes(store, actor, options.max_quotes, cites)
    lines += ["## Sources", ""] + [f"{i}. {n}" for i, n in enumerate(cites.notes, 1)] + [""]
    markdown = "\n".join(lines)
    md_file, html_file = out / "brief.md", out / "brief.html"
    md_file.write_text(markdown, encoding="utf-8")
    html_file.write_text(_html(markdown, map_file.read_text("utf-8"), timeline_file.read_text("utf-8")),
                         encoding="utf-8")
    return md_file, html_file


def _line(e: TimelineItem) -> str:
    reports = f" ({e.reports} reports)" if e.reports > 1 else ""
    who = ", ".join(md(n) for _, n in e.actors) or "?"
    whom = f" → {', '.join(md(n) for _, n in e.targets)}" if e.targets else ""
    where = f" at {md(e.place_name)}" if e.place_name else ""
    counts = f" — **{md(counts_text(e.counts, e.status))}**" if e.counts else ""
    return f"{e.type}{' (' + e.mode + ')' if e.mode else ''}, {e.status}: {who}{whom}{where}{reports}{counts}"


def _tolls(store, f: TimelineFilter, window: tuple[str, str] | None, cites: Citations) -> list[str]:
    """The period's killed, wounded and arrested: each event that occurred in it counted once
    (``tolls.totals``), each total followed by the citations of the events it adds up."""
    dated = replace(f, merge=False, start=max(f.start or "", window[0]) or None,
                    end=window[1]) if window else replace(f, merge=False)
    where, params = conditions(dated)
    join = " LEFT JOIN places p ON p.id = e.place" if dated.place else ""
    rows = figure_rows(store, where + ["(e.date_start IS NOT NULL OR e.date_end IS NOT NULL)"],
                       tuple(params), join)
    found = totals(rows)
    period = f"{window[0][:4]}–{window[1][:4]}" if window else "the store"
    if not found:
        return [f"**Killed, wounded, arrested** ({period}): none counted in the events.", ""]
    cited = {i.event_id: i for i in items(store, sorted({e for t in found.values()
                                                          for e in t.events[:MAX_TOLL_LINKS]}))}
    parts = []
    for kind in TOLL_KINDS:
        if kind not in found:
            continue
        t = found[kind]
        n = len(t.events)
        links = " ".join(_cite(cites, cited[e]) for e in t.events[:MAX_TOLL_LINKS] if e in cited)
        more = f" and {n - MAX_TOLL_LINKS} more" if n > MAX_TOLL_LINKS else ""
        parts.append(f"**{t.text}** in {n} event{'s' if n > 1 else ''} {links}{more}")
    return [f"**Killed, wounded, arrested** ({period}; each event once, with the highest figure its "
            "reports give; events that occurred): " + "; ".join(parts) + ".", ""]


def _reporting_period(store) -> tuple[str, str] | None:
    """The publication dates of the store, a year either side (None when nothing is dated)."""
    r = store.rows("SELECT min(published) AS lo, max(published) AS hi FROM documents"
                   " WHERE published IS NOT NULL")[0]
    if not r["lo"]:
        return None
    return f"{int(r['lo'][:4]) - 1}{r['lo'][4:]}", f"{int(r['hi'][:4]) + 1}{r['hi'][4:]}"


def _most_reported(store, f: TimelineFilter, window: tuple[str, str] | None,
                   limit: int) -> list[TimelineItem]:
    """First reports of the events reported by the most documents, over the whole store.

    Events dated outside ``window`` (history recalled, forecasts) are left out; undated ones
    are kept (the brief lists them apart). Ties go to events with both an actor and a target.
    """
    dated = replace(f, merge=False, start=max(f.start or "", window[0]) or None,
                    end=window[1]) if window else replace(f, merge=False)
    ranked = []
    for g, extra in ((dated, "(e.date_start IS NOT NULL OR e.date_end IS NOT NULL)"),
                     (replace(f, merge=False), "e.date_start IS NULL AND e.date_end IS NULL")):
        where, params = conditions(g)
        join = " LEFT JOIN places p ON p.id = e.place" if g.place else ""
        ranked += store.rows(
            "SELECT COALESCE(e.cluster, e.id) AS first, count(DISTINCT e.doc_id) AS docs,"
            " max(CASE WHEN e.actors != '[]' THEN 1 ELSE 0 END"
            " + CASE WHEN e.targets != '[]' THEN 1 ELSE 0 END) AS parties"
            f" FROM events e{join} WHERE " + " AND ".join(where + [extra])
            + " GROUP BY first ORDER BY docs DESC, parties DESC, first LIMIT ?", (*params, limit))
    ranked.sort(key=lambda r: (-r["docs"], -r["parties"], r["first"]))
    docs = {r["first"]: r["docs"] for r in ranked}
    return [replace(i, reports=docs[i.event_id]) for i in items(store, [r["first"] for r in ranked])]


def _chosen(items: list[TimelineItem], limit: int) -> list[TimelineItem]:
    """Events worth a line: with an actor or a target and a date, those with their own date
    (not only the article's) first; shown in date order."""
    useful = [e for e in items if (e.actors or e.targets) and (e.date_start or e.date_end)]
    own = [e for e in useful if e.date_source != "published"]
    rest = [e for e in useful if e.date_source == "published"]
    keep = (own + rest)[:limit]
    return sorted(keep, key=lambda e: (padded(e.date_start or e.date_end, high=False),
                                       padded(e.date_end or e.date_start, high=True)))


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
        f"{g.type} {g.date_start or ''}" + (f" ({counts_text(g.counts, g.status)})" if g.counts else "")
        for g in group), _colour(group[0].type), len(group),
        group[0].place_name or "")
        for (lat, lon), group in points.items()]
    return map_svg(borders_geojson(), marks)


def _timeline(events: list[TimelineItem]) -> str:
    return timeline_svg([(e.date_start or e.date_end, e.date_end or e.date_start,
                          f"{e.type} {', '.join(n for _, n in e.actors)}", _colour(e.type))
                         for e in events])


def _actors(store, events: list[TimelineItem], cites: Citations, scoped: bool) -> list[str]:
    """The actors in the most documents (of those the events come from, when scoped): a long
    record that names one actor a thousand times counts once."""
    docs = sorted({e.document_id for e in events})[:500] if scoped else []
    where = f" WHERE m.doc_id IN ({', '.join('?' * len(docs))})" if docs else ""
    rows = store.rows(
        "SELECT e.id, e.name, e.kind, e.role, count(DISTINCT m.doc_id) AS n, count(*) AS mentions"
        f" FROM mentions m JOIN entities e ON e.id = m.entity_id{where} GROUP BY e.id"
        " ORDER BY n DESC, mentions DESC LIMIT 12",
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
        unit = "document" if r["n"] == 1 else "documents"
        out.append(f"- **{md(r['name'])}** ({r['kind']}{role}): {r['n']} {unit}, {r['mentions']} mentions {cite}")
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
        out.append(f"| {md(r['subject_name'] or r['subject'])} | {md(r['attribute'] or '')} | {md(value)} | "
                   f"{md(r['text'])} | {r['published'] or ''} | {cite} |")
    return out + [""]


def _conflicts(store, cites: Citations) -> list[str]:
    out = ["## Conflicting figures", ""]
    found = find_conflicts(store)
    ids = sorted({x["document"] for c in found for x in c["claims"]})
    docs = {r["id"]: r for i in range(0, len(ids), 500) for r in store.rows(
        f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(ids[i:i + 500]))})", tuple(ids[i:i + 500]))}
    for c in found:
        parts = [f"{md(x['display'])} ({md(x['source'] or '')} {x['published'] or 'undated'}) "
                 + cites.cite(x["document"], docs[x["document"]]["title"], x["published"],
                              x["start"], x["end"], x["text"]) for x in c["claims"]]
        out.append(f"- **{md(c['subject'])}**, {md(c['attribute'])}: " + " vs ".join(parts))
    return out + ([] if found else ["None found."]) + [""]


def _quotes(store, actor: str | None, limit: int, cites: Citations) -> list[str]:
    rows = store.rows(
        "SELECT q.*, d.title, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.speaker_name IS NOT NULL" + (" AND q.speaker = ?" if actor else "")
        + " ORDER BY length(q.text) DESC LIMIT ?", ((actor, limit) if actor else (limit,)))
    out = ["## Key quotes", ""]
    for r in rows:
        cite = cites.cite(r["doc_id"], r["title"], r["published"], r["start"], r["end"], r["text"])
        out.append(f"- {md(r['speaker_name'])}: “{md(r['text'])}” {cite}")
    return out + [""]


def _html(markdown: str, map_svg_text: str, timeline_svg_text: str) -> str:
    body = markdown_it.MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    body = body.replace('<img src="map.svg" alt="map" />', map_svg_text)
    body = body.replace('<img src="timeline.svg" alt="timeline" />', timeline_svg_text)
    return ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>Situation brief</title>"
            "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 .8em;line-height:1.45;"
            "overflow-wrap:break-word}table{display:block;overflow-x:auto}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}"
            "svg{max-width:100%;height:auto;border:1px solid #ccc}</style>"
            f"<body>{body}</body></html>")
