"""Corpus analysis commands: conflicts, timeline, actor, changes, diff, brief."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitroom.cli.common import db_option, existing_store, format_option, friendly, main
from sitroom.output import console, stream_rows, write_rows


@main.command()
@db_option
@format_option("table", "json", "csv", default="table")
@friendly
def conflicts(db, fmt) -> None:
    """Claims that measure the same thing and disagree beyond rounding and unit conversion."""
    from sitroom.analyze.conflicts import find_conflicts

    with existing_store(db) as store:
        found = find_conflicts(store)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    rows = [{"subject": c["subject"], "attribute": c["attribute"],
             "claims": "; ".join(f"{x['display']} ({x['source'] or x['document'][:8]}, "
                                 f"{(x['published'] or '?')[:10]}): \"{x['text']}\"" for x in c["claims"])}
            for c in found]
    write_rows(rows, fmt, title="conflicting claims")


@main.command("timeline")
@db_option
@click.option("--actor", help="Only events with this actor (id or name) as actor or target.")
@click.option("--place", help="Only events at this place id, or in this country (ISO3).")
@click.option("--category", help="Only this PLOVER category.")
@click.option("--from", "--start", "start", help="Events ending on or after this date (YYYY[-MM[-DD]]).")
@click.option("--to", "--end", "end", help="Events starting on or before this date.")
@click.option("--limit", type=int, default=200, show_default=True,
              help="At most this many events (0: all of them).")
@click.option("--newest", is_flag=True, help="The latest events first (by event date).")
@click.option("--merge", is_flag=True, help="One row per event reported by several documents.")
@click.option("--sector", help="Only events with an actor or target of this sector (COP police, MIL military, ...).")
@click.option("--unshown", is_flag=True, help="Also events with no identified doer (actor) or that the trust model doubts.")
@click.option("--min-killed", type=click.IntRange(min=1), metavar="N",
              help="Only events that killed at least N (by the low end of a range: 'dozens' is 24).")
@format_option()
@friendly
def timeline_cmd(db, actor, place, category, start, end, limit, newest, merge, sector, unshown, min_killed,
                 fmt) -> None:
    """Events in order of when they happened (not when reported), with their source sentence
    and their counts ("12 killed, 3 arrested").

    JSON and CSV give the dates as ISO fields (date_start, date_end, precision), the source
    sentence's character offsets as sentence_start and sentence_end, and the counts as text and
    as the figures killed, wounded and arrested (each the first one the event gives, its low end;
    empty for an event that did not happen).
    """
    from sitroom.analyze.profile import find_entity
    from sitroom.analyze.timeline import TimelineFilter, check_date, query

    with existing_store(db) as store:
        f = TimelineFilter(find_entity(store, actor) if actor else None, place,
                           category and category.upper(), check_date(start, "--from"),
                           check_date(end, "--to"), limit or None, newest_first=newest, merge=merge,
                           sector=sector, unshown=unshown, min_killed=min_killed)
        if f.limit is None and not f.actor:  # every event: written as read, the first at once
            _stream_timeline(store, f, fmt)
            return
        items = query(store, f)
    if fmt == "table":
        from sitroom.show import render_timeline

        render_timeline(items, console(), reports=merge)
    else:
        write_rows([timeline_row(i) for i in items], fmt)


def _stream_timeline(store, f, fmt: str) -> None:
    """The whole timeline (``--limit 0``) item by item: the same text as for the list of them."""
    from sitroom.analyze.timeline import check_filter
    from sitroom.analyze.timeline_stream import heading, stream

    check_filter(f)  # before the first line is written
    if fmt == "table":
        from sitroom.show import stream_timeline

        total, width = heading(store, f)
        stream_timeline(stream(store, f), total, width, console(), reports=f.merge)
    else:
        stream_rows((timeline_row(i) for i in stream(store, f)), fmt)


def timeline_row(i) -> dict:
    """One event as machine-readable fields: ISO dates, ids beside names, offsets named as such."""
    from sitroom.analyze.tolls import COUNTED_STATUS, TOLL_KINDS, counts_text, figure

    happened = i.status in COUNTED_STATUS  # a planned killing has no dead
    tolls = {k: getattr(figure(i.counts, k), "low", None) if happened else None for k in TOLL_KINDS}
    return {"event_id": i.event_id, "date_start": i.date_start, "date_end": i.date_end,
            "precision": i.precision, "date_source": i.date_source, "status": i.status,
            "type": i.type, "mode": i.mode,
            "actors": [n for _, n in i.actors], "actor_ids": [a for a, _ in i.actors],
            "targets": [n for _, n in i.targets], "target_ids": [a for a, _ in i.targets],
            "place": i.place_name, "place_id": i.place_id, "lat": i.lat, "lon": i.lon,
            "document": i.document_id, "title": i.document_title, "published": i.published,
            "sentence": i.sentence, "sentence_start": i.sentence_start,
            "sentence_end": i.sentence_end, "trigger": i.trigger, "reports": i.reports,
            "counts": counts_text(i.counts, i.status), **tolls}


def _clip(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("name")
@db_option
@format_option("table", "json")
@friendly
def actor(name, db, fmt) -> None:
    """An actor's profile: mentions over time, roles, quotes, events, ties and their tone."""
    from dataclasses import asdict

    from sitroom.analyze.profile import actor_profile, find_entity
    from sitroom.show import render_profile

    with existing_store(db) as store:
        profile = actor_profile(store, find_entity(store, name))
    if fmt == "json":
        click.echo(json.dumps(asdict(profile), ensure_ascii=False, indent=2, default=str))
    else:
        render_profile(profile, console())


