"""Writes rows as a table, JSON or CSV: the shared ``--format`` of list commands."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table

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
        table = Table(title=title, show_lines=False, header_style="bold")
        for key in rows[0] if rows else ("(none)",):
            table.add_column(str(key), overflow="fold")
        for r in rows:
            table.add_row(*(_cell(v) for v in r.values()))
        Console(file=out, width=None if out.isatty() else 160).print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:,.6g}"
    return str(value)
