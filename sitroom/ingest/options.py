"""Reading options and the one exception readers raise.

    ReadError            a document that cannot be read; its message names the problem and the fix
"""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.errors import ReadError  # noqa: F401  (re-exported: readers raise it)

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "ReadOptions"]

DEFAULT_MAX_BYTES = 25 * 1024 * 1024  # as settings.max_bytes; an article is rarely 1 MiB, PDFs with images more


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read documents: one bundle instead of many keyword arguments."""

    published: str | None = None  # ISO date that overrides whatever the document says (--published)
    max_bytes: int = DEFAULT_MAX_BYTES  # larger single-document files fail; batch rows are checked one by one
    password: str | None = None  # for encrypted PDFs
    encoding: str | None = None  # force a text encoding instead of detecting it
    seconds: float | None = None  # time limit for reading one document (settings.doc_seconds); None: no limit
    html_mode: str = "precision"  # trafilatura: precision, balanced or recall (chosen on dev pages: docs/accuracy-ingest.md)


