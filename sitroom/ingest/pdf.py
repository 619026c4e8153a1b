"""Read a PDF with pypdf: text page by page, encrypted and damaged files turned into clear errors."""

from __future__ import annotations

import io
import logging
from dataclasses import replace

from sitroom.ingest.article import build_article
from sitroom.ingest.metadata import Header, split_authors
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.model import Article

__all__ = ["article_from_pdf_text", "pdf_text", "read_pdf"]


MAX_PAGES = 5000  # a news article, or a report read as one, is far shorter


def pdf_text(data: bytes, password: str | None = None, max_chars: int = 25 * 1024 * 1024) -> tuple[str, Header]:
    """Text of every page (pages separated by a blank line) and the PDF's own title and author."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every recoverable flaw
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(password or ""):
            if password:
                raise ReadError("is an encrypted PDF and the password given does not open it; check --password")
            raise ReadError("is an encrypted PDF; pass its password with --password")
        if len(reader.pages) > MAX_PAGES:
            raise ReadError(f"is a PDF of {len(reader.pages):,} pages, over the {MAX_PAGES:,} read as one "
                            "article; split it into articles")
        pages: list[str] = []
        chars = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            chars += len(pages[-1])
            if chars > max_chars:
                raise ReadError(f"is a PDF with over {max_chars:,} characters of text; split it into articles")
        info = reader.metadata
    except DependencyError as err:
        raise ReadError(f"is an encrypted PDF that needs the 'cryptography' package ({err}); "
                        "pip install cryptography") from None
    except FileNotDecryptedError:
        raise ReadError("is an encrypted PDF; pass its password with --password") from None
    except LimitReachedError as err:
        raise ReadError(f"is a PDF whose streams inflate past pypdf's safety limits ({_one_line(err)}): "
                        "a compression bomb or a damaged file; re-export it") from None
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, EOFError, AttributeError, IndexError,
            RecursionError, OverflowError, ZeroDivisionError, AssertionError, OSError) as err:
        raise ReadError(f"is a damaged or truncated PDF ({_one_line(err)}); re-download or re-export it") from None
    title = str(info.title).strip() if info and info.title else None
    author = str(info.author).strip() if info and info.author else None
    header = Header(title=title if _plausible_title(title) else None, authors=split_authors(author))
    return "\n\n".join(p.strip() for p in pages if p.strip()), header


def _plausible_title(title: str | None) -> bool:
    """PDF title fields often hold a file name or the authoring tool instead of a title."""
    if not title or len(title) < 4:
        return False
    lower = title.lower()
    return not (lower.startswith(("microsoft word", "untitled")) or lower.endswith((".doc", ".docx", ".pdf", ".indd")))


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())[:120] or type(err).__name__


def read_pdf(data: bytes, source: str, options: ReadOptions) -> Article:
    """Read a PDF into an Article, or raise ReadError saying what to do."""
    text, meta = pdf_text(data, options.password, options.max_bytes)
    return article_from_pdf_text(text, meta, source, options)


def article_from_pdf_text(text: str, meta: Header, source: str, options: ReadOptions) -> Article:
    """The Article for a PDF's page text; the PDF's own title and author fill gaps in the header."""
    if not text.strip():
        raise ReadError("is a PDF without a text layer (a scan?); run OCR on it first (e.g. ocrmypdf)")
    article = build_article(text, source, "pdf", options, markdown=False)
    if article.title is None and meta.title:
        article = replace(article, title=meta.title)
    if not article.authors and meta.authors:
        article = replace(article, authors=meta.authors)
    return article
