"""Ingestion from the browser: pasted text or one uploaded file, through the same core as the CLI.

Uploaded bytes are read in memory by ``sitroom.ingest.read_bytes`` (never written to disk, so no
path from the client is ever used); the file name only hints at the format.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitroom.ingest import ReadOptions, read_bytes
from sitroom.ingest_run import IngestOptions, ingest_articles
from sitroom.model import Article, Failure, Record

__all__ = ["MAX_DOCUMENTS", "ingest", "safe_name"]

MAX_DOCUMENTS = 100  # a JSONL or CSV upload may hold several articles; refuse more than this


def safe_name(filename: str | None) -> str:
    """The base name of an uploaded file with anything but word characters, '.' and '-' dropped."""
    base = re.split(r"[\\/]", filename or "")[-1]
    return re.sub(r"[^\w.\-]+", "_", base)[:120].lstrip(".") or "upload"


def articles(text: str | None, data: bytes | None, filename: str | None, title: str | None,
             published: str | None, max_bytes: int) -> list[Article | Failure]:
    """What the form holds: the uploaded file's articles, else the pasted text as one article."""
    options = ReadOptions(published=published or None, max_bytes=max_bytes)
    if data:
        name = safe_name(filename)
        items = list(read_bytes(data, f"upload:{name}", options, name=name))
    elif text and text.strip():
        items = list(read_bytes(text.encode("utf-8"), "pasted text", options, name="pasted.txt"))
    else:
        return [Failure("form", "nothing to ingest: paste some text or choose a file")]
    if len(items) > MAX_DOCUMENTS:
        return [Failure("form", f"the upload holds {len(items)} documents; at most "
                                f"{MAX_DOCUMENTS} at a time (use `sitroom ingest` for more)")]
    if title and title.strip():
        items = [replace(a, title=title.strip()) if isinstance(a, Article) else a for a in items]
    return items


def ingest(items: list[Article | Failure], store, nlp) -> list[dict]:
    """Process and store ``items``; one result dict per document, in order."""
    results: list[dict] = []

    def notify(outcome: str, item: Article | Record | Failure) -> None:
        if isinstance(item, Failure):
            results.append({"outcome": "failed", "source": item.source, "reason": item.reason})
            return
        article = item.article if isinstance(item, Record) else item
        results.append({"outcome": outcome, "document": article.id, "title": article.title,
                        "source": article.source, "href": f"/documents/{article.id}"})

    ingest_articles(items, store, nlp, IngestOptions(progress=False), notify)
    return results
