"""A state's reading that one occurrence of a name earns, kept to that occurrence.

"Seattle, Washington" or "a New York state judge" says the state where it stands; the story's
other, bare "Washington"s and "New York"s ("remarks in Washington on Wednesday", "his New York
office") are still the capital and the big city that share the state's name, as they are in a
story that never names the state (place_lists.capital_over_region). One sense per document holds
for towns and namesakes, not for a name that a world city and its region both bear.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.place_lists import capital_over_region
from sitroom.resolve.place_names import prior

__all__ = ["bare_occurrences"]

# a story that says the state this often with its own words ("New York state's governor", "across
# New York state", the state's short name "N.Y.") is about the state: its bare mentions are the state too
STATE_STORY = 2
_AFTER_NAME = re.compile(r",[ \t]?$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _same_state(short: tuple[Candidate, ...], cands: tuple[Candidate, ...]) -> bool:
    """Every reading of another name is a first-level region that ``cands`` reads as too."""
    states = {(c.cc, c.admin1) for c in cands if c.level == 1}
    return bool(short) and all(c.level == 1 and (c.cc, c.admin1) in states for c in short)


def _beside_region(toponyms: list, keys: list[str], cands: dict, i: int, text: str) -> bool:
    """Another name of the ``i``-th one's sentence reads by itself as a first-level region of the
    country whose region shares the name ("Washington has had more fires than Oregon")."""
    t = toponyms[i]
    ccs = {c.cc for c in cands[keys[i]] if c.level == 1}
    for j, o in enumerate(toponyms):
        if j == i or keys[j] == keys[i]:
            continue
        a, b = sorted((t, o), key=lambda x: x.start)
        if _SENTENCE_END.search(text, a.end, b.start) or not cands.get(keys[j]):
            continue
        best = max(capital_over_region(cands[keys[j]]) or cands[keys[j]], key=prior)
        if best.level == 1 and best.cc in ccs:
            return True
    return False


def _contained(toponyms: list, i: int, text: str) -> bool:
    """The ``i``-th name stands right after another name and a comma ("Seattle, Washington")."""
    t = toponyms[i]
    if not _AFTER_NAME.search(text[max(0, t.start - 2) : t.start]):
        return False
    return any(o.end <= t.start and _AFTER_NAME.fullmatch(text[o.end : t.start]) for o in toponyms)


def bare_occurrences(toponyms: list, keys: list[str], cands: dict[str, tuple[Candidate, ...]],
                     own_kind: dict[int, str | None], kinds: dict[str, str | None],
                     pairs: dict, text: str) -> list[int]:
    """The indices of the occurrences of a name that a capital or a city of a million shares with
    a first-level region, when the state's reading comes from another occurrence (a kind written
    at it, or a town before it and a comma) and nothing at this one says the state: no kind of
    its own, no town before it, no container after it, and no region of that country beside it
    in its sentence; none where STATE_STORY occurrences say the state with their own words."""
    held = {kb for v in pairs.values() for kb in v}
    kinded = Counter(keys[i] for i, kind in own_kind.items() if kind == "state")
    for k in set(keys):  # "D-N.Y.", "N.Y." elsewhere: the state's own short name says it too
        kinded[k] += sum(1 for kk in keys if kk != k and _same_state(cands.get(kk, ()), cands.get(k, ())))
    out = []
    for i, t in enumerate(toponyms):
        k = keys[i]
        if "\x00" in k or k in pairs or not (kinds.get(k) == "state" or k in held) or kinded[k] >= STATE_STORY:
            continue
        if capital_over_region(cands[k]) == cands[k] or own_kind.get(i) or _contained(toponyms, i, text) \
                or _beside_region(toponyms, keys, cands, i, text):
            continue
        out.append(i)
    return out
