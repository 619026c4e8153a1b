"""Evaluation and the web server."""

from __future__ import annotations

import json

import click

from sitroom.cli.common import db_option, friendly, main


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
