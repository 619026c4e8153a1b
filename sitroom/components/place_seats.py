"""A national capital after "in" read as the government and political class seated there.

"The mood in Tehran", "gridlock in Ottawa", "its ally in Canberra", "powerless in Ottawa", "there
is little appetite in Ottawa": the preposition hangs on a noun of a capital's political climate, a noun of a party that a government
is to another, or an adjective of political standing (place_seats.yaml), so the words mean who
governs there, a metonym, not the town. A party noun that a nationality qualifies ("European
allies in Brussels") names people gathered in the town and keeps it; so do the nouns of what
happens in a place ("talks in Moscow", "a rally in Seoul"), which the lists leave out.
"""

from __future__ import annotations

from functools import lru_cache

from sitroom.components.event_words import word_lists

__all__ = ["seat_of_power"]

_IN = frozenset(["in", "inside", "within"])


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return word_lists("place_seats", "climate_nouns", "party_nouns", "standing_adjectives")


def seat_of_power(root) -> bool:
    """``root`` (a capital's head token) is what "in" holds and the preposition belongs to a noun
    of political climate or of a party, or to an adjective of standing."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _IN or prep.i > root.i:
        return False
    head = prep.head
    climate, parties, standing = _lists()
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        # "there was little appetite in Ottawa": the noun that "there is" states
        head = next((c for c in head.children if c.dep_ in ("attr", "nsubj") and c.i < prep.i), head)
    word = head.lower_
    if head.pos_ == "NOUN" and head.i < prep.i:
        if word in climate or head.lemma_.lower() in climate:
            return True
        if word in parties and not any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in head.children):
            return True
    return head.pos_ == "ADJ" and word in standing
