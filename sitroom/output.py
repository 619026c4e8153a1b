"""Writes rows as a table, JSON or CSV: the shared ``--format`` of list commands.

Table cells are plain ``rich.text.Text``: article text such as "[t]he" or "[/b]" is printed as
written, never read as rich markup.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "csv")


def write_rows(rows: Sequence[dict], fmt: str, *, title: str | None = None,
               out: TextIO | None = None) -> None:
    """Print ``rows`` (dicts with the same keys) in ``fmt``."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    else:
        table = Table(show_lines=False, header_style="bold", box=box.SIMPLE_HEAD)
        for key in rows[0] if rows else ("(none)",):
            table.add_column(Text(str(key)), overflow="fold")
        for r in rows:
            table.add_row(*(v if isinstance(v, Text) else Text(_cell(v)) for v in r.values()))
        if title:
            console(out).print(Text(title, style="bold"))
        console(out).print(table)


def stream_rows(rows: Iterable[dict], fmt: str, out: TextIO | None = None) -> None:
    """``write_rows`` in JSON or CSV for rows that come one at a time: each is written as it
    comes, and the text is the same as ``write_rows`` gives for their list."""
    out = out or sys.stdout
    rows = iter(rows)
    first = next(rows, None)
    if fmt == "json":
        out.write("[")
        for n, r in enumerate(chain([first], rows) if first is not None else ()):
            out.write(("\n  " if n == 0 else ",\n  ")  # json.dump's indent=2, one level down
                      + json.dumps(r, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        out.write("]\n" if first is None else "\n]\n")
    elif fmt == "csv":
        if first is not None:
            writer = csv.DictWriter(out, fieldnames=list(first), lineterminator="\n")
            writer.writeheader()
            for r in chain([first], rows):
                writer.writerow({k: _cell(v) for k, v in r.items()})
    else:
        raise ValueError(f"stream_rows writes json or csv, not {fmt!r}")


def console(out: TextIO | None = None, stderr: bool = False) -> Console:
    """A console that never reads markup or highlights in data; 160 columns when not a terminal."""
    plain = {"highlight": False, "markup": False, "emoji": False}
    if out is None and stderr:  # follows sys.stderr when it is swapped (tests, redirection)
        return Console(stderr=True, **plain)
    out = out or sys.stdout
    wide = out.isatty() or "COLUMNS" in os.environ
    return Console(file=out, width=None if wide else 160, **plain)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        from sitroom.figures import format_number

        return format_number(value)
    return str(value)
