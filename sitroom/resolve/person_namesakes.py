"""Namesakes named side by side in a list: "his sons Siraj Haqqani, Ibrahim Haqqani and Khalil
Haqqani". Each is named in full there to tell them apart; none of them is the story's bearer of
the surname that a bare "Haqqani" elsewhere means when another bearer is named on their own."""

from __future__ import annotations

from spacy.tokens import Span

# the words that may stand between two items of a list of names
_LIST_LINKS = frozenset({",", "and", "or", "&"})


def listed_namesakes(spans: list[Span], key) -> set[int]:
    """Start tokens of the full names written as items of a list beside another full name of the
    same surname (``key(span)`` -> the surname): "Siraj Haqqani, Ibrahim Haqqani and ...". Names
    joined by anything else ("Max Verstappen won . Jos Verstappen watched") are no list."""
    ordered = sorted(spans, key=lambda s: s.start)
    out: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        between = a.doc[a.end : b.start]
        if 0 < len(between) <= 2 and all(t.lower_ in _LIST_LINKS for t in between) and key(a) == key(b):
            out.update((a.start, b.start))
    return out


def outside_lists(candidates: list, listed: set[int], starts: dict[str, list[int]]) -> list:
    """The candidates named at least once outside such a list (``starts``: person id -> the start
    tokens of their full names); the others are the list's namesakes."""
    return [c for c in candidates if any(i not in listed for i in starts.get(c.id, []))]
