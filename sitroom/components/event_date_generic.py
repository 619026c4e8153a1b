"""Whether an event mention names a kind or a run of acts rather than one act, so that a date
found for one act of the kind in another sentence does not date it.

A bare plural noun ("U.S. sanctions do not affect our trade", "illegal sanctions against Iran")
is generic or names an open set of acts; a date another sentence gives to one of them ("imposed
sanctions on 8 May 2018") is that act's, not the set's. A plural with a definite determiner,
possessor or number ("the talks", "Iran's sanctions", "two attacks") may name one act and keeps
the date its other mentions give it."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["generic_plural"]

_FIXING = frozenset({"det", "poss", "nummod", "predet"})


def generic_plural(tok: Token) -> bool:
    """A plural noun with no determiner, possessor or number that fixes which acts it names."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    (generic,) = word_lists("event_dates", "generic_determiners")
    return not any(c.dep_ in _FIXING and c.lower_ not in generic for c in tok.children)
