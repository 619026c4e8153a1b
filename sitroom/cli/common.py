"""Shared pieces of the CLI: the command group, option bundles, and the error edge."""

from __future__ import annotations

import sys
from functools import wraps
from pathlib import Path

import click

from sitroom import settings
from sitroom.errors import ConfigError, SitroomError
from sitroom.output import FORMATS, console

err = console(stderr=True)


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
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
    return wrapper


def existing_store(db: str):
    """Open the store at ``db`` for reading; a one-line error when there is none (reading must
    never create an empty store in the current folder)."""
    from sitroom.store import open_store

    if db != ":memory:" and "://" not in db and not Path(db).exists():
        raise ConfigError(f"no store at {db}: fill it first with `sitroom ingest --db {db} FILES...`"
                          " (or pass --db / set SITROOM_DB to an existing store)")
    return open_store(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitroom")
def main() -> None:
    """sitroom: a sourced, living situation picture from news articles."""
