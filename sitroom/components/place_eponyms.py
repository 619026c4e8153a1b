"""A common family name heading an institution's name: the person's, not a small town's.

Universities, colleges, schools, institutes and foundations are named after founders and donors
as often as after towns ("Brown University", "the Anderson School of Management", "the Hudson
Institute"); a one-word name that is a common family name (``data/surnames.yaml``) before such a
head (areas.yaml ``person_named_heads``) is read as no place where the gazetteer holds no country,
first-level region or town of KNOWN_POP people by that name: "Boston University", "the Richmond
School of Law" keep their cities, "Washington University" its capital (the name is the capital's
as far as the text tells). Read by ``place_refs.embedded_name``.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.gazetteer import Candidate
from sitroom.components.place_frames import area_words
from sitroom.resolve.places import KNOWN_POP

__all__ = ["named_for_person"]


def named_for_person(words: Span, found: tuple[Candidate, ...]) -> bool:
    """``words`` (one word heading a longer name) is a family name before an institution's
    head, and no place of a city's size bears it as its own name (``found``: its entries)."""
    doc = words.doc
    if len(words) != 1 or words.end >= len(doc) or doc[words.end].lower_ not in area_words("person_named_heads"):
        return False
    if words.text.casefold() not in word_lists("surnames", "common")[0]:
        return False
    return not any(c.main and (c.level <= 1 or c.capital or c.pop >= KNOWN_POP) for c in found)

