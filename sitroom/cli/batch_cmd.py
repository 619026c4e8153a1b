"""``sitroom batch``: the pipeline over a large input, locally or on Ray, resumable."""

from __future__ import annotations

import sys
from collections import Counter

import click

from sitroom import settings
from sitroom.cli.common import err, friendly, main


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: worker processes here; ray: Ray Data on the cluster ray.init finds "
                   "(RAY_ADDRESS), or a local one.")
@click.option("--db", help="Store the results here (SQLite path or postgresql:// URL).")
@click.option("--out", help="Write the results as Parquet files (one per chunk) into this folder.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default="one per core/CPU",
              help="Worker processes (local) or Ray actors (ray).")
@click.option("--batch-size", type=click.IntRange(min=1), default=lambda: int(settings.get("batch_size")),
              show_default="32", help="Documents per spaCy batch.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
@friendly
def batch(inputs, engine, db, out, workers, batch_size, quiet) -> None:
    """Process INPUTS (files, folders, JSON Lines, CSV, Parquet) into --db and/or --out.

    A re-run skips the documents already done, so a killed run finishes the rest only.
    """
    from rich.text import Text

    from sitroom.batch import BatchOptions, run_batch
    from sitroom.ingest import ReadOptions
    from sitroom.model import Failure
    from sitroom.nlp import NlpOptions

    counts: Counter = Counter()

    def notify(outcome: str, item: object) -> None:
        counts[outcome] += 1
        if isinstance(item, Failure):
            err.print(Text.assemble(("failed: ", "red"), item.reason), soft_wrap=True)
        elif not quiet and sum(counts.values()) % 100 == 0:
            err.print(Text(_summary(counts)))

    options = BatchOptions(engine=engine, db=db, out=out, workers=workers, batch_size=batch_size)
    run_batch(inputs, options, ReadOptions(max_bytes=int(settings.get("max_bytes"))), NlpOptions(), notify)
    click.echo(f"{_summary(counts)} -> {', '.join(x for x in (db, out) if x)}")
    sys.exit(1 if counts.get("failed") else 0)


def _summary(counts: Counter) -> str:
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in ("stored", "unchanged", "failed"))
