"""Shared pieces of the CLI: the command group, option bundles, and the error edge."""

from __future__ import annotations

import os
import sys
from functools import wraps
from pathlib import Path

import click

from sitroom import settings
from sitroom.errors import ConfigError, SitroomError
from sitroom.limits import one_line
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


# Exit codes (README "Exit codes"): 0 all went well; 1 some inputs failed (each has a Failure row);
# 2 a usage error or an error sitroom explains (bad option, store that cannot be opened);
# 3 sitroom itself failed (a bug: the one-line message asks for a report).
EXIT_INPUTS_FAILED, EXIT_ERROR, EXIT_CRASH = 1, 2, 3


def friendly(f):
    """Turn sitroom's errors into one line on stderr and exit code 2; anything else exits 3."""
    @wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except SitroomError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - the CLI edge: one line, a distinct exit code
            if os.environ.get("SITROOM_DEBUG"):
                raise
            click.echo(f"sitroom failed: {one_line(exc)}; this is a bug, please report it "
                       "(SITROOM_DEBUG=1 shows the traceback)", err=True)
            sys.exit(EXIT_CRASH)
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
