"""Credits and datelines around a name: photo credits, bylines, datelines and the source in brackets.

"Name/Getty Images", "Photo: Name", "(Photo by Name)", "By Name" opening a line, "TEHRAN —",
"WASHINGTON (Reuters) -": none is a mention of an actor (the credit words are data, ``titles.yaml``
``credit_words``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from sitroom.resolve.actor_data import Titles

__all__ = ["in_source_parens", "is_credit", "is_dateline", "line_start"]

GALLERY = re.compile(r"^\d{1,3}/\d{1,3}$")
DATELINE_AFTER = frozenset({"(", "—", "–", "-", "--", ",", ":"})


def is_credit(span: Span, titles: Titles) -> bool:
    """A photo credit or byline: "Name/Getty Images", "Photo: Name", "(Photo by Name)",
    "toggle caption Name", "By Name" opening a line."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in {"/", "|"}:
        return True
    if span.end < len(doc) and GALLERY.match(doc[span.end].text):
        return True  # "Paula Bronstein 9/16": a gallery's photo credit
    if span.start > 0 and doc[span.start - 1].text == "/":
        return True
    if any(t.text == "/" for t in doc[span.end : span.end + 3]):
        return True  # "(Matt Rourke, File/Associated Press)"
    i = span.start - 1
    while i >= 0 and (doc[i].text in {":", "(", "-", "—"} or doc[i].lower_ in {"by", "of"}):
        i -= 1
    if i >= 0 and doc[i].lower_ in titles.credit_words and (i < span.start - 1 or doc[i].lower_ == "caption"):
        return True
    by = span.start - 1
    return by >= 0 and doc[by].lower_ == "by" and line_start(doc, by)


def line_start(doc: Doc, i: int) -> bool:
    """Does token i open a line (the first token, or one after a newline)?"""
    return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].whitespace_ == "\n" \
        or doc[i - 1].text_with_ws.endswith("\n")


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """ "TEHRAN —", "WASHINGTON (Reuters) -", "BEIJING, Sept 3": a place opening a line in capitals."""
    span = doc[start:end]
    if not span.text.isupper() or not line_start(doc, start):
        return False
    return end < len(doc) and doc[end].text in DATELINE_AFTER


def in_source_parens(doc: Doc, start: int, end: int) -> bool:
    """ "(Reuters)", "(AP)" right after a dateline: the source of the story, not an actor in it."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" \
        and start >= 2 and doc[start - 2].text.isupper()