@main.command()
@db_option
@format_option("table", "json")
@friendly
def changes(db, fmt) -> None:
    """Figures whose value moved between dates (a troop count, a border length)."""
    from sitroom.analyze.changes import store_changes

    with existing_store(db) as store:
        found = store_changes(store)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    write_rows([{"subject": c["subject"], "attribute": c["attribute"],
                 "before": f"{c['before']['text']} ({(c['before']['date'] or '?')[:10]})",
                 "after": f"{c['after']['text']} ({(c['after']['date'] or '?')[:10]})",
                 "direction": c["direction"],
                 "reports": "; ".join(f"{h['display']} ({h['source'] or h['document'][:8]}, {(h['published'] or '?')[:10]})"
                                      for h in c["history"])} for c in found], fmt, title="changes")


@main.command()
@db_option
@click.option("--before", required=True, help="The earlier picture: documents up to this date.")
@click.option("--after", required=True, help="The later picture: documents after --before up to this.")
@click.option("--actor", help="Only what concerns this actor (id or name).")
@format_option("table", "json")
@friendly
def diff(db, before, after, actor, fmt) -> None:
    """What appeared, ended and changed between two dates."""
    from sitroom.analyze.changes import diff as picture_diff
    from sitroom.analyze.profile import find_entity
    from sitroom.analyze.timeline import check_date

    with existing_store(db) as store:
        result = picture_diff(store, check_date(before, "--before"), check_date(after, "--after"),
                              find_entity(store, actor) if actor else None)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    out = console()
    for side in ("appeared", "ended"):
        part = result[side]
        out.print(f"{side}: actors {', '.join(part['actors']) or '-'}; "
                  f"places {', '.join(part['places']) or '-'}")
        for ev in part["events"]:
            out.print(f"  {ev['type']} {ev['mode'] or ''} ({ev['status']}): {_clip(ev['sentence'], 120)}")
    out.print("changed:")
    for c in result["changed"]:
        out.print(f"  {c['subject']} {c['attribute']}: {c['before']['text']} -> {c['after']['text']}")


@main.command()
@db_option
@click.option("--actor", help="Focus on this actor (id or name).")
@click.option("--region", help="Only events at this place id or in this country (ISO3).")
@click.option("--since", help="Only events from this date (YYYY[-MM[-DD]]).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="brief", show_default=True,
              help="Folder for brief.md, brief.html, map.svg and timeline.svg.")
@friendly
def brief(db, actor, region, since, out_dir) -> None:
    """Write a sourced brief (Markdown and HTML) with a timeline, a map, figures and quotes."""
    from sitroom.analyze.brief import BriefOptions, write_brief

    with existing_store(db) as store:
        md, html_file = write_brief(store, Path(out_dir), BriefOptions(actor, region, since))
    click.echo(f"wrote {md} and {html_file}")
