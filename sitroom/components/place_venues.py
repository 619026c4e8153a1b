"""A town's name that opens a noun of what happens or runs in the town: the town itself.

"the Quito opening ceremony", "the Lyon event", "November's Oslo marathon", "the Leeds tram
crash", "two Boston subway work trains": the name says where the games are held, where the
crash befell, where the trains run. Read elsewhere as a club, a government, or a word embedded
in a longer name, such a name is the place (`literal`). The noun it opens is found in the parse:
the name modifies a noun at most three words on, and every word up to that noun is in lower
case, that noun one of place_venues.yaml or a noun of transit before it ("the Oslo Marathon", a name written in capitals,
keeps its use; "the Lyon game" of a match report is the one against the club, no such noun).
A noun of the lists right after "the" and the name counts too ("the Lima underground"), which the
parse may leave unattached.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["held_in_town"]

_MODIFIER_DEPS = frozenset(["compound", "nmod", "amod", "npadvmod"])


@lru_cache(maxsize=1)
def _venue_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """What is held in or befalls the town (the noun the name opens), and what runs there."""
    held, befell, transit = word_lists("place_venues", "held_nouns", "befell_nouns", "transit_nouns")
    return held | befell, transit


def held_in_town(span: Span) -> bool:
    """``span`` (a town's name) modifies a lower-case noun within three words after it that names
    what happens in the town, or a noun of the town's transit stands before that noun."""
    doc = span.doc
    head = span.root.head
    held, transit = _venue_nouns()
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and nxt is not None and nxt.is_lower \
            and nxt.lower_ in held | transit:
        return True  # "the Lima underground", which the parse may leave unattached
    if span.root.dep_ not in _MODIFIER_DEPS or not span.end <= head.i <= span.end + 3:
        return False
    words = doc[span.end : head.i + 1]
    if not all(t.is_lower or t.text == "-" for t in words):
        return False
    if _one_of(head, held | transit):
        return True  # "the Lyon event", "the Leeds tram crash", "the Boston subway"
    return any(_one_of(t, transit) for t in words)  # "Boston subway work trains", "the Paris metro line"


def _one_of(tok, nouns: frozenset[str]) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and (tok.lower_ in nouns or tok.lemma_.lower() in nouns)
