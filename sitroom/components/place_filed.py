"""Datelines that the upper-case patterns of ``place_refs.datelines`` miss, and the region a
dateline names after its town.

A web page's wire story often opens with its place in title case before the agency's bracket
("Tokyo (CNN) --", "London (CNN)It was", "Hong Kong (CNN Business)A muddled view"); a teaser
further down the page keeps its byline run into the dateline ("By Jane Roe CAIRO (Reuters) -");
a photo credit's bracket may stand right before the dateline ("(Photo: J. Roe, AP) WASHINGTON --
President ..."). Each names where the story was filed, not a government that acts: exported as
``dateline``. The region or country after a dateline's town and comma ("TAIPEI, Taiwan -",
"DUBAI, United Arab Emirates -") is the land the town lies in, as the story's other datelines
read it (literal), whatever verb the parse hangs it on. A wire story filed from two towns stacks
them with a slash before the agency's bracket ("OSLO/STOCKHOLM (Reuters) -", "Seoul/Tokyo (CNN)
--"): each town is a dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

__all__ = ["more_datelines", "dateline_region", "stacked_dateline"]

# the agency's bracket after a dateline: short, opening with a capital ("(CNN)", "(AP)", "(CNN
# Business)", "(Reuters)")
_AGENCY = r"\([A-Z][A-Za-z .]{1,25}\)"
# an optional ", Region" after the town: "Boston, Massachusetts (CNN)"
_REGION = r"(?:,[ \t]*[A-Z][\w. ]{1,20})?"
# a title-case town at a line's start, then the agency's bracket, then a dash or, with no space,
# the story's first word ("London (CNN)It was"); not "United Arab Emirates (UAE) Central Bank",
# "Cheung Kong (Holdings) Ltd": a space and a name go on after those brackets
_TITLED = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[-|*\u2022][ \t]+)*"
    r"([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    rf"(?={_REGION}[ \t]*{_AGENCY}(?:[ \t]*(?:-{{1,3}}|[\u2013\u2014])[ \t]|[A-Z]))"
)
# a byline run into an upper-case dateline anywhere on the page: "By Jane Roe CAIRO (Reuters) -"
_BYLINE = re.compile(
    r"\bBy[ \t][A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){1,2}[ \t]"
    r"([A-Z][A-Z.'\u2019]+(?:[ \t][A-Z][A-Z.'\u2019]+){0,2})"
    rf"(?={_REGION}[ \t]*{_AGENCY}[ \t]*(?:-{{1,3}}|[\u2013\u2014])[ \t])"
)
# a photo credit's closing bracket, then an upper-case dateline and a dash: "(Photo: J. Roe, AP)
# WASHINGTON -- President ..."
_AFTER_CREDIT = re.compile(
    r"(?<=\)[ \t])([A-Z][A-Z.'\u2019]+(?:[ \t][A-Z][A-Z.'\u2019]+){0,2})"
    rf"(?={_REGION}[ \t]*(?:-{{2,3}}|[\u2013\u2014])[ \t])"
)

# a town of a stack, in capitals or title case: up to three words ("NEW YORK", "San Francisco")
_STACK_TOWN = r"[A-Z][A-Za-z.'\u2019]+(?:[ \t][A-Z][A-Za-z.'\u2019]+){0,2}"
# towns stacked with slashes at a line's start, then the agency's bracket (which may stack its
# agencies too: "(AFP/AP)") and a dash: "OSLO/STOCKHOLM (Reuters) -", "Seoul/Tokyo (CNN) --"; not
# a table's heading ("SUPPLY/DEMAND BY COUNTRY -"), which has no agency
_STACKED = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[-|*\u2022][ \t]+)*"
    rf"({_STACK_TOWN}(?:[ \t]?/[ \t]?{_STACK_TOWN})+)"
    rf"(?={_REGION}[ \t]*\([A-Z][A-Za-z ./]{{1,25}}\)[ \t]*(?:-{{1,3}}|[\u2013\u2014]))"
)


def more_datelines(doc: Doc, text: str) -> list[Span]:
    """The spans of the datelines above, in the document's order."""
    out = []
    for pattern in (_TITLED, _BYLINE, _AFTER_CREDIT):
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is not None and len(span.text) >= 3:
                out.append(span)
    for m in _STACKED.finditer(text):
        for town in re.finditer(_STACK_TOWN, m.group(1)):
            span = doc.char_span(m.start(1) + town.start(), m.start(1) + town.end(), alignment_mode="contract")
            if span is not None and len(span.text) >= 3:
                out.append(span)
    return sorted(out, key=lambda s: s.start)


def stacked_dateline(span: Span, dated: set[int]) -> bool:
    """A dateline's town that a slash and the stack's next town follow ("OSLO" of
    "OSLO/STOCKHOLM (Reuters) -"; ``dated``: the first tokens of the document's datelines)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "/" and span.end + 1 in dated


def dateline_region(span: Span, dated: set[int]) -> bool:
    """The name stands right after a dateline's town and a comma ("TAIPEI, Taiwan -"; ``dated``:
    the first tokens of the document's datelines) and ends before the dateline's mark (a dash, a
    bracket, an underscore): the land the town lies in."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    k = span.start - 2
    while k > 0 and k not in dated and doc[k].is_upper and doc[k - 1].is_upper and doc[k - 1].text != ",":
        k -= 1  # "NEW" of "NEW DELHI, India"
    if k not in dated:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text[:1] in "-_(\u2013\u2014"
