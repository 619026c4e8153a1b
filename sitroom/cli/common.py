"""Shared pieces of the CLI: the command group, option bundles, and the error edge."""

from __future__ import annotations

import sys
from functools import wraps

import click
from rich.console import Console

from sitroom import settings
from sitroom.errors import SitroomError
from sitroom.output import FORMATS

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
