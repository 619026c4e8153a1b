"""A capital after "of" that owns what only a government has: the government seated there.

"In the hands of Paris", "the rulers of Hanoi", "the faults of Ottawa", "the interests of Cairo
and Amman": the preposition "of" hangs on a noun of a government's power, ends or acts
(place_capitals.yaml ``owner_nouns``), so the capital is who governs there, a metonym, as its
country would be. A noun a town has as well ("the streets of", "the mayor of", "the rise of",
"the security of") is not listed, and keeps the town.
"""

from __future__ import annotations

from functools import lru_cache

from sitroom.components.event_words import word_lists

__all__ = ["owned_by_capital"]


@lru_cache(maxsize=1)
def _owner_nouns() -> frozenset[str]:
    return word_lists("place_capitals", "owner_nouns")[0]


def owned_by_capital(root) -> bool:
    """``root`` (a capital's head token, the first of a list) is what "of" holds, and "of" belongs to
    an owner noun or to a noun joined to one ("the safety and interests of Cairo")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i > root.i:
        return False
    head = prep.head
    if head.pos_ != "NOUN" or head.i > prep.i:
        return False
    nouns = _owner_nouns()
    joined = [head, *head.conjuncts]
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns for t in joined)
