"""Commands that fill the store and read it back: ingest, documents, show, export, ..."""

from __future__ import annotations

import json
import sys

import click
from rich.text import Text

from sitroom import settings
from sitroom.cli.common import EXIT_INPUTS_FAILED, db_option, err, existing_store, format_option, friendly, main
from sitroom.output import console, write_rows


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=lambda ctx, param, value: _check_date(value),
              help="Publication date (YYYY-MM-DD) for every document read.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=lambda: int(settings.get("max_bytes")),
              show_default="25 MiB", help="Refuse input files larger than this.")
@click.option("--batch-size", type=click.IntRange(min=1), default=lambda: int(settings.get("batch_size")),
              show_default="32", help="Documents per spaCy batch.")
@click.option("--workers", type=click.IntRange(min=0), default=lambda: int(settings.get("workers")),
              show_default="one per core", help="Worker processes, one model each; 0: one per core.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False),
              help="A YAML file of actors merged over the built-in dictionary.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly
def ingest(paths, db, published, password, max_bytes, batch_size, workers, actors_file, quiet) -> None:
    """Read, clean and analyse PATHS (files, folders, or - for stdin) into the store.

    Exit status: 0 when every input was stored (or already was), 1 when some inputs failed
    (`sitroom failures` lists them), 2 for a usage error, 3 when sitroom itself failed.
    """
    from sitroom.ingest_run import IngestOptions, run_ingest

    options = IngestOptions(published=published, password=password, max_bytes=max_bytes,
                            batch_size=batch_size, actors_file=actors_file, progress=not quiet,
                            workers=workers, seconds=float(settings.get("doc_seconds") or 0) or None)
    counts = run_ingest(paths, db, options, err)
    sys.exit(EXIT_INPUTS_FAILED if counts.get("failed") else 0)


def _check_date(value: str | None) -> str | None:
    """A --published value as an ISO date, or a usage error saying what a valid one is."""
    from sitroom.ingest.metadata import FIRST_YEAR, LAST_YEAR, iso_date

    if value is None:
        return None
    iso = iso_date(value.strip())
    if iso is None:
        raise click.BadParameter(f"{value!r} is not a real date between {FIRST_YEAR} and {LAST_YEAR}; "
                                 "give it as YYYY-MM-DD, e.g. 2021-02-28")
    return iso


@main.command()
@db_option
@click.option("--limit", type=int, default=None, help="At most this many documents.")
@format_option()
@friendly
def documents(db, limit, fmt) -> None:
    """List the documents in the store."""
    with existing_store(db) as store:
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

    with existing_store(db) as store:
        record = store.record(store.find_document(doc))
    if fmt == "json":
        click.echo(json.dumps(document(record), ensure_ascii=False, indent=2))
    else:
        render_record(record, console())


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
    with existing_store(db) as store:
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
@format_option()
@friendly
def stats(db, fmt) -> None:
    """Count what the store holds."""
    with existing_store(db) as store:
        counts = store.stats()
    write_rows([{"what": k, "count": v} for k, v in counts.items()], fmt, title="store")


@main.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@format_option()
@friendly
def failures(db, limit, fmt) -> None:
    """List the documents that could not be read or processed, and why."""
    with existing_store(db) as store:
        write_rows(store.failures(limit), fmt, title="failures")


@main.command()
@click.argument("query")
@db_option
@click.option("--from", "--start", "start", help="Published on or after this date (YYYY[-MM[-DD]]).")
@click.option("--to", "--end", "end", help="Published on or before this date.")
@click.option("--source", help="Only documents whose source contains this (a file, folder, site).")
@click.option("--actor", help="Only documents that mention this actor (id or name).")
@click.option("--sort", type=click.Choice(("rank", "newest", "oldest")), default="rank",
              show_default=True, help="rank: best match first (a title match counts most).")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0, help="Skip this many results (the next page).")
@format_option()
@friendly
def search(query, db, start, end, source, actor, sort, limit, offset, fmt) -> None:
    """Full-text search: all words must occur; "quoted words" as a phrase; -word excludes."""
    from sitroom.analyze.profile import find_entity
    from sitroom.analyze.search import SearchQuery
    from sitroom.analyze.search import search as run_search

    with existing_store(db) as store:
        found = run_search(store, SearchQuery(query, start, end, source,
                                              find_entity(store, actor) if actor else None,
                                              sort, limit, offset))
    rows = found["results"]
    if fmt == "table":
        rows = [{"id": r["id"][:12], "title": r["title"] or r["source"],
                 "published": r["published"], "snippet": _marked(r["excerpt"], r["matches"])}
                for r in rows]
    shown = f"{offset + 1}-{offset + len(rows)} of {found['total']}" if rows else "none"
    write_rows(rows, fmt, title=f"search: {query} ({shown})")


