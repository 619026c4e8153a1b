"""Which of two organisation names, one inside the other, is the better name (``entities
--duplicates``).

A longer name is better only when its one extra word is the body's head at the end ("House
Intelligence Committee") or a service word inside ("201st Army Division"); an extra last word
that is no head is a span cut too long ("Department of Transport Document"), and any other word
inside makes another body ("Joint Economic Commission"). A name whose every mention in the texts
runs on with a capitalised word or "of X" is itself cut ("Supreme National" of "Supreme National
Security Council", "Federal Reserve Bank" of "...Bank of New York"): it is kept over no one, and
one cut before "of" a country or region is that place's branch, no duplicate of the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.components.event_words import word_lists
from sitroom.model import EntityRef
from sitroom.resolve.actor_data import load_titles, norm_key

__all__ = ["MentionTails", "branch_word", "extra_word", "head_word", "mention_tails", "name_runs_on", "org_ref"]

MILITARY_HEADS = frozenset({
    "division", "brigade", "regiment", "battalion", "army", "corps", "fleet", "forces", "squadron", "guard",
})

_RUNS_ON = re.compile(r"^ (?:(of|for) (?:the )?)?([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*)")


def head_word(word: str) -> bool:
    """A last word that names a kind of body ("Committee", "Corp", "Network")."""
    heads, = word_lists("org_names", "head_words")
    key = norm_key(word)
    return key in heads or word.strip(".,>") in load_titles().company_words or len(key) <= 1 or key.isdigit()


def org_ref(name: str, country: str | None) -> EntityRef:
    """An organisation the dictionary does not know: its id from its name, a military unit when its
    last word is a service's ("201st Army Division")."""
    kind = "military_unit" if name.split()[-1].lower() in MILITARY_HEADS else "organization"
    return EntityRef("org:" + norm_key(name), name, kind, country)


def branch_word(word: str) -> bool:
    branches, = word_lists("org_names", "branch_words")
    return norm_key(word) in branches


def extra_word(short: list[str], long_raw: str, stop: frozenset[str]) -> tuple[str, str]:
    """The word of ``long_raw`` that ``short`` (its other words, in order) lacks, and where it
    stands: "first", "middle" or "last" ("", "" when not exactly one)."""
    raw = [w for w in long_raw.split() if norm_key(w) and norm_key(w) not in stop]
    rest, extra = list(short), []
    for i, w in enumerate(raw):
        if rest and norm_key(w) == rest[0]:
            rest.pop(0)
        else:
            extra.append(i)
    if rest or len(extra) != 1:
        return "", ""
    i = extra[0]
    return raw[i], "first" if i == 0 else "last" if i == len(raw) - 1 else "middle"


def name_runs_on(tails: Iterable[str]) -> str:
    """What every mention of a name runs on with when the name stops inside a longer one
    (" Security Council", " of New York"): the first run-on, or "" when one mention ends there."""
    first = ""
    for tail in tails:
        m = _RUNS_ON.match(tail)
        if not m or (not m.group(1) and norm_key(m.group(2).split()[0]) in load_titles().words):
            return ""  # "Federal Reserve Chairman Jerome Powell": an office after the name
        first = first or m.group(0).strip()
    return first


def mention_tails(store, ids: Iterable[str], width: int = 40) -> dict[str, list[str]]:
    """Entity id -> the text right after each of its mentions."""
    out: dict[str, list[str]] = {}
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for r in store.rows('SELECT m.entity_id AS id, substr(d.text, m."end" + 1, ?) AS tail FROM mentions m'
                            " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN"
                            f" ({', '.join('?' * len(chunk))})", (width, *chunk)):
            out.setdefault(r["id"], []).append(r["tail"] or "")
    return out


class MentionTails:
    """``mention_tails`` read when first asked, one entity at a time: only the names found inside
    a longer name need them, so a store's duplicate review does not read every mention's text."""

    def __init__(self, store, width: int = 40) -> None:
        self._store, self._width, self._cache = store, width, {}

    def get(self, entity_id: str, default: list[str] | None = None) -> list[str]:
        if entity_id not in self._cache:
            self._cache[entity_id] = mention_tails(self._store, [entity_id], self._width).get(entity_id, [])
        return self._cache[entity_id] or (default if default is not None else [])
