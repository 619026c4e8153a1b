"""A country's name that "on" holds after a word of reliance: the state relied on, a metonym
("less dependent on Peru", "the bloc's dependence on Chile", "allies cannot rely on the U.S. for
help", "the deal depends on Norway"). What a state supplies, guards or decides is what others
depend on; the land itself is not ("rely on" a place is to rely on who acts there). Only the name
itself as the object: not a name that modifies what "on" holds ("reliance on the U.S. dollar",
"dependent on Chile's copper"), nor one joined to a common noun ("depend on Peru and Bolivian
exports": the goods); not in a match report. Words in place_reliance.yaml (plstate41)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import list_head, preposition_holding

__all__ = ["relied_on"]


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return word_lists("place_reliance", "reliance_words")[0]


def relied_on(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is the object of "on", or the first of a list that is
    ("dependent on China and Russia"), and "on" hangs on a word of reliance ("depend",
    "dependence", "reliant"), with no common noun joined to the name."""
    if not (country and acting):
        return False
    prep = preposition_holding(span, "on")
    if prep is None:
        return False
    word = prep.head
    words = _words()
    if word.lower_ not in words and word.lemma_.lower() not in words:
        return False
    return not any(c.pos_ == "NOUN" for c in list_head(span).conjuncts)
