"""Title, authors and publication date from a plain-text header, and date normalisation.

A header is the run of short lines at the top of a text file: a title (perhaps ``# Title``,
perhaps repeated), a byline and a date line, in any order after the title. Only the lines that
were recognised are removed; the body starts at the first line that is none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from sitroom.ingest.clean import strip_markdown_inline

__all__ = ["Header", "iso_date", "split_authors", "split_header"]

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_HINT = re.compile(rf"\b{_MONTH}\b|\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b")
_DATE_PREFIX = re.compile(
    r"^(published|posted|updated|last updated|first published|date|dated|released|issued)"
    r"( on| at)?\s*[:\-–]?\s*",
    re.I,
)
_BY = re.compile(r"^(by|written by|words by|author|authors|reporting by)\s*:?\s+", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|de|da|del|der|di|du|la|le|van|von|bin|ibn|al|el)$")
_NOT_IN_NAMES = frozenset("the a an of in on at for to from with news says said after over new".split())
_PART_SPLIT = re.compile(r"\s+[|•·—–-]\s+|,\s+(?=(?:published|updated|\w+day\b|\d))", re.I)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MAX_HEADER_LINES = 8
_MAX_TITLE_WORDS = 30
_MAX_HEADER_CHARS = 300
_MAX_FRONT_MATTER = 64 * 1024  # a front-matter block is a few lines; a larger one is not read as YAML
# Publication dates outside these years are impossible for a news article, or a placeholder
# (0000-00-00, 9999-12-31); they are treated as unknown, and refused when given by the user.
FIRST_YEAR, LAST_YEAR = 1800, 2100


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases (no "billion laughs") and with dates left as text."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed in front matter",
                                              event.start_mark)
        return super().compose_node(parent, index)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class Header:
    """What a document's header says about it."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None


def iso_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from a date object or a date string, or None when unreadable.

    Dates outside FIRST_YEAR..LAST_YEAR are None too: no news article is dated 0001 or 9999.
    """
    found = _iso_date(value)
    if found is None or not FIRST_YEAR <= int(found[:4]) <= LAST_YEAR:
        return None
    return found


def _iso_date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, (str, int, float)):
        return None
    text = _DATE_PREFIX.sub("", str(value).strip())
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    if not _YEAR.search(text) or len(text) > 80:
        return None
    import dateparser  # slow to import: only when a date needs parsing

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def split_authors(value: object) -> tuple[str, ...]:
    """Author names from a list or a "A, B and C" / "A; B" string, without "By"."""
    if value is None:
        return ()
    items = value if isinstance(value, (list, tuple)) else _AUTHOR_SPLIT.split(_BY.sub("", str(value).strip()))
    names = (" ".join(str(item).split()).strip(" .") for item in items if item)
    return tuple(dict.fromkeys(n for n in names if n))


def _byline(line: str) -> tuple[str, ...]:
    """Author names when ``line`` is a byline, else ()."""
    explicit = bool(_BY.match(line))
    names = split_authors(line)
    if not names or any(c.isdigit() for c in line) or line[-1] in ".!?:":
        return ()
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
            return ()
        if not explicit and (len(words) == 1 or any(w.lower() in _NOT_IN_NAMES for w in words)):
            return ()  # without "By", only name-shaped lines count: "The Army Moved North" is not one
    return names


def _date_line(line: str) -> str | None:
    """The ISO date when ``line`` is a date line, else None."""
    if len(line.split()) > 10 or not _DATE_HINT.search(line) or not _YEAR.search(line):
        return None
    return iso_date(line)


def _classify(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """(authors, date) when a line is a byline, a date line or both joined; else None."""
    if len(line) > _MAX_HEADER_CHARS:
        return None
    date = _date_line(line)
    if date:
        return (), date
    names = _byline(line)
    if names:
        return names, None
    parts = [p for p in _PART_SPLIT.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    authors: tuple[str, ...] = ()
    found: str | None = None
    for part in parts:
        found_date = _date_line(part)
        part_names = () if found_date else _byline(part)
        if not (found_date or part_names):
            return None
        found = found or found_date
        authors += part_names
    return authors, found


def _title_line(line: str) -> str | None:
    """The title when ``line`` can be a title (short, not ending like a sentence), else None."""
    if len(line) > _MAX_HEADER_CHARS:
        return None
    heading = line.startswith("#")
    text = strip_markdown_inline(line.lstrip("#").strip()).strip()
    words = text.split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return None
    if not heading and (text[-1] in ".,;:" and not text.endswith("..")) and not re.search(r"\b[A-Z]\.$", text):
        return None
    return text


def _front_matter(text: str) -> tuple[Header, str] | None:
    """A YAML front-matter block (Markdown) as a header."""
    match = _FRONT_MATTER.match(text[:_MAX_FRONT_MATTER]) if text.startswith("---\n") else None
    if not match:
        return None
    try:
        data = yaml.load(match.group(1), Loader=_FrontMatterLoader)  # noqa: S506 - a safe loader, stricter still
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    header = Header(
        title=str(data["title"]).strip() if data.get("title") else None,
        authors=split_authors(data.get("authors") or data.get("author")),
        published=iso_date(data.get("date") or data.get("published")),
        url=str(data["url"]) if data.get("url") else None,
    )
    return header, text[match.end():]


def split_header(text: str) -> tuple[Header, str]:
    """The header of a normalised text and the text after it (the body)."""
    front = _front_matter(text)
    if front:
        inner, body = split_header(front[1])
        header = front[0]
        return Header(header.title or inner.title, header.authors or inner.authors,
                      header.published or inner.published, header.url), body
    lines = text.split("\n")
    numbered = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][:_MAX_HEADER_LINES]
    if not numbered:
        return Header(), text
    title = _title_line(numbered[0][1])
    authors: tuple[str, ...] = ()
    published: str | None = None
    used = 0
    if title is not None:
        used = 1
    for _, line in numbered[used:]:
        if title and strip_markdown_inline(line.lstrip("#").strip()).strip().lower() == title.lower():
            used += 1
            continue
        found = _classify(line)
        if found is None:
            break
        authors = authors or found[0]
        published = published or found[1]
        used += 1
    if title is not None and used == 1 and not _separated(lines, numbered):
        used = 0  # a short first line running straight into the body is not a title
    if used == 0 or used == len(numbered) == len(_lines_with_text(lines)):
        return Header(), text  # no header, or nothing but header-like lines: keep all as body
    body_start = numbered[used][0] if used < len(numbered) else numbered[-1][0] + 1
    return Header(title=title if used else None, authors=authors, published=published), "\n".join(lines[body_start:])


def _lines_with_text(lines: list[str]) -> list[str]:
    """The non-blank lines."""
    return [line for line in lines if line.strip()]


def _separated(lines: list[str], numbered: list[tuple[int, str]]) -> bool:
    """Whether the first line stands alone: a blank line follows it."""
    first = numbered[0][0]
    return first + 1 < len(lines) and not lines[first + 1].strip()
