"""Evaluation and the web server."""

from __future__ import annotations

import json

import click

from sitroom.cli.common import db_option, friendly, main


@main.command("eval")
@click.argument("task")
@click.option("--shared", help="The shared data folder (default ../shared).")
@click.option("--limit", type=int, help="Only the first N documents or items (quick look).")
@click.option("--part", type=click.Choice(["dev", "test", "all"]),
              help="geoparsing only: score the dev or test part of each set (sha1 of the "
              "document id, first hex digit even = dev), or all (the default).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@friendly
def evaluate(task, shared, limit, part, as_json) -> None:
    """Measure one extractor on public gold data: timex, quantities, quotes, geoparsing, ner,
    events, html, pdf."""
    from sitroom.eval import run, shared_dir

    result, report = run(task, shared_dir(shared), limit, part)
    click.echo(json.dumps(result, indent=2) if as_json else report)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--token", envvar="SITROOM_TOKEN", help="A secret every request must carry (open "
              "/?token=SECRET once in the browser); required with a --host beyond loopback.")
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="Another host name the server answers to (e.g. a DNS name); loopback names always.")
@friendly
def serve(db, host, port, token, allow_hosts) -> None:
    """Serve the situation room in a browser (map, timeline, documents, actors, search)."""
    from sitroom.web import serve as run_server
    from sitroom.web.security import is_loopback

    if not is_loopback(host) and token:
        click.echo(f"serving on {host}:{port} beyond this machine: every request must carry the token "
                   f"(open http://<this host>:{port}/?token=... once)", err=True)
    run_server(db, host, port, token=token, allow_hosts=tuple(allow_hosts))
