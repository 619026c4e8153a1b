"""A town whose own name ends in "City" ("Gaza City", "Kansas City", "Atlantic City") that the
model tags as an organisation, as it tags clubs named so ("Manchester City"): the words are the
town's name, not a body's name that opens with a region ("Kansas") or a town ("Gaza").

``place_refs.embedded_name`` reads a body's name for the place it opens with, never the whole
name, so "the clinic in Gaza City" gave "Gaza" embedded in a name, and "moved to Oklahoma City"
the state. Where the gazetteer holds the whole name as a town or a district, the words are that
town: a place where the story is no match report, or where a preposition of place stands before
it ("in Kansas City" in a report on the Chiefs); a club's name ("Exeter City", "Bristol City")
is no town's in the gazetteer and stays the club's."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_cues import BIG_TOWN, _PLACE_PREPS
from sitroom.resolve.gazetteer import Gazetteer

__all__ = ["city_itself"]

_CITY_WORD = "City"
_MAX_WORDS = 4  # "Salt Lake City", "Panama City", "Kansas City"
CITY_NAME_POP = 20_000  # a town under its own name this big ("Atlantic City", 39,000)


def city_itself(whole: Span, gaz: Gazetteer, sport: bool) -> bool:
    """``whole`` (an organisation's words, "the" trimmed) is a town's own name ending in "City"
    that the gazetteer holds as a town or district, read as the place (see the module's note)."""
    if not 2 <= len(whole) <= _MAX_WORDS or whole[-1].text != _CITY_WORD:
        return False
    if not all(t.is_title for t in whole):
        return False
    # a town of some size under the name, its own or another ("Gaza City"); not a small town's
    # other name that a club bears ("Bristol City" for Bristol, Tennessee), nor a small town's
    # name that a district abroad shares ("the White City scheme" in London)
    if not any(c.level in (2, 3) and c.pop >= (CITY_NAME_POP if c.main else BIG_TOWN) for c in gaz.find(whole.text)):
        return False
    if not any(c.main for c in gaz.find(whole[:-1].text)):
        # "the Old City" of Jerusalem, "the White City scheme" in London: no place goes by the
        # words before "City", whatever small town the gazetteer names so
        return False
    doc = whole.doc
    prev = doc[whole.start - 1].lower_ if whole.start > 0 else ""
    return not sport or prev in _PLACE_PREPS
