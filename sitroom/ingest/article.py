"""Turn extracted text plus what is known about it into a cleaned ``Article``."""

from __future__ import annotations

from sitroom.ingest.clean import clean, normalize
from sitroom.ingest.metadata import Header, iso_date, split_header
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.sniff import decode
from sitroom.limits import web_url
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
    normal = normalize(raw)
    found, body = split_header(normal) if header else (Header(), normal)
    if known.title and found.title and found.title.casefold() != known.title.casefold():
        found, body = Header(), normal  # the first line is not the known title: keep it as text
    first, _, rest = body.lstrip().partition("\n")
    if known.title and first.strip().casefold() == known.title.casefold() and rest.strip():
        body = rest  # the headline repeated at the top of the text
    text = clean(body, markdown=markdown, normalized=True)
    if not text.strip():
        what = "is empty" if not raw.strip() else "has no article text left after cleaning"
        raise ReadError(f"{what}; check that it is the article you meant to read")
    published = known.published or found.published
    if options.published:
        published = iso_date(options.published)
        if published is None:
            raise ReadError(f"was given the publication date {options.published!r}, which is not a real "
                            "date between 1800 and 2100; give it as YYYY-MM-DD")
    return Article(
        text=text,
        source=source,
        title=known.title or found.title,
        authors=known.authors or found.authors,
        published=published,
        url=web_url(known.url or found.url),
        fmt=fmt,
    )


def read_text(data: bytes, source: str, fmt: str, options: ReadOptions) -> Article:
    """Read a plain-text or Markdown document."""
    return build_article(decode(data, options.encoding), source, fmt, options)
