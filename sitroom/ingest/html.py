"""Read an HTML page: trafilatura finds the article body and its metadata."""

from __future__ import annotations

import re

from sitroom.ingest.article import build_article
from sitroom.ingest.metadata import Header, iso_date, split_authors
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.sniff import decode
from sitroom.model import Article

__all__ = ["article_from_extraction", "extract_html", "read_html"]

# trafilatura's precision/recall trade-off, by ReadOptions.html_mode (measured: docs/accuracy-ingest.md).
_MIN_WORDS = 8  # fewer words than a sentence: navigation scraps, not an article
MAX_HTML = 16 * 1024 * 1024  # characters of markup; news pages are well under 2 MB
MAX_TAG = 32 * 1024  # characters in one tag: 200,000 attributes on one element take parsers minutes
_TAG = re.compile(r"<[^<>]*>?")
_MODES = {"precision": {"favor_precision": True}, "balanced": {}, "recall": {"favor_recall": True}}


def extract_html(html: str, mode: str = "balanced") -> tuple[str, Header]:
    """Body text (one paragraph per line) and metadata of an HTML page."""
    import trafilatura  # heavy import: only when HTML is read

    if mode not in _MODES:
        raise ValueError(f"html mode must be one of {sorted(_MODES)}, not {mode!r}")
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False,
        **_MODES[mode],
    )
    if doc is None or not (doc.text or "").strip():
        return "", Header()
    header = Header(
        title=(doc.title or "").strip() or None,
        authors=split_authors(doc.author.split(";") if doc.author else None),
        published=iso_date(doc.date),
        url=doc.url or None,
    )
    return doc.text, header


def read_html(data: bytes, source: str, options: ReadOptions) -> Article:
    """Read an HTML page into an Article, or raise ReadError when it holds no article."""
    text = decode(data, options.encoding)
    if "<" not in text:
        raise ReadError("has an .html name but no HTML markup; rename it to .txt")
    check_markup(text)
    body, header = extract_html(text, options.html_mode)
    return article_from_extraction(body, header, source, options)


def check_markup(html: str) -> None:
    """ReadError for markup that would take the HTML parser far longer than its size suggests."""
    if len(html) > MAX_HTML:
        raise ReadError(f"is {len(html) / 2**20:.1f} MiB of HTML, over the {MAX_HTML / 2**20:.0f} MiB read as "
                        "one page; save the article text instead")
    longest = max((m.end() - m.start() for m in _TAG.finditer(html)), default=0)
    if longest > MAX_TAG:
        raise ReadError(f"has an HTML tag of {longest:,} characters (attributes without end?), over the "
                        f"{MAX_TAG:,} a page needs; save the article text instead")


def article_from_extraction(body: str, header: Header, source: str, options: ReadOptions) -> Article:
    """The Article for trafilatura's output: headline moved to the title, paragraphs cleaned."""
    if not body.strip():
        raise ReadError("is HTML in which no article text was found (malformed, or a page without an article); "
                        "save the article page itself or its text")
    # trafilatura puts one paragraph per line: make each a paragraph before cleaning.
    lines = [line for line in body.split("\n") if line.strip()]
    if header.title and lines and lines[0].strip().casefold() == header.title.casefold():
        lines = lines[1:]  # the headline goes to Article.title, as with text headers
    paragraphs = "\n\n".join(lines)
    article = build_article(paragraphs, source, "html", options, known=header, header=False, markdown=False)
    if len(article.text.split()) < _MIN_WORDS:
        raise ReadError(f"is HTML with no article text (only {article.text[:40]!r}); save the article page itself")
    return article
