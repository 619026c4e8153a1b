"""Counties named in a list before a plural district word: "between Walton and Oconee counties",
"girls from Cooke, Grayson and Love counties". The small model calls such bare names people or
organisations, or nothing; the plural word says each is a county (a parish, a borough) of that
name. Read by the places component as literal toponyms; the resolver reads the same word as
their kind (resolve/place_names.py ``_kind_after``)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.components.doc_text import tokens_with
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.place_names import names_state, plural_districts

__all__ = ["listed_districts"]

_JOINS = frozenset([",", "and", "or", "&"])
MAX_WORDS = 3  # "San Bernardino", "St. Johns": a name of up to three words
MAX_NAMES = 8


def _name_before(doc: Doc, end: int) -> int:
    """Start of the run of capitalised words (at most MAX_WORDS) that ends at ``end``."""
    start = end
    while start > 0 and end - start < MAX_WORDS and (doc[start - 1].is_title or doc[start - 1].text == "St."):
        start -= 1
    return start


def _county_span(doc: Doc, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """The longest tail of ``doc[start:end]`` the gazetteer holds as a second-level region
    ("Both Walton" -> "Walton"); not a country's or a first-level region's own name ("Indiana
    counties" are the state's)."""
    for a in range(start, end):
        cands = gaz.find(doc[a:end].text)
        if names_state(cands):
            return None
        if any(c.level == 2 for c in cands):
            return doc[a:end]
    return None


@lru_cache(maxsize=1)
def _plurals_re() -> re.Pattern:
    """The plural district words as one pattern, to find their few tokens in the text."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(plural_districts()))) + r")\b", re.I)


def listed_districts(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The names of a list closed by a plural district word, each the gazetteer holds as a
    county (or parish, borough) by that name."""
    plurals = plural_districts()
    out: list[Span] = []
    for tok in tokens_with(doc, _plurals_re()):
        if tok.lower_ not in plurals or tok.i == 0 or not doc[tok.i - 1].is_title:
            continue
        end = tok.i
        for _ in range(MAX_NAMES):
            start = _name_before(doc, end)
            if start == end:
                break
            span = _county_span(doc, start, end, gaz)
            if span is not None:
                out.append(span)
            if span is None or span.start > start or start == 0 or doc[start - 1].lower_ not in _JOINS:
                break  # a word before the name that is no join ends the list
            end = start - 1
            if end > 0 and doc[end - 1].text == "," and doc[end].lower_ in ("and", "or"):
                end -= 1  # "Navarro, Henderson, and Ellis"
    return out
