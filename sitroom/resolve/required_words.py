"""Words a regular expression cannot match without: a cheap test that skips a search.

``required_words(pattern)`` reads the pattern's own parse and returns the alternatives of one
element that every match must contain (a run of plain characters, or a group of plain words
such as ``(?P<dir>later|earlier)``), or None when no such element is found. A stretch of text
that holds none of them cannot hold a match, so searching it can be skipped: the matches, their
groups and their order stay those of the pattern itself. Elements under a repeat that may be
absent, inside look-arounds, or where letter case is ignored are never used.
"""

from __future__ import annotations

import re

from sitroom.resolve.timex_scan import C, P

__all__ = ["required_words"]


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The fewest (then longest) alternatives one of which every match of ``pattern`` contains."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = _required(P.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):
        return None
    if not found:
        return None
    return min(found, key=lambda words: (len(words), -min(map(len, words))))


def _required(seq) -> list[tuple[str, ...]]:
    """Every element of ``seq`` a match must contain, each as its alternatives."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            if not (add | delete) & re.IGNORECASE:
                out += _required(sub)
        elif op is C.BRANCH:
            words = [_plain(alternative) for alternative in av[1]]
            if words and all(words):
                out.append(tuple(words))
    if run:
        out.append(("".join(run),))
    return out


def _plain(seq) -> str | None:
    """The text of a sequence of plain characters; None for anything else."""
    chars = []
    for op, av in seq:
        if op is not C.LITERAL:
            return None
        chars.append(chr(av))
    return "".join(chars) or None
