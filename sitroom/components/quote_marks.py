"""Quotation-mark pairing and the speech lexicon: the model-free half of quote extraction.

Pairs straight, curly and guillemet double marks over a whole text in one pass (curly single
marks only where they clearly quote), following newswire conventions for quotes that run over
several paragraphs: a paragraph that ends inside a quote with no closing mark continues into the
next paragraph when that one opens with a mark, or when the break falls mid-sentence (a layout
artefact). Nested quotes ('free world' inside a quote) are never returned on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["QuotedText", "Speech", "SpeechDataError", "find_quoted", "load_speech"]

_OPENERS = "“„«"
_CLOSERS = "”»"
_MARK_RE = re.compile(r"[\"“”„«»]")
_PARA_RE = re.compile(r"\n[ \t]*\n\s*")
_OPEN_BEFORE = set("([{—–-/:")  # a mark after these (or a space) opens
_CLOSE_AFTER = set(".,;:!?)]}—–-…*")  # a mark before these (or a space) closes
_SENTENCE_END = set(".!?…:")
_MAX_CHARS = 4000  # a "quote" longer than this is a stray mark, not speech
_MAX_SINGLE = 400


class SpeechDataError(ConfigError):
    """speech.yaml is malformed: the message names the key to fix."""


@dataclass(frozen=True, slots=True)
class Speech:
    """The speech lexicon from ``sitroom/data/speech.yaml``."""

    verbs: frozenset[str]
    sources: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    naming: tuple[tuple[str, ...], ...]
    always_term: tuple[tuple[str, ...], ...]
    titles: tuple[tuple[str, ...], ...]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    short_tokens: int


def _words(items: object, key: str) -> list[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise SpeechDataError(f"speech.yaml: '{key}' must be a list of non-empty strings")
    return [i.strip().lower() for i in items]


def _phrases(items: object, key: str) -> tuple[tuple[str, ...], ...]:
    # longest first, so "see also" wins over "see"
    return tuple(sorted({tuple(p.split()) for p in _words(items, key)}, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_speech() -> Speech:
    """Load and validate the speech lexicon once."""
    raw = load_yaml(resources.files("sitroom.data").joinpath("speech.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise SpeechDataError("speech.yaml: top level must be a mapping")
    short = raw.get("short_tokens")
    if not isinstance(short, int) or short < 0:
        raise SpeechDataError("speech.yaml: 'short_tokens' must be a non-negative integer")
    return Speech(
        verbs=frozenset(_words(raw.get("verbs"), "verbs")),
        sources=frozenset(_words(raw.get("sources"), "sources")),
        according=_phrases(raw.get("according"), "according"),
        naming=_phrases(raw.get("naming"), "naming"),
        always_term=_phrases(raw.get("always_term"), "always_term"),
        titles=_phrases(raw.get("titles"), "titles"),
        person_pronouns=frozenset(_words(raw.get("person_pronouns"), "person_pronouns")),
        group_pronouns=frozenset(_words(raw.get("group_pronouns"), "group_pronouns")),
        short_tokens=short,
    )


@dataclass(frozen=True, slots=True)
class QuotedText:
    """Quoted words between marks: ``start:end`` without the marks; ``open``/``close`` the marks."""

    open: int
    start: int
    end: int
    close: int | None  # offset of the closing mark; None when the quote ends at a paragraph end
    paragraphs: int = 1


def _role(text: str, i: int, is_open: bool) -> str:
    """'open', 'close' or 'either' for the mark at ``i``, from its glyph and its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    ctx_open = (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace()
    ctx_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    ch = text[i]
    if ch in _OPENERS:
        return "close" if (ctx_close and not ctx_open and is_open) else "open"
    if ch in _CLOSERS:
        return "open" if (ctx_open and not ctx_close and not is_open) else "close"
    if ctx_open and not ctx_close:
        return "open"
    if ctx_close and not ctx_open:
        return "close"
    return "close" if is_open else "open"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and a trailing comma (the frame's punctuation in US style)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _paragraph_ends(text: str) -> list[tuple[int, int]]:
    """(end of a paragraph's text, start of the next paragraph) for each blank-line break."""
    return [(m.start(), m.end()) for m in _PARA_RE.finditer(text)]


def _double(text: str) -> list[QuotedText]:
    breaks = _paragraph_ends(text)
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    out: list[QuotedText] = []
    opened: int | None = None
    paras = 1
    b = 0  # index of the next paragraph break after the current position
    skip: set[int] = set()
    for i in [*marks, len(text) + 1]:  # the sentinel flushes the breaks after the last mark
        # paragraph breaks passed since the last mark decide whether an open quote survives
        while b < len(breaks) and breaks[b][1] <= i:
            end_of_para, next_start = breaks[b]
            b += 1
            if opened is None:
                continue
            last = text[:end_of_para].rstrip()[-1:]
            reopens = next_start == i  # the next paragraph starts with a mark
            if reopens or last not in _SENTENCE_END:
                paras += 1
                continue
            s, e = _strip(text, opened + 1, end_of_para)
            if e > s:
                out.append(QuotedText(opened, s, e, None, paras))
            opened, paras = None, 1
        if i > len(text):
            break
        if i in skip:
            continue
        if text[i - 1 : i] == "=":  # a markup attribute (id="..."), not a quotation
            skip.add(text.find(text[i], i + 1))
            continue
        role = _role(text, i, opened is not None)
        if opened is None:
            if role == "open":
                opened, paras = i, 1
            continue
        if role == "close":
            s, e = _strip(text, opened + 1, i)
            if e > s and i - opened <= _MAX_CHARS:
                out.append(QuotedText(opened, s, e, i, paras))
            opened, paras = None, 1
        elif not (b > 0 and breaks[b - 1][1] == i and paras > 1):
            opened, paras = i, 1  # an unmatched opener: start again from this one
    if opened is not None and len(text) - opened <= _MAX_CHARS:
        s, e = _strip(text, opened + 1, len(text))
        if e > s and text[e - 1] in _SENTENCE_END:
            out.append(QuotedText(opened, s, e, None, paras))
    return out


_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=[^\W\d_])", re.MULTILINE)


def _single(text: str, inside: list[QuotedText]) -> list[QuotedText]:
    """Curly single quotes outside double quotes: ‘ at a word start, ’ not followed by a letter."""
    out = []
    for m in _SINGLE_OPEN_RE.finditer(text):
        i = m.start()
        if any(q.open <= i <= (q.close if q.close is not None else q.end) for q in inside):
            continue
        j = i + 1
        limit = min(len(text), i + _MAX_SINGLE)
        while j < limit:
            ch = text[j]
            if ch == "\n":
                break
            if ch == "’" and not text[j - 1].isspace():
                after = text[j + 1] if j + 1 < len(text) else " "
                if not after.isalpha():
                    s, e = _strip(text, i + 1, j)
                    if e > s:
                        out.append(QuotedText(i, s, e, j))
                    break
            j += 1
    return out


def find_quoted(text: str) -> list[QuotedText]:
    """Every top-level quoted stretch of ``text``, in order."""
    double = _double(text)
    return sorted(double + _single(text, double), key=lambda q: q.start)
