"""A place that closes a style of nobility or a court's district: embedded in that name.

"the Duke of Hexham had gone to hospital", "as the Prince of Wales", "a judge of the Southern
District of Ohio", "the U.S. Attorney for the Western District of New York": the words name a
title or a court's district (``data/place_styles.yaml``), no place the sentence speaks of. Such a
mention is `embedded`. A district is a part of a state, so its name reads as the state (the
first-level region of the name: New York the state, not the city). Offices of a place ("the
Mayor of London") keep the place: who holds them governs there.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.gazetteer import Candidate, Gazetteer

__all__ = ["styled_place"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return word_lists("place_styles", "noble_styles", "district_words", "district_parts")


def _style_word(span: Span):
    """The capitalised word before "of" (and "the") that ``span`` closes, or None."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    word = doc[i - 1]
    return word if word.is_title else None


def closes_style(span: Span) -> bool:
    """``span`` closes "<noble style> of [the] <place>" ("the Duchess of Hexham")."""
    word = _style_word(span)
    return word is not None and word.text in _words()[0]


def closes_district(span: Span) -> bool:
    """``span`` closes "<part> District of <place>" ("the Northern District of Texas")."""
    word = _style_word(span)
    _styles, districts, parts = _words()
    return word is not None and word.text in districts and word.i > 0 \
        and word.doc[word.i - 1].text in parts


def styled_place(span: Span, cand: Candidate, gaz: Gazetteer) -> Candidate | None:
    """The entry to read ``span`` (read as ``cand``) as where it closes a style or a district,
    embedded in that name; None where it closes neither. A district's is the name's first-level
    region where the gazetteer holds one ("the Western District of New York": the state)."""
    if closes_style(span):
        return cand
    if not closes_district(span):
        return None
    return next((c for c in gaz.find(span.text) if c.level == 1 and c.main and c.cc == cand.cc), cand)
