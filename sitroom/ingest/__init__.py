"""Readers: files, folders and stdin in, cleaned ``Article`` records (or ``Failure``) out.

Formats: plain text and Markdown, HTML (trafilatura), PDF (pypdf), JSON Lines and CSV batches
(one article per row), each optionally gzip-compressed. One bad document becomes a ``Failure``
whose reason names it and says what to do; it never stops the iteration, whatever goes wrong
inside a reader. Work per input is bounded: sizes are checked while reading and inflating,
only regular files are opened, and each document has a time limit (``limits.deadline``).
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom.ingest.article import read_text
from sitroom.ingest.batch import read_csv, read_jsonl
from sitroom.ingest.clean import clean
from sitroom.ingest.files import display, gunzip, read_capped, regular_file, too_big, walk
from sitroom.ingest.html import read_html
from sitroom.ingest.options import DEFAULT_MAX_BYTES, ReadError, ReadOptions
from sitroom.ingest.pdf import read_pdf
from sitroom.ingest.sniff import binary_kind, detect_format
from sitroom.limits import TimeLimit, deadline, one_line
from sitroom.model import Article, Failure

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "ReadOptions", "clean", "iter_files", "read", "read_bytes"]

_BATCH = ("jsonl", "csv")


def read(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Article | Failure]:
    """Every article in ``paths`` (files, folders read recursively, ``-`` for stdin), in order."""
    for path in paths:
        if str(path) == "-":
            yield from _guarded(_read_stdin(options), "-")
            continue
        path = Path(path)
        source = display(path)
        if not path.exists():
            yield Failure(source, f"{source} does not exist; check the path")
        elif path.is_dir():
            for file in walk(path):
                if isinstance(file, Failure):
                    yield file
                else:
                    yield from _guarded(_read_file(file, options), display(file))
        else:
            yield from _guarded(_read_file(path, options), source)


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively and sorted, skipping hidden files and folders."""
    return (p for p in walk(folder) if isinstance(p, Path))


def _guarded(items: Iterator[Article | Failure], source: str) -> Iterator[Article | Failure]:
    """``items``, with any error a reader did not foresee turned into one last Failure."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - one bad input never stops a batch
        yield Failure(source, f"{source} could not be read ({one_line(exc)}); "
                              "check the file, and please report it if it looks sound")


def _read_stdin(options: ReadOptions) -> Iterator[Article | Failure]:
    head = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(head) > options.max_bytes and detect_format("", head[:65536]) in _BATCH:
        # a batch is checked row by row, not as a whole: stream the rest
        stream = io.BufferedReader(_Chained(head, sys.stdin.buffer))
        yield from _read_batch(detect_format("", head[:65536]), stream, "-", options)
        return
    yield from read_bytes(head, "-", options)


class _Chained(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, rest) -> None:
        self.head, self.rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    """Articles from one file; batch files are streamed, other files read whole."""
    source = display(path)
    try:
        fmt = detect_format(path.name, b"")
        if fmt in _BATCH:
            regular_file(path)
            gz = _is_gzip_named(path)
            with (gzip.open(path, "rb") if gz else open(path, "rb")) as stream:
                yield from _read_batch(fmt, io.BufferedReader(stream) if gz else stream, source, options)
            return
        data = read_capped(path, options.max_bytes)
    except ReadError as err:
        yield Failure(source, f"{source} {err}")
        return
    except (OSError, EOFError) as err:
        yield Failure(source, f"{source} cannot be read ({getattr(err, 'strerror', None) or err}); "
                              "check that it is a complete, readable file")
        return
    yield from read_bytes(data, source, options, name=path.name)


def read_bytes(data: bytes, source: str, options: ReadOptions, name: str = "") -> Iterator[Article | Failure]:
    """Articles from a document's bytes; ``name`` (a file name) hints at the format."""
    try:
        if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
            data = gunzip(data, options.max_bytes)
            name = name[:-3] if name.lower().endswith(".gz") else name
        fmt = detect_format(name, data)
        if fmt in _BATCH:
            yield from _read_batch(fmt, io.BufferedReader(io.BytesIO(data)), source, options)
            return
        if len(data) > options.max_bytes:
            raise ReadError(too_big(options.max_bytes, len(data)))
        if not data.strip():
            raise ReadError("is empty; nothing to read")
        kind = binary_kind(data) if fmt != "pdf" else None
        if kind:
            raise ReadError(f"is a binary file ({kind}), not an article; convert it to text, HTML or PDF")
        with deadline(options.seconds):
            article = _read_one(fmt, data, source, options)
    except ReadError as err:
        yield Failure(source, f"{source} {err}")
        return
    except TimeLimit:
        yield Failure(source, f"{source} took over {options.seconds:g} s to read (a pathological file?); "
                              "check it, or raise SITROOM_DOC_SECONDS")
        return
    yield article


def _read_one(fmt: str, data: bytes, source: str, options: ReadOptions) -> Article:
    if fmt == "pdf":
        return read_pdf(data, source, options)
    if fmt == "html":
        return read_html(data, source, options)
    return read_text(data, source, fmt, options)


def _read_batch(fmt: str, stream: io.BufferedIOBase, source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    reader = read_jsonl if fmt == "jsonl" else read_csv
    yield from reader(stream, source, options)


def _is_gzip_named(path: Path) -> bool:
    return path.name.lower().endswith(".gz")
