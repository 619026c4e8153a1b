"""A saint's name with a possessive after it: a church, a hospital, a school or a feast, no town.

"a vigil at St. Anne's Episcopal Church", "laid to rest in St. Peter's", "taken to St. Michael's":
the model tags the saint's name without its possessive, and the gazetteer holds towns of that name
(Saint Anne, Illinois; St. Peter in Germany), which the resolver then placed. A saint's
name ("St.", "Saint", "Ste." before it: place_senses.yaml ``saint_words``) directly followed by
"'s" names what is named after the saint. A town written so keeps its name where a comma and its
region or country (a name the model tags a place) follow the possessive ("St. John's,
Newfoundland", "St. George's, Grenada"), not where a sentence goes on ("in St. Peter's, the
spokesman said"). So does a big city of a saint's name ("St. Petersburg's mayor").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_firms import POSSESSIVE_MARKS

__all__ = ["names_saints_house"]

_PLACE_TAGS = frozenset(["GPE", "LOC"])
SAINT_CITY_POP = 100_000  # a saint's town this big is written with its possessive as the town's own


@lru_cache(maxsize=1)
def _saint_words() -> frozenset[str]:
    return word_lists("place_senses", "saint_words")[0]


def names_saints_house(span: Span, pop: int = 0) -> bool:
    """``span`` is a saint's name with a possessive after it that no comma and a place's name
    follow: what is named after the saint, no place. Not a big city's name (``pop``, the people of
    the town it was read as, at least SAINT_CITY_POP): "St. Petersburg's main street", "St. Louis's
    mayor" are the cities'."""
    doc = span.doc
    if pop >= SAINT_CITY_POP or len(span) < 2 or span[0].lower_ not in _saint_words() or span.end >= len(doc):
        return False
    if doc[span.end].text not in POSSESSIVE_MARKS:
        return False
    after = doc[span.end + 1 : span.end + 3]
    return not (len(after) == 2 and after[0].text == "," and after[1].ent_type_ in _PLACE_TAGS)
