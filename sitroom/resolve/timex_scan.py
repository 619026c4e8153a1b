"""Faster scanning with the same matches: a pattern guarded by the characters a match starts with.

Python's regular-expression engine tries a pattern at every position of the text, and only skips
ahead quickly when the pattern opens with a plain character or class. Ours open with a
look-behind and optional words, so every position costs a full attempt. ``guard`` reads which
characters a match can begin with (from the pattern's own parse) and puts them first as a
look-ahead class: a necessary condition, so the matches, their groups and their order are those
of the pattern itself; positions that cannot start a match now fail on one class test.
Where the first character cannot be bounded (a pattern that may match the empty string, or opens
with ``.`` or a negated class), the pattern is returned unchanged.
"""

from __future__ import annotations

import re

try:  # Python 3.11+; before, the same parser was the public ``sre_parse``
    from re import _constants as C  # noqa: N812
    from re import _parser as P  # noqa: N812
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]  # noqa: N812
    import sre_parse as P  # type: ignore[no-redef]  # noqa: N812

__all__ = ["guard", "trie_alternation"]

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))


class _Unbounded(Exception):
    """The first character of a match cannot be bounded by a class."""


def guard(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a look-ahead on its possible first characters (same matches)."""
    if pattern.flags & re.VERBOSE:
        return pattern  # a trailing comment would swallow the closing parenthesis
    try:
        items, empty = _first(P.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
        if empty or not items:
            return pattern
        plain = "".join(dict.fromkeys(x for x, fold in items if not fold))
        folded = "".join(dict.fromkeys(x for x, fold in items if fold))
        cls = "|".join(([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else []))
        return re.compile(f"(?=(?:{cls}))(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error, TypeError, ValueError):
        return pattern


def _first(seq, fold: bool) -> tuple[list[tuple[str, bool]], bool]:
    """The class items a match of ``seq`` can start with, and whether it can match empty."""
    items: list[tuple[str, bool]] = []
    for op, av in seq:
        got, empty = _first_of(op, av, fold)
        items += got
        if not empty:
            return items, False
    return items, True


def _first_of(op, av, fold: bool) -> tuple[list[tuple[str, bool]], bool]:
    if op in _ZERO_WIDTH:
        return [], True  # consumes nothing: the next element holds the first character
    if op is C.LITERAL:
        return [(_char(av), fold)], False
    if op is C.IN:
        return [(_class_item(o, a), fold) for o, a in av], False
    if op is C.BRANCH:
        items, empty = [], False
        for alternative in av[1]:
            got, e = _first(alternative, fold)
            items, empty = items + got, empty or e
        return items, empty
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        fold = bool((fold or add & re.IGNORECASE) and not delete & re.IGNORECASE)
        return _first(sub, fold)
    if op in _REPEATS:
        low, _high, sub = av
        items, empty = _first(sub, fold)
        return items, empty or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _first(av, fold)
    raise _Unbounded(op)


def _class_item(op, av) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is C.CATEGORY and av in _CATEGORY:
        return _CATEGORY[av]
    raise _Unbounded(op)  # a negated class, a locale category ...


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too: safe inside a class


def trie_alternation(words) -> str:
    """A regular expression for "any of ``words``, the longest that fits first", as a trie.

    It matches what ``(?:w1|w2|...)`` with the words sorted longest first matches, with the same
    preference: the words that match at one place are prefixes of one another, and the trie
    tries the longer one first (a greedy optional tail). The engine then tests one character per
    branch instead of every word in turn. Case is kept: lower the words for a ``(?i:...)`` use.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)
