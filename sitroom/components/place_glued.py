"""Place names the model ran into the name of a body or an office.

The small model often tags a whole "Lamar County Commissioners", "North Las Vegas Police
Department", "Henderson County Jail" or "Las Vegas City Marshal" as one place. No gazetteer entry
holds such a name, so the place at its head went unfound. The head is the place, embedded in the
name (``use`` "embedded"): where the body sits or what the office serves.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_refs import organisation_heads
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.places import areas_data

__all__ = ["glued_place"]

# words that continue a place's own name, never the name of a body after it
_NAME_WORDS = frozenset(["city", "county", "state", "united", "port", "union", "district", "parish"])


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Words of a body or an office: organisation heads, office titles, and ``glued_body_words``."""
    extra = (str(w).lower() for w in areas_data().get("glued_body_words", ()))
    return (organisation_heads() | load_titles().words | frozenset(extra)) - _NAME_WORDS


def _is_body_word(word: str) -> bool:
    low = word.lower()
    words = _body_words()
    return low in words or (low.endswith("s") and low[:-1] in words)


def glued_place(span: Span, gaz: Gazetteer) -> Span | None:
    """The place heading ``span`` when the rest of it names a body or an office: "Lamar County" of
    "Lamar County Commissioners", "North Las Vegas" of "North Las Vegas Police Department". None
    when the gazetteer knows the whole name, the rest is not capitalised, or no word of it is a
    body's or an office's ("Washington Heights" stays whole)."""
    if len(span) < 2 or gaz.find(span.text):
        return None
    for cut in range(len(span) - 1, 0, -1):  # the longest place name at the head
        head, rest = span[:cut], span[cut:]
        if not all(t.is_alpha and (t.is_title or t.is_upper) or t.text in {"'s", "\u2019s"} for t in rest):
            continue
        if not any(_is_body_word(t.text) for t in rest):
            continue
        if any(c.main for c in gaz.find(head.text)):
            return head
    return None