def _marked(text: str, spans: list) -> Text:
    """The excerpt with its matched words in bold (as text styles, never markup)."""
    out = Text(text)
    for start, end in spans:
        out.stylize("bold underline", start, end)
    return out


@main.command()
@db_option
@click.option("--kind", help="Only this kind (person, country, organization, ...).")
@click.option("--query", "-q", help="Only names containing this.")
@click.option("--sector", help="Only this sector (COP police, MIL military, GOV government, ...; "
                               "sitroom/data/sectors.yaml).")
@click.option("--duplicates", is_flag=True, help="List likely duplicates to merge instead.")
@format_option()
@friendly
def entities(db, kind, query, sector, duplicates, fmt) -> None:
    """List the actors in the store with their mention counts."""
    if sector:
        from sitroom.resolve.sector_data import sector_codes

        if sector.upper() not in sector_codes():
            raise click.BadParameter(f"unknown sector {sector!r}; use one of {', '.join(sorted(sector_codes()))}",
                                     param_hint="--sector")
    with existing_store(db) as store:
        rows = store.entities(kind=kind, query=query, sector=sector)
    if duplicates:
        from sitroom.resolve.actors import EntitySummary, duplicate_candidates

        from sitroom.analyze.identity import link_surnames

        summaries = [EntitySummary(r.id, r.name, r.kind, r.country, r.mentions, r.documents,
                                   r.role, r.affiliation) for r in rows]
        from sitroom.resolve.org_names import MentionTails

        with existing_store(db) as store:
            linked = link_surnames(store, apply=False)
            found = duplicate_candidates(summaries, tails=MentionTails(store))
        write_rows([c.__dict__ if hasattr(c, "__dict__") else
                    {"keep": c.keep, "merge": c.merge, "score": c.score, "reason": c.reason}
                    for c in _unique(linked + found)], fmt, title="likely duplicates")
        return
    write_rows([r.__dict__ for r in rows], fmt, title="entities")


def _unique(candidates: list) -> list:
    seen, out = set(), []
    for c in candidates:
        if c.merge not in seen:
            seen.add(c.merge)
            out.append(c)
    return out


@main.command()
@click.argument("keep")
@click.argument("drop", nargs=-1, required=True)
@db_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@friendly
def merge(keep, drop, db, yes) -> None:
    """Merge the entities DROP into KEEP (ids as `sitroom entities` lists them).

    Every reference moves to KEEP (mentions, quote speakers, quantity subjects, event actors and
    targets, affiliations, aliases). Each merge is recorded: `sitroom unmerge` undoes the latest.
    """
    from sitroom.errors import NotFound
    from sitroom.store.merges import merge as merge_one

    with existing_store(db) as store:
        rows = {r.id: r for r in store.entities()}
        for eid in (keep, *drop):
            if eid not in rows:
                raise NotFound(f"no entity {eid!r}; `sitroom entities` lists them")
        for d in drop:
            click.echo(f"merge {d} ({rows[d].name}, {rows[d].mentions} mentions in {rows[d].documents} "
                       f"documents) into {keep} ({rows[keep].name}, {rows[keep].mentions} mentions)")
        _confirm(yes, "merge")
        for d in drop:
            moved, merge_id = merge_one(store, keep, d)
            click.echo(f"merged {d} into {keep}: {moved} mentions moved "
                       f"(merge {merge_id}; `sitroom unmerge {merge_id}` undoes it)")


@main.command()
@click.argument("merge_id", type=int, required=False)
@db_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@friendly
def unmerge(merge_id, db, yes) -> None:
    """Undo a merge (default: the latest); `sitroom merges` lists them. Newest first."""
    from sitroom.errors import NotFound
    from sitroom.store.merges import merge_log, unmerge as undo

    with existing_store(db) as store:
        log = [m for m in merge_log(store, 1000) if not m["undone_at"]]
        target = next((m for m in log if merge_id is None or m["id"] == merge_id), None)
        if target is None:
            raise NotFound("there is no such merge to undo; `sitroom merges` lists them")
        click.echo(f"undo merge {target['id']}: {target['dropped']} back out of {target['keep']} "
                   f"(merged {target['at']})")
        _confirm(yes, "unmerge")
        row = undo(store, target["id"])
        click.echo(f"undid merge {row['id']}: {row['dropped']} restored with {row['mentions']} mentions")


@main.command()
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@format_option()
@friendly
def merges(db, limit, fmt) -> None:
    """List the merges made in this store, newest first (and whether each was undone)."""
    from sitroom.store.merges import merge_log

    with existing_store(db) as store:
        write_rows(merge_log(store, limit), fmt, title="merges")


def _confirm(yes: bool, what: str) -> None:
    """Ask before changing the store, unless --yes; without a terminal, --yes is required."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise click.UsageError(f"{what} changes the store: pass --yes to confirm (no terminal to ask on)")
    click.confirm("go ahead?", abort=True)
