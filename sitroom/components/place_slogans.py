"""A country's name before "First": a slogan or the name of a party or movement, not the land.

"the 'Chile First' doctrine", "a Peru First agenda": a slogan naming the state's course, quoted or
before a noun of policy (place_slogans.yaml ``policy_nouns``), is the state, a metonym. Unquoted
and before no such noun ("the deputy leader of Peru First", "Chile First was founded in 2011"), it
is the name of a party or a movement: the country is a word of that name, ``embedded``. Not a
title after it ("Peru First Vice President": "First" opens the title)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_invert import _QUOTES  # the same quote marks, kept in one place

__all__ = ["slogan_use"]


@lru_cache(maxsize=1)
def _policy_nouns() -> frozenset[str]:
    return word_lists("place_slogans", "policy_nouns")[0]


def slogan_use(span: Span) -> str | None:
    """"metonym" for the country of a slogan "X First" that is quoted or names a policy,
    "embedded" for one that names a party or movement, None when "First" does not follow."""
    doc = span.doc
    first = span.end
    if first >= len(doc) or doc[first].text != "First" or not span[-1].whitespace_:
        return None
    after = first + 1
    while after < len(doc) and doc[after].text in _QUOTES:
        after += 1
    if after < len(doc) and doc[after].is_title and not doc[after].is_sent_start:
        return None  # "Peru First Vice President", "Chile First Division": a title or a longer name
    quoted = span.start > 0 and doc[span.start - 1].text in _QUOTES and after > first + 1
    nouns = [t for t in doc[after:after + 3] if t.is_lower]
    policy = any(t.lower_ in _policy_nouns() for t in nouns if t.pos_ in ("NOUN", "ADJ", "PROPN"))
    return "metonym" if quoted or policy else "embedded"
