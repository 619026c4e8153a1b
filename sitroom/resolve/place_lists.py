"""A big city or a capital over the first-level region of its name, but for a region among regions:
"New York" is the city unless the text says the state, and "residents of New York, Kansas and
Ohio" or "states such as Colorado, Washington and Oregon" says so by the names it lists beside it."""

from __future__ import annotations

import re

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.place_story import PROMINENT_POP
from sitroom.resolve.place_names import prior

__all__ = ["LIST_SEP", "capital_over_region", "listed_among_regions"]

# what stands between two names of a list: a comma, "and" or "or" (place_conjuncts reads lists of
# countries with the same words, and "the" after them)
LIST_SEP = r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)"
_BETWEEN = re.compile(LIST_SEP)
_LAST = re.compile(r"\s(?:and|or)\s+$")


def capital_over_region(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A national capital or a city of a million over a first-level region of the same name in
    its country ("Washington" is the capital and "New York" the city unless the text says
    "Washington state", "New York state", "upstate New York" or "the governor of New York")."""
    caps = {c.cc for c in cands if c.level == 3 and (c.main and c.capital or c.pop >= PROMINENT_POP)}
    if not caps:
        return cands
    return tuple(c for c in cands if not (c.level == 1 and c.cc in caps))


def _region_of(cands: tuple[Candidate, ...]) -> str | None:
    """The country of the first-level region a name reads as by itself (its best reading once a
    big city has had its way), or None."""
    kept = capital_over_region(cands)
    if not kept:
        return None
    best = max(kept, key=prior)
    return best.cc if best.level == 1 else None


def listed_among_regions(toponyms: list, keys: list[str], cands: dict, text: str) -> list[int]:
    """The indices of the names that a big city would take from their region ("New York",
    "Washington") but that a list sets among regions of that country read as such by themselves:
    names joined by commas, "and" or "or" alone, "and" or "or" before the last."""
    if not text:
        return []
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    runs: list[list[int]] = []
    for i in order:
        prev = runs[-1][-1] if runs else None
        if prev is not None and toponyms[prev].end <= toponyms[i].start and _BETWEEN.fullmatch(
                text, toponyms[prev].end, toponyms[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    out = []
    for run in runs:
        if len(run) < 2 or not _LAST.search(text[toponyms[run[-2]].end : toponyms[run[-1]].start]):
            continue
        for i in run:
            taken = {c.cc for c in cands[keys[i]] if c.level == 1} - {
                c.cc for c in capital_over_region(cands[keys[i]]) if c.level == 1}
            others = {_region_of(cands[keys[j]]) for j in run if j != i}
            if len(others) == 1 and (cc := next(iter(others))) is not None and cc in taken:
                out.append(i)
    return out
