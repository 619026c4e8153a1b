"""Readers: files, folders and stdin in, cleaned ``Article`` records (or ``Failure``) out.

Formats: plain text and Markdown, HTML (trafilatura), PDF (pypdf), JSON Lines and CSV batches
(one article per row), each optionally gzip-compressed. One bad document becomes a ``Failure``
whose reason names it and says what to do; it never stops the iteration.
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
from sitroom.ingest.html import read_html
from sitroom.ingest.options import DEFAULT_MAX_BYTES, ReadError, ReadOptions
from sitroom.ingest.pdf import read_pdf
from sitroom.ingest.sniff import binary_kind, detect_format, gunzip
from sitroom.model import Article, Failure

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "ReadOptions", "clean", "iter_files", "read", "read_bytes"]

_BATCH = ("jsonl", "csv")


def read(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Article | Failure]:
    """Every article in ``paths`` (files, folders read recursively, ``-`` for stdin), in order."""
    for path in paths:
        if str(path) == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            if len(data) > options.max_bytes and detect_format("", data[:65536]) in _BATCH:
                data += sys.stdin.buffer.read()  # a batch is checked row by row, not as a whole
            yield from read_bytes(data, "-", options)
            continue
        path = Path(path)
        if not path.exists():
            yield Failure(str(path), f"{path} does not exist; check the path")
        elif path.is_dir():
            for file in iter_files(path):
                yield from _read_file(file, options)
        else:
            yield from _read_file(path, options)


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively and sorted, skipping hidden files and folders."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from iter_files(entry)
        elif entry.is_file():
            yield entry


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    """Articles from one file; batch files are streamed, other files read whole."""
    source = str(path)
    try:
        fmt = detect_format(path.name, b"")
        if fmt in _BATCH:
            opener = gzip.open if _is_gzip_named(path) else open
            with opener(path, "rb") as stream:
                yield from _read_batch(fmt, io.BufferedReader(stream) if _is_gzip_named(path) else stream,
                                       source, options)
            return
        size = path.stat().st_size
        if size > options.max_bytes and not _is_gzip_named(path):
            raise ReadError(_too_big(size, options))
        data = path.read_bytes()
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
            data = gunzip(data)
            name = name[:-3] if name.lower().endswith(".gz") else name
        fmt = detect_format(name, data)
        if fmt in _BATCH:
            yield from _read_batch(fmt, io.BufferedReader(io.BytesIO(data)), source, options)
            return
        if len(data) > options.max_bytes:
            raise ReadError(_too_big(len(data), options))
        if not data.strip():
            raise ReadError("is empty; nothing to read")
        kind = binary_kind(data) if fmt != "pdf" else None
        if kind:
            raise ReadError(f"is a binary file ({kind}), not an article; convert it to text, HTML or PDF")
        if fmt == "pdf":
            yield read_pdf(data, source, options)
        elif fmt == "html":
            yield read_html(data, source, options)
        else:
            yield read_text(data, source, fmt, options)
    except ReadError as err:
        yield Failure(source, f"{source} {err}")


def _read_batch(fmt: str, stream: io.BufferedIOBase, source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    reader = read_jsonl if fmt == "jsonl" else read_csv
    yield from reader(stream, source, options)


def _is_gzip_named(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def _too_big(size: int, options: ReadOptions) -> str:
    return (f"is {size / 2**20:.1f} MiB, over the {options.max_bytes / 2**20:.1f} MiB limit for one article; "
            "split it or pass a larger --max-bytes")
