"""Read batches: JSON Lines and CSV files with one article per row, streamed row by row."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from typing import IO

from sitroom.ingest.article import build_article
from sitroom.ingest.metadata import Header, iso_date, split_authors
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.limits import one_line
from sitroom.model import Article, Failure

__all__ = ["read_csv", "read_jsonl", "row_article"]

_TEXT_FIELDS = ("text", "body", "content", "articleBody", "maintext")
_DATE_FIELDS = ("published", "date", "date_publish", "datePublished", "pubdate")
_AUTHOR_FIELDS = ("authors", "author", "byline")
_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON may escape half a UTF-16 pair: not a character
_CHUNK = 1 << 20


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
    row = {k: _scrub(v) for k, v in row.items()}
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


def _scrub(value: object) -> object:
    """Strings with lone UTF-16 surrogates replaced by U+FFFD (they cannot be stored or printed)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read with at most ``limit`` bytes held; None for a longer one."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
            pass  # skip the rest of an over-long line without holding it
        yield None


def read_jsonl(stream: IO[bytes], source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Each non-blank line of a JSON Lines stream as an Article or a Failure naming the line."""
    for number, line in enumerate(_lines(stream, options.max_bytes), start=1):
        where = f"{source}#{number}"
        if line is None:
            yield Failure(where, f"{source} row {number} is over the {options.max_bytes / 2**20:.1f} MiB "
                                 "limit for one article; split it or pass a larger --max-bytes")
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as err:
            detail = (err.msg if isinstance(err, json.JSONDecodeError) else
                      "not UTF-8" if isinstance(err, UnicodeDecodeError) else "nested too deeply")
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
    path, number = where.rsplit("#", 1)
    try:
        return row_article(row, where, fmt, options)
    except ReadError as err:
        return Failure(where, f"{path} row {number} {err}")
    except Exception as exc:  # noqa: BLE001 - one bad row never stops a batch
        return Failure(where, f"{path} row {number} could not be read ({one_line(exc)}); fix or remove that row")
