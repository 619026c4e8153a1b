"""The ``sitroom`` command: thin verbs over the library."""

from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import click
from rich.console import Console

from sitroom import settings
from sitroom.errors import SitroomError
from sitroom.output import FORMATS, write_rows

err = Console(stderr=True, highlight=False)


def db_option(f):
    """The shared ``--db`` option: the store to use."""
    return click.option("--db", envvar="SITROOM_DB", default=lambda: settings.get("db"),
                        show_default="sitroom.db or $SITROOM_DB", help="The store (SQLite file).")(f)


def format_option(*choices: str, default: str = "table"):
    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(choices or FORMATS),
                            default=default, show_default=True, help="Output format.")(f)
    return deco


def friendly(f):
    """Turn sitroom's errors into one line on stderr and exit code 2."""
    @wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except SitroomError as exc:
            err.print(f"[red]error:[/red] {exc}")
            sys.exit(2)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitroom")
def main() -> None:
    """sitroom: a sourced, living situation picture from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for every document read.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--max-bytes", type=int, default=lambda: int(settings.get("max_bytes")),
              show_default="25 MiB", help="Refuse input files larger than this.")
@click.option("--batch-size", type=int, default=lambda: int(settings.get("batch_size")),
              show_default="32", help="Documents per spaCy batch.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False),
              help="A YAML file of actors merged over the built-in dictionary.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly
def ingest(paths, db, published, password, max_bytes, batch_size, actors_file, quiet) -> None:
    """Read, clean and analyse PATHS (files, folders, or - for stdin) into the store."""
    from sitroom.ingest_run import IngestOptions, run_ingest

    options = IngestOptions(published=published, password=password, max_bytes=max_bytes,
                            batch_size=batch_size, actors_file=actors_file, progress=not quiet)
    counts = run_ingest(paths, db, options, err)
    sys.exit(1 if counts.get("failed") else 0)


@main.command()
@db_option
@click.option("--limit", type=int, default=None, help="At most this many documents.")
@format_option()
@friendly
def documents(db, limit, fmt) -> None:
    """List the documents in the store."""
    from sitroom.store import open_store

    with open_store(db) as store:
        rows = [r.__dict__ | {"id": r.id if fmt != "table" else r.id[:12]}
                for r in store.documents(limit=limit)]
    write_rows(rows, fmt, title="documents")


@main.command()
@click.argument("doc")
@db_option
@format_option("table", "json")
@friendly
def show(doc, db, fmt) -> None:
    """Show one document (id, id prefix or source path) and the facts found in it."""
    from sitroom.export.contract import document
    from sitroom.show import render_record
    from sitroom.store import open_store

    with open_store(db) as store:
        record = store.record(store.find_document(doc))
    if fmt == "json":
        click.echo(json.dumps(document(record), ensure_ascii=False, indent=2))
    else:
        render_record(record, Console())


EXPORTS = ("jsonl", "json", "plover", "geojson", "csv", "graphml")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORTS), default="jsonl", show_default=True,
              help="jsonl/json: the sitroom/document@1 contract; plover: PLOVER event JSON Lines; "
                   "geojson: places and events; csv: events; graphml: the actor network.")
@click.option("--output", "-o", type=click.File("w"), default="-", help="File to write, - for stdout.")
@friendly
def export(db, fmt, output) -> None:
    """Export the store: every document with its facts, or a derived view of them."""
    from sitroom.store import open_store

    with open_store(db) as store:
        _export(store, fmt, output)


def _export(store, fmt: str, output) -> None:
    from sitroom.export import network
    from sitroom.export.contract import document

    records = store.records()
    if fmt == "jsonl":
        for r in records:
            output.write(json.dumps(document(r), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([document(r) for r in records], output, ensure_ascii=False, indent=2)
        output.write("\n")
    elif fmt == "plover":
        from sitroom.export.plover import plover_events

        for r in records:
            for obj in plover_events(r):
                output.write(json.dumps(obj, ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        json.dump(network.geojson(list(records)), output, ensure_ascii=False)
        output.write("\n")
    elif fmt == "csv":
        output.write(network.events_csv(list(records)))
    else:
        output.write(network.graphml(list(records)))


@main.command()
@db_option
@format_option("table", "json", "csv", default="table")
@friendly
def conflicts(db, fmt) -> None:
    """Claims that measure the same thing and disagree beyond rounding and unit conversion."""
    from sitroom.analyze.conflicts import find_conflicts
    from sitroom.store import open_store

    with open_store(db) as store:
        found = find_conflicts(store)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    rows = [{"subject": c["subject"], "attribute": c["attribute"],
             "claims": "; ".join(f"{x['text']} ({x['published'] or '?'}, {x['document'][:8]})"
                                 for x in c["claims"])} for c in found]
    write_rows(rows, fmt, title="conflicting claims")


@main.command()
@db_option
@format_option()
@friendly
def stats(db, fmt) -> None:
    """Count what the store holds."""
    from sitroom.store import open_store

    with open_store(db) as store:
        counts = store.stats()
    write_rows([{"what": k, "count": v} for k, v in counts.items()], fmt, title="store")


@main.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@format_option()
@friendly
def failures(db, limit, fmt) -> None:
    """List the documents that could not be read or processed, and why."""
    from sitroom.store import open_store

    with open_store(db) as store:
        write_rows(store.failures(limit), fmt, title="failures")


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@format_option()
@friendly
def search(query, db, limit, fmt) -> None:
    """Full-text search over the documents."""
    from sitroom.store import open_store

    with open_store(db) as store:
        rows = store.search(query, limit)
    write_rows(rows, fmt, title=f"search: {query}")


@main.command()
@db_option
@click.option("--kind", help="Only this kind (person, country, organization, ...).")
@click.option("--query", "-q", help="Only names containing this.")
@click.option("--duplicates", is_flag=True, help="List likely duplicates to merge instead.")
@format_option()
@friendly
def entities(db, kind, query, duplicates, fmt) -> None:
    """List the actors in the store with their mention counts."""
    from sitroom.store import open_store

    with open_store(db) as store:
        rows = store.entities(kind=kind, query=query)
    if duplicates:
        from sitroom.resolve.duplicates import likely_duplicates

        write_rows(likely_duplicates(rows), fmt, title="likely duplicates")
        return
    write_rows([r.__dict__ for r in rows], fmt, title="entities")


@main.command()
@click.argument("keep")
@click.argument("drop", nargs=-1, required=True)
@db_option
@friendly
def merge(keep, drop, db) -> None:
    """Merge the entities DROP into KEEP (ids as `sitroom entities` lists them)."""
    from sitroom.store import open_store

    with open_store(db) as store:
        for d in drop:
            moved = store.merge_entities(keep, d)
            click.echo(f"merged {d} into {keep}: {moved} mentions moved")


@main.command("eval")
@click.argument("task")
@click.option("--shared", help="The shared data folder (default ../shared).")
@click.option("--limit", type=int, help="Only the first N documents or items (quick look).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@friendly
def evaluate(task, shared, limit, as_json) -> None:
    """Measure one extractor on public gold data: timex, quantities, quotes, geoparsing, ner,
    events, html, pdf."""
    from sitroom.eval import run, shared_dir

    result, report = run(task, shared_dir(shared), limit)
    click.echo(json.dumps(result, indent=2) if as_json else report)


@main.command("timeline")
@db_option
@click.option("--actor", help="Only events with this actor (id or name) as actor or target.")
@click.option("--place", help="Only events at this place id, or in this country (ISO3).")
@click.option("--category", help="Only this PLOVER category.")
@click.option("--from", "start", help="Events ending on or after this date (YYYY[-MM[-DD]]).")
@click.option("--to", "end", help="Events starting on or before this date.")
@click.option("--limit", type=int)
@format_option()
@friendly
def timeline_cmd(db, actor, place, category, start, end, limit, fmt) -> None:
    """Events in order of when they happened (not when reported), with their source sentence."""
    from sitroom.analyze.profile import find_entity
    from sitroom.analyze.timeline import timeline
    from sitroom.store import open_store

    with open_store(db) as store:
        items = timeline(store, actor=find_entity(store, actor) if actor else None, place=place,
                         category=category and category.upper(), start=start, end=end, limit=limit)
    rows = [{"date": _when(i.date_start, i.date_end), "precision": i.precision, "status": i.status,
             "type": f"{i.type} {i.mode or ''}".strip(),
             "actors": ", ".join(n for _, n in i.actors), "targets": ", ".join(n for _, n in i.targets),
             "place": i.place_name, "sentence": i.sentence if fmt != "table" else _clip(i.sentence, 70),
             "document": i.document_id if fmt != "table" else i.document_id[:8],
             "start": i.sentence_start, "end": i.sentence_end} for i in items]
    if fmt == "table":
        rows = [{k: v for k, v in r.items() if k not in ("precision", "start", "end")} for r in rows]
    write_rows(rows, fmt, title="timeline")


def _when(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "undated"
    return start if start == end or not end else f"{start or '?'} – {end}"


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
    from sitroom.store import open_store

    with open_store(db) as store:
        profile = actor_profile(store, find_entity(store, name))
    if fmt == "json":
        click.echo(json.dumps(asdict(profile), ensure_ascii=False, indent=2, default=str))
    else:
        render_profile(profile, Console())


@main.command()
@db_option
@format_option("table", "json")
@friendly
def changes(db, fmt) -> None:
    """Figures whose value moved between dates (a troop count, a border length)."""
    from sitroom.analyze.changes import store_changes
    from sitroom.store import open_store

    with open_store(db) as store:
        found = store_changes(store)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    write_rows([{"subject": c["subject"], "attribute": c["attribute"],
                 "before": f"{c['before']['text']} ({c['before']['date']})",
                 "after": f"{c['after']['text']} ({c['after']['date']})",
                 "direction": c["direction"]} for c in found], fmt, title="changes")


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
    from sitroom.store import open_store

    with open_store(db) as store:
        result = picture_diff(store, check_date(before, "--before"), check_date(after, "--after"),
                              find_entity(store, actor) if actor else None)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = Console()
    for side in ("appeared", "ended"):
        part = result[side]
        console.print(f"[bold]{side}[/bold]: actors {', '.join(part['actors']) or '-'}; "
                      f"places {', '.join(part['places']) or '-'}")
        for ev in part["events"]:
            console.print(f"  {ev['type']} {ev['mode'] or ''} ({ev['status']}): {_clip(ev['sentence'], 120)}")
    console.print("[bold]changed[/bold]:")
    for c in result["changed"]:
        console.print(f"  {c['subject']} {c['attribute']}: {c['before']['text']} -> {c['after']['text']}")


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
    from sitroom.store import open_store

    with open_store(db) as store:
        md, html_file = write_brief(store, Path(out_dir), BriefOptions(actor, region, since))
    click.echo(f"wrote {md} and {html_file}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only.")
@click.option("--port", type=int, default=8000, show_default=True)
@friendly
def serve(db, host, port) -> None:
    """Serve the situation room in a browser (map, timeline, documents, actors, search)."""
    from sitroom.web import serve as run_server

    run_server(db, host, port)


if __name__ == "__main__":  # pragma: no cover
    main()
