"""Claims and conflicts: figures about the same subject and attribute that disagree.

Every quantity tied to a subject is a claim. Two claims conflict when they measure the same
attribute of the same subject in the same canonical unit, at comparable times, and differ by
more than rounding explains. Unit conversion is already done by the quantity extractor (both
sides are in canonical units); rounding is judged from the precision of the figure as written
("some 7,000" covers 6,500-7,500; "1,303" covers 1,302.5-1,303.5).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

COMPARABLE_YEARS = 15  # claims further apart than this describe different times
CHANGING = {"troops", "population", "count"}  # attributes that move: compare only same-date


@dataclass(frozen=True)
class Claim:
    """One figure about one subject, with where it was read."""

    subject: str
    subject_name: str
    attribute: str
    value: float
    unit: str
    approximate: bool
    written_value: float | None
    text: str
    document: str
    published: str | None
    start: int
    end: int
    high: float | None = None  # upper end when the figure is a range ("tens of thousands")


def tolerance(claim: Claim) -> float:
    """Half the rounding step of the most precise figure written, in canonical units."""
    if _written_in_canonical(claim) or not claim.written_value:
        written, scale = claim.value, 1.0
    else:
        written, scale = claim.written_value, claim.value / claim.written_value
    step = _rounding_step(written)
    if claim.approximate:
        step = max(step, abs(written) * 0.1)
    return max(step / 2 * abs(scale), abs(claim.value) * 0.005)


def _written_in_canonical(claim: Claim) -> bool:
    """True when the text spells out the canonical value itself ("(1,303 kilometers)")."""
    if claim.value != int(claim.value):
        return False
    n = int(claim.value)
    return f"{n:,}" in claim.text or str(n) in claim.text


def _rounding_step(value: float) -> float:
    """1000 for 7000, 100 for 1200, 1 for 1303: the last non-zero digit's place."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    if value != int(value):
        decimals = len(repr(value).split(".")[1])
        return 10.0 ** -decimals
    v, step = int(abs(value)), 1
    while v % 10 == 0:
        v //= 10
        step *= 10
    return float(step)


def agree(a: Claim, b: Claim) -> bool:
    """True when the two figures (or ranges) overlap within both claims' rounding."""
    slack = tolerance(a) + tolerance(b)
    a_hi, b_hi = a.high if a.high is not None else a.value, b.high if b.high is not None else b.value
    return a.value - slack <= b_hi and b.value - slack <= a_hi


def comparable(a: Claim, b: Claim) -> bool:
    """Same subject, attribute and unit, and close enough in time to describe one state."""
    if (a.subject, a.attribute, a.unit) != (b.subject, b.attribute, b.unit):
        return False
    if a.document == b.document and a.start < b.end and b.start < a.end:
        return False
    years = _years_apart(a.published, b.published)
    if years is None:
        return True
    if a.attribute in CHANGING:
        return years == 0 and a.published == b.published
    return years <= COMPARABLE_YEARS


def _years_apart(x: str | None, y: str | None) -> float | None:
    if not x or not y:
        return None
    return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days) / 365.25


def _bin(c: Claim) -> str | int | None:
    """The time bin a claim is compared within: its date for changing figures, else its year."""
    if not c.published:
        return None
    return c.published[:10] if c.attribute in CHANGING else int(c.published[:4])


def _bins_for(key: str | int | None, keys: set, changing: bool) -> list:
    if key is None:
        return list(keys)
    if changing:
        return [k for k in keys if k is None or k == key]
    return [k for k in keys if k is None or abs(k - key) <= COMPARABLE_YEARS]


def _disagreeing(members: list[Claim]) -> set[Claim]:
    """Claims that disagree with at least one comparable claim, in O(n x bins) not O(n^2).

    Two claims agree when their rounding intervals overlap, so a claim is in conflict exactly
    when some comparable claim's interval lies wholly above or below its own: per time bin it
    is enough to know the two highest lower ends and the two lowest upper ends.
    """
    span = {c: (c.value - tolerance(c), (c.high if c.high is not None else c.value) + tolerance(c))
            for c in members}
    bins: dict = {}
    for c in members:
        bins.setdefault(_bin(c), []).append(c)
    top_lo = {k: sorted(v, key=lambda c: -span[c][0])[:2] for k, v in bins.items()}
    low_hi = {k: sorted(v, key=lambda c: span[c][1])[:2] for k, v in bins.items()}
    changing = members[0].attribute in CHANGING
    flagged = set()
    for c in members:
        lo, hi = span[c]
        for k in _bins_for(_bin(c), set(bins), changing):
            above = next((d for d in top_lo[k] if d != c), None)
            below = next((d for d in low_hi[k] if d != c), None)
            if (above and span[above][0] > hi) or (below and span[below][1] < lo):
                flagged.add(c)
                break
    return flagged


def conflicts(claims: list[Claim]) -> list[dict]:
    """Group disagreeing claims by subject and attribute, in the conflicts@1 shape."""
    by_key: dict[tuple[str, str, str], list[Claim]] = {}
    for c in set(claims):
        by_key.setdefault((c.subject, c.attribute, c.unit), []).append(c)
    groups: dict[tuple[str, str, str], set[Claim]] = {}
    for key, members in by_key.items():
        flagged = _disagreeing(members)
        if len(flagged) > 1:
            groups[key] = flagged
    out = []
    for (_, attribute, _), members in sorted(groups.items()):
        ordered = sorted(members, key=lambda c: (c.published or "", c.document, c.start))
        out.append({
            "subject": ordered[0].subject_name,
            "subject_id": ordered[0].subject,
            "attribute": attribute,
            "claims": [{"document": c.document, "published": c.published, "value": c.value,
                        "unit": c.unit, "text": c.text, "start": c.start, "end": c.end,
                        "approximate": c.approximate} for c in ordered],
        })
    return out


def claims_from_store(store) -> list[Claim]:
    """Every quantity in the store that is tied to a subject and an attribute."""
    rows = store.rows(
        "SELECT q.subject, q.subject_name, q.attribute, q.value, q.unit, q.approximate,"
        " q.written_value, q.text, q.doc_id, d.published, q.start, q.\"end\", q.high"
        " FROM quantities q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.subject IS NOT NULL AND q.attribute IS NOT NULL")
    return [Claim(r["subject"], r["subject_name"] or r["subject"], r["attribute"], r["value"],
                  r["unit"], bool(r["approximate"]), r["written_value"], r["text"], r["doc_id"],
                  r["published"], r["start"], r["end"], r["high"]) for r in rows]


def find_conflicts(store) -> list[dict]:
    """The conflicts in a store, as ``sitroom conflicts --format json`` prints them."""
    return conflicts(claims_from_store(store))
