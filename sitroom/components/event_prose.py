"""Which lines of a document are reported prose: the events component codes events from prose only.

Page furniture the clean stage cannot tell by its words (``data/boilerplate.yaml`` patterns)
shows by its shape. A headline, a caption, a link or a navigation item left inside the body is a
short line that ends without sentence punctuation ("Iran attacks Saudi tanker"); a list of
related stories is a run of such lines; a caption may be long but opens with its label ("CAP:"),
or wherever it stands it places people in the picture or credits it ("Seif (L) and Akishev
signing an agreement", "(PHOTO: president.ir)").
The items of a list that a line of prose leads into ("In the last 24 hours, the forces:" / "-
killed three insurgents") report, as does a line that goes on in lower case and a field of a
report form ("Incident: armed robbery at a petrol station").
An event listing or a calendar line opens with a day or time label ("Monday: talks in Geneva on
the ceasefire"): it announces, it reports nothing. Only a text with prose to report shows
fragments up: a one-line text has no layout to read, and a telegraphic text made of fragments (an
incident log) is all the report there is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span

from sitroom.errors import ConfigError
from sitroom.components.doc_text import text_of

__all__ = ["Layout", "ProseRules", "layout", "rules"]

# sentence punctuation a line of prose ends on; closing quotes and brackets are looked through
_ENDS = frozenset(".!?…:;,")
_CLOSERS = "\"'”’»)]} *"


@dataclass(frozen=True, slots=True)
class ProseRules:
    """The thresholds and labels of ``data/boilerplate.yaml`` that say a line is no prose."""

    fragment_max_words: int
    prose_share: float
    listing: re.Pattern[str]
    caption: re.Pattern[str]
    in_caption: re.Pattern[str]  # a sentence that places people in a picture or credits one


@lru_cache(maxsize=1)
def rules() -> ProseRules:
    """The shipped rules (``sitroom/data/boilerplate.yaml``), read once."""
    raw = yaml.safe_load(resources.files("sitroom.data").joinpath("boilerplate.yaml").read_text("utf-8"))
    try:
        words, share = int(raw["fragment_max_words"]), float(raw["prose_share"])
        days, months, captions, positions = (_alternatives(raw[k]) for k in (
            "listing_days", "listing_months", "caption_labels", "caption_positions"))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError("boilerplate.yaml: needs fragment_max_words, prose_share and the lists "
                          f"listing_days, listing_months, caption_labels and caption_positions ({exc})") from exc
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    # "Monday:", "Tuesday, March 3:", "Jan 15 -", "15 January:", "10:00 -", "9.30am:"
    listing = re.compile(
        rf"^(?:(?:{days})\.?(?:,?\s+(?:{months})\.?\s+{day}|,?\s+{day}(?:\s+(?:{months})\.?)?)?"
        rf"|(?:{months})\.?\s+{day}|{day}\s+(?:{months})\.?"
        r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?::|\s[-–—]\s)", re.I)
    caption = re.compile(rf"^(?:{captions})\s*:", re.I)
    # "(L)", "(2nd R)", "(PHOTO: president.ir)", "(File photo)"
    in_caption = re.compile(rf"\((?:{positions})(?:\)|\s*:[^)]*\)|\s+(?:by|credit)\b[^)]*\))")
    return ProseRules(words, share, listing, caption, in_caption)


def _alternatives(words: list) -> str:
    if not isinstance(words, list) or not words:
        raise ValueError("expected a list of words")
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _ENDS


def _fragment(line: str, r: ProseRules) -> bool:
    return len(line.split()) <= r.fragment_max_words and not _ends_sentence(line)


_BULLET = re.compile(r"^(?:[-*+•▪◦–]|\d{1,3}[.)])\s+")
# a field of a report form ("Incident: armed robbery at a petrol station", "Summary: ..."): data
_FIELD = re.compile(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+\S")
_FUNCTION_WORDS = frozenset("a an the and or of to in on at by for from with as that this these its their".split())


def _continued(line: str) -> bool:
    """A list item that goes on from its lead-in's sentence opens in lower case ("- killed three
    insurgents in Helmand"); a headline or a link opens with a capital."""
    return _BULLET.sub("", line)[:1].islower()


def _lead_in(line: str) -> bool:
    """A line of prose that introduces a list ("In the last 24 hours, coalition forces:"), not a
    header in title case ("Related Stories:")."""
    if not line.endswith(":"):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _FUNCTION_WORDS]
    return any(w[0].islower() for w in words)


class Layout:
    """The character ranges of a document's lines that are not reported prose."""

    def __init__(self, text: str, r: ProseRules | None = None) -> None:
        r = r or rules()
        self._caption = r.in_caption
        lines = []
        pos = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lines.append((pos, pos + len(raw), stripped))
            pos += len(raw) + 1
        self._ranges: list[tuple[int, int]] = []
        if len(lines) < 2:
            return
        total = sum(len(s) for _, _, s in lines)
        prose = sum(len(s) for _, _, s in lines
                    if _ends_sentence(s) and not r.listing.match(s) and not r.caption.match(s))
        fragments_show = prose >= r.prose_share * total
        items = False  # the lines after a lead-in ("In the last 24 hours, the forces:") are its items
        for start, end, line in lines:
            if r.listing.match(line) or r.caption.match(line):
                self._ranges.append((start, end))
            elif fragments_show and _fragment(line, r) and not (items or _continued(line) or _FIELD.match(line)):
                self._ranges.append((start, end))
            items = (items and not _ends_sentence(line)) or _lead_in(line)

    def reports(self, span: Span) -> bool:
        """Whether the span lies in a line of reported prose, in no caption."""
        at = span.start_char
        return not any(s <= at < e for s, e in self._ranges) and not self._caption.search(_sentence(span))


def _sentence(span: Span) -> str:
    """The span's sentence, or its line where the document has no sentences."""
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent.text
    text = text_of(doc)
    return text[text.rfind("\n", 0, span.start_char) + 1:(text.find("\n", span.end_char) + 1 or len(text) + 1) - 1]


def layout(doc: Doc) -> Layout:
    """The layout of a parsed document's text."""
    return Layout(text_of(doc))
