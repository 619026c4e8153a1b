"""Turn extracted text plus what is known about it into a cleaned ``Article``."""

from __future__ import annotations

from sitroom.ingest.clean import clean, normalize
from sitroom.ingest.metadata import Header, split_header
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.sniff import decode
from sitroom.model import Article

__all__ = ["build_article", "read_text"]


def build_article(
    raw: str,
    source: str,
    fmt: str,
    options: ReadOptions,
    known: Header = Header(),
    header: bool = True,
    markdown: bool = True,
) -> Article:
    """Clean ``raw`` into an Article; fields in ``known`` win over a header found in the text."""
    found, body = split_header(normalize(raw)) if header else (Header(), raw)
    text = clean(body, markdown=markdown)
    if not text.strip():
        what = "is empty" if not raw.strip() else "has no article text left after cleaning"
        raise ReadError(f"{what}; check that it is the article you meant to read")
    return Article(
        text=text,
        source=source,
        title=known.title or found.title,
        authors=known.authors or found.authors,
        published=options.published or known.published or found.published,
        url=known.url or found.url,
        fmt=fmt,
    )


def read_text(data: bytes, source: str, fmt: str, options: ReadOptions) -> Article:
    """Read a plain-text or Markdown document."""
    return build_article(decode(data, options.encoding), source, fmt, options)
