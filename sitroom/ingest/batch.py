"""Read batches: JSON Lines and CSV files with one article per row, streamed row by row."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from typing import IO

from sitroom.ingest.article import build_article
from sitroom.ingest.metadata import Header, iso_date, split_authors
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.model import Article, Failure

__all__ = ["read_csv", "read_jsonl", "row_article"]

_TEXT_FIELDS = ("text", "body", "content", "articleBody", "maintext")
_DATE_FIELDS = ("published", "date", "date_publish", "datePublished", "pubdate")
_AUTHOR_FIELDS = ("authors", "author", "byline")


def _first(row: dict, names: tuple[str, ...]) -> object:
    for name in names:
        value = row.get(name)
        if value not in (None, "", []):
            return value
    return None


def row_article(row: object, source: str, fmt: str, options: ReadOptions) -> Article:
    """One batch row (a mapping of field names) as an Article."""
    if not isinstance(row, dict):
        raise ReadError(f"is not an object with a 'text' field but {type(row).__name__}; fix this row")
    text = _first(row, _TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise ReadError("has no 'text' (or 'body'/'content') field with article text; add one or drop the row")
    if len(text.encode("utf-8")) > options.max_bytes:
        raise ReadError(f"has a text over the {options.max_bytes / 2**20:.1f} MiB limit; "
                        "split it or pass a larger --max-bytes")
    raw_date = _first(row, _DATE_FIELDS)
    known = Header(
        title=str(row["title"]).strip() or None if row.get("title") else None,
        authors=split_authors(_first(row, _AUTHOR_FIELDS)),
        published=iso_date(raw_date),
        url=str(row["url"]) if row.get("url") else None,
    )
    return build_article(text, source, fmt, options, known=known)


def read_jsonl(stream: IO[bytes], source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Each non-blank line of a JSON Lines stream as an Article or a Failure naming the line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            detail = err.msg if isinstance(err, json.JSONDecodeError) else "not UTF-8"
            yield Failure(where, f"{source} row {number} is not valid JSON ({detail}); fix or remove that line")
            continue
        yield _row(row, where, "jsonl", options)


def read_csv(stream: IO[bytes], source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Each data row of a CSV stream (with a header row) as an Article or a Failure naming the row."""
    head = stream.peek(65536)[:65536] if hasattr(stream, "peek") else b""
    encoding = "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as err:
            encoding = "utf-8-sig" if err.start > len(head) - 4 else "cp1252"
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    reader = csv.DictReader(text)
    number = 0
    while True:
        number += 1
        where = f"{source}#{number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Failure(where, f"{source} row {number} is not valid CSV ({err}); fix its quoting")
            continue
        if None in row:
            yield Failure(where, f"{source} row {number} has more fields than the header row; fix that row")
            continue
        yield _row(row, where, "csv", options)


def _row(row: object, where: str, fmt: str, options: ReadOptions) -> Article | Failure:
    try:
        return row_article(row, where, fmt, options)
    except ReadError as err:
        path, number = where.rsplit("#", 1)
        return Failure(where, f"{path} row {number} {err}")
