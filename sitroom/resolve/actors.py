"""Actor identity across documents: aggregate per id, find likely duplicates, merge B into A.

Pure logic; the store does the SQL (``sitroom entities`` lists the store's rows, ``sitroom
merge A B`` folds B into A and remembers the alias; ``entities --duplicates`` proposes merges).
Ids are stable by construction: countries by ISO alpha-3, dictionary actors by key, people by
``person:`` + normalised full name, other organisations by ``org:`` + normalised name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from sitroom.resolve.actor_data import norm_key

__all__ = [
    "Candidate",
    "EntitySummary",
    "compatible",
    "duplicate_candidates",
]

# kinds that may name the same body ("the Taliban" as organization in one text, armed_group in another)
GROUP_KINDS = frozenset({"organization", "armed_group", "military_unit", "media", "other"})


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One actor over a whole store: what ``sitroom entities`` lists."""

    id: str
    name: str
    kind: str
    country: str | None
    mentions: int
    documents: int
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A likely duplicate: merge ``merge`` into ``keep``."""

    keep: str
    merge: str
    score: float  # 0-100
    reason: str


def compatible(a: EntitySummary, b: EntitySummary) -> bool:
    """Could ``a`` and ``b`` be one actor? Same kind family, no conflicting country or role."""
    if a.id == b.id:
        return False
    if a.kind != b.kind and not (a.kind in GROUP_KINDS and b.kind in GROUP_KINDS):
        return False
    if a.kind == "country":
        return False  # countries are keyed by ISO code: two codes are two states
    if a.country and b.country and a.country != b.country:
        return False
    if a.kind == "person" and a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return a.role is None or b.role is None or norm_key(a.role) == norm_key(b.role)
    return True


def _same_given(x: str, y: str) -> bool:
    """ "v" and "vladimir" can be the same given name; "vladimir" and "viktor" cannot."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _person_score(a: str, b: str) -> tuple[float, str]:
    """ "Putin" vs "Vladimir Putin", "V. Putin" vs "Vladimir Putin", spelling variants."""
    wa, wb = norm_key(a).split("-"), norm_key(b).split("-")
    if wa[-1] == wb[-1]:
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) == 1:
            return 92.0, "surname of a full name"
        if all(_same_given(x, y) for x, y in zip(short[:-1], long_[:-1], strict=False)):
            return 95.0, "same surname, compatible given names"
    return float(fuzz.token_sort_ratio(" ".join(wa), " ".join(wb))), "similar name"


def duplicate_candidates(entities: Iterable[EntitySummary], threshold: float = 88.0) -> list[Candidate]:
    """Pairs of compatible actors with similar names, best first; the one mentioned more is kept."""
    items = [e for e in entities if e.kind != "country"]
    blocks: dict[str, list[EntitySummary]] = defaultdict(list)
    for e in items:
        words = norm_key(e.name).split("-")
        # people meet on their surname, others on their first letters: avoids comparing all pairs
        blocks[("p:" + words[-1]) if e.kind == "person" else ("o:" + words[0][:3])].append(e)
    seen, out = set(), []
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if not compatible(a, b) or (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                if a.kind == "person":
                    score, reason = _person_score(a.name, b.name)
                else:
                    score, reason = float(fuzz.token_sort_ratio(norm_key(a.name), norm_key(b.name))), "similar name"
                if score < threshold:
                    continue
                keep, merge = sorted((a, b), key=lambda e: (-e.mentions, -len(e.name), e.id))
                out.append(Candidate(keep.id, merge.id, score, reason))
    return sorted(out, key=lambda c: (-c.score, c.keep, c.merge))


