"""Claims and conflicts: figures about the same subject and attribute that disagree.

Every quantity tied to a subject is a claim. Two claims conflict when two documents measure the
same attribute of the same subject in the same canonical unit, describe the same state of the
world, and differ by more than the figures' own precision and hedges explain:

- rounding from the figure as written ("some 7,000" covers 6,300-7,700; "1,303" 1,302.5-1,303.5;
  counts below 100 are exact: "77" and "84" killed disagree);
- hedges: "at least 84" covers 84 (less 10%) and anything above, "up to 100" anything below, so
  "at least 84" and "80" do not conflict;
- time: facts that do not change (a border's length) are one state over COMPARABLE_YEARS;
  casualty tolls are one state over SAME_REPORT_DAYS (a toll reported later is the toll evolving:
  a change, see analyze/changes.py); other figures (troops, population) only on the same date.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from sitroom.analyze.toll_places import TollPlaces, day_ordinal, narrowed, toll_places
from sitroom.components.event_words import word_lists

COMPARABLE_YEARS = 15  # claims further apart than this describe different times
STATIC = {"length", "area", "height", "depth", "width"}  # facts that do not change: never a change
TOLLS = {"killed", "injured"}  # casualty tolls of an event: they evolve as reports come in
SAME_REPORT_DAYS = 2.0  # toll reports this close describe the same moment
EVENT_DAYS = 120.0  # toll reports further apart are about different events at the same place
EXACT_BELOW = 100  # counts below this are exact, not rounded


def is_static(attribute: str) -> bool:
    """A fact that does not change in the world: two values are a conflict, never a change."""
    return attribute in STATIC


def is_changing(attribute: str) -> bool:
    """Figures that move (troops, population): claims on different dates do not conflict."""
    return not is_static(attribute) and attribute not in TOLLS


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
    change: str = "="  # the text's hedge: > "at least", < "up to", ~ "about"
    source: str | None = None  # the outlet (web host or source path)
    kind: str = "count"
    written_unit: str | None = None
    counted: str | None = None
    forms: str = "[]"  # the figure as written (JSON, as stored), for display


def tolerance(claim: Claim) -> float:
    """Half the rounding step of the most precise figure written, in canonical units."""
    if _written_in_canonical(claim) or not claim.written_value:
        written, scale = claim.value, 1.0
    else:
        written, scale = claim.written_value, claim.value / claim.written_value
    step = _rounding_step(written)
    if claim.unit == "count" and abs(claim.value) < EXACT_BELOW:
        step = 1.0
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


def interval(c: Claim) -> tuple[float, float]:
    """The values a claim allows: its rounding, its range, and its hedge's open side."""
    tol = tolerance(c)
    lo, hi = c.value - tol, (c.high if c.high is not None else c.value) + tol
    if c.change == ">":
        hi = math.inf
    elif c.change == "<":
        lo = -math.inf
    return lo, hi


def agree(a: Claim, b: Claim) -> bool:
    """True when the two figures (or ranges, or hedged bounds) overlap within their precision."""
    (a_lo, a_hi), (b_lo, b_hi) = interval(a), interval(b)
    return a_lo < b_hi and b_lo < a_hi  # 84 and 85, exact, touch at 84.5 and disagree


def same_time(a: Claim, b: Claim) -> bool:
    """True when two claims about one subject describe the same state of the world."""
    days = _days_apart(a.published, b.published)
    if days is None:  # an undated toll or troop count cannot be placed in time; a border's length can
        return is_static(a.attribute)
    if a.attribute in TOLLS:
        return days <= SAME_REPORT_DAYS
    if is_changing(a.attribute):
        return a.published[:10] == b.published[:10]
    return days / 365.25 <= COMPARABLE_YEARS


def comparable(a: Claim, b: Claim) -> bool:
    """Same subject, attribute and unit, from two documents, close enough in time to describe one state."""
    if (a.subject, a.attribute, a.unit) != (b.subject, b.attribute, b.unit):
        return False
    if a.document == b.document:
        return False  # one report's own figures (a toll growing through the night) are not a dispute
    return same_time(a, b)


def _days_apart(x: str | None, y: str | None) -> float | None:
    if not x or not y:
        return None
    return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days)


def _disagreeing(members: list[Claim]) -> set[Claim]:
    """Claims that disagree with at least one comparable claim of another document.

    Members share an attribute, so ``same_time`` allows a fixed number of days: in publication
    order, each claim meets only the later ones within that window (a large store's thousands of
    claims about one subject are not all compared with each other); the pairs kept and the
    verdicts are those of comparing every pair.
    """
    ordered = sorted(members, key=lambda c: c.published or "")
    attributes = {c.attribute for c in ordered}
    window = _window(next(iter(attributes))) if len(attributes) == 1 else None
    days = [day_ordinal(c.published) if c.published else None for c in ordered]
    spans = [interval(c) for c in ordered]  # each claim's allowed values, once (``agree`` per pair)
    flagged = set()
    for i, c in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            d = ordered[j]
            if window is not None and days[i] is not None and days[j] is not None and days[j] - days[i] > window:
                break  # d and every later claim are further away than the window
            (c_lo, c_hi), (d_lo, d_hi) = spans[i], spans[j]
            if not (c_lo < d_hi and d_lo < c_hi) and comparable(c, d):
                flagged.update((c, d))
    return flagged


def _window(attribute: str) -> float:
    """The most days apart that ``same_time`` accepts for two dated claims on ``attribute``."""
    if attribute in TOLLS:
        return SAME_REPORT_DAYS
    if is_changing(attribute):
        return 0.0
    return COMPARABLE_YEARS * 365.25


def toll_keys(claims: list[Claim]) -> dict[str, str]:
    """One key per event place: 'toll:las vegas strip' is read as 'toll:las vegas' when both occur."""
    keys = sorted({c.subject for c in claims if c.subject.startswith("toll:")}, key=len)
    out = {}
    for k in keys:
        name = k[5:]
        shorter = next((s for s in keys if len(s) < len(k) and re.search(rf"\b{re.escape(s[5:])}\b", name)), None)
        out[k] = out.get(shorter, shorter) if shorter else k
    return out


def merged_subjects(claims: list[Claim], places: TollPlaces | None = None) -> list[Claim]:
    """The claims with toll subjects unified: a broader place's toll re-keyed at the narrower place of
    its event on its document's evidence (``toll_places.narrowed``), then ``toll_keys``."""
    from dataclasses import replace

    claims = narrowed(claims, places, EVENT_DAYS)
    keys = toll_keys(claims)
    return [replace(c, subject=keys[c.subject]) if keys.get(c.subject, c.subject) != c.subject else c
            for c in claims]


def claim_dict(c: Claim) -> dict:
    """One claim as conflicts@1 writes it (with the source, the hedge and a readable figure)."""
    from sitroom.figures import format_quantity

    return {"document": c.document, "published": c.published, "source": c.source, "value": c.value,
            "unit": c.unit, "text": c.text, "start": c.start, "end": c.end, "approximate": c.approximate,
            "change": c.change, "high": c.high,
            "display": format_quantity({"value": c.value, "unit": c.unit, "high": c.high, "change": c.change,
                                        "written_value": c.written_value, "written_unit": c.written_unit,
                                        "kind": c.kind, "counted": c.counted, "forms": c.forms,
                                        "approximate": c.approximate, "text": c.text})}


def conflicts(claims: list[Claim], places: TollPlaces | None = None) -> list[dict]:
    """Group disagreeing claims by subject and attribute, in the conflicts@1 shape."""
    by_key: dict[tuple[str, str, str], list[Claim]] = {}
    for c in set(merged_subjects(list(claims), places)):
        by_key.setdefault((c.subject, c.attribute, c.unit), []).append(c)
    groups: dict[tuple[str, str, str], set[Claim]] = {}
    for key, members in by_key.items():
        flagged = _disagreeing(members)
        if len(flagged) > 1:
            groups[key] = flagged
    out = []
    for (_, attribute, _), members in sorted(groups.items()):
        ordered, seen = [], set()
        for c in sorted(members, key=lambda c: (c.published or "", c.document, c.start)):
            if (c.document, c.value, c.high, c.change) not in seen:  # a caption repeated in one report
                seen.add((c.document, c.value, c.high, c.change))
                ordered.append(c)
        out.append({
            "subject": ordered[0].subject_name,
            "subject_id": ordered[0].subject,
            "attribute": attribute,
            "claims": [claim_dict(c) for c in ordered],
        })
    return out


def claims_from_store(store) -> list[Claim]:
    """Every quantity in the store that is tied to a subject and an attribute."""
    rows = store.rows(
        "SELECT q.subject, q.subject_name, q.attribute, q.value, q.unit, q.approximate,"
        " q.written_value, q.text, q.doc_id, d.published, q.start, q.\"end\", q.high, q.change,"
        " d.url, d.source, q.kind, q.written_unit, q.counted, q.forms"
        " FROM quantities q JOIN documents d ON d.id = q.doc_id"
        " WHERE q.subject IS NOT NULL AND q.attribute IS NOT NULL")
    return [Claim(r["subject"], r["subject_name"] or r["subject"], r["attribute"], r["value"],
                  r["unit"], bool(r["approximate"]), r["written_value"], r["text"], r["doc_id"],
                  r["published"], r["start"], r["end"], r["high"], r["change"] or "=",
                  _outlet(r["url"], r["source"]), r["kind"], r["written_unit"], r["counted"],
                  r["forms"] or "[]") for r in rows] + event_count_claims(store)


COUNT_ATTRIBUTES = {"killed": "killed", "wounded": "injured"}
RECALLED_DAYS = 2  # an event dated this long before its report is an earlier event recalled
WHOLE_TOLL = {"people", "persons", "victims", "civilians", "others", "dead", "killed", "injured", "wounded"}
NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty"
                         r"|hundred|thousand|million|least|than|about|some|nearly|almost|over)")


def event_count_claims(store) -> list[Claim]:
    """Tolls that the event-counts component read on an event with a place, where the quantities
    found no toll: subject ``toll:<the event's place>``, so that they meet the quantities' claims.

    Skipped: counts under 2, vague words without a figure ("several"), and events dated more than
    RECALLED_DAYS before their report (an earlier event recalled).
    """
    taken: dict[str, list[tuple[int, int]]] = {}
    for r in store.rows("SELECT doc_id, start, \"end\" FROM quantities WHERE attribute IN ('killed', 'injured')"):
        taken.setdefault(r["doc_id"], []).append((r["start"], r["end"]))
    rows = store.rows(
        "SELECT c.kind, c.value, c.low, c.high, c.approximate, c.text, c.start, c.\"end\", c.doc_id,"
        " d.published, d.url, d.source, e.date_start, p.name AS place,"
        " substr(d.text, CASE WHEN c.start > 200 THEN c.start - 199 ELSE 1 END,"
        " CASE WHEN c.start > 200 THEN 200 ELSE c.start END) AS before,"
        " substr(d.text, c.\"end\" + 1, 60) AS after"
        " FROM event_counts c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = c.doc_id"
        " JOIN places p ON p.id = e.place WHERE c.kind IN ('killed', 'wounded')")
    out = []
    for r in rows:
        if r["value"] is None or r["value"] < 2 or not any(ch.isdigit() for ch in r["text"]) and r["low"] != r["high"]:
            continue
        last = re.findall(r"[A-Za-z]+", r["text"])
        if last and last[-1].lower() not in WHOLE_TOLL and not NUMBER_WORD.fullmatch(last[-1].lower()):
            continue  # "two Chinese tourists", "10 U.S. citizens": a part of the toll
        if part_of_toll(r["before"] or "", r["after"] or ""):
            continue  # "20 people, four of whom were seriously injured": a part of the toll
        if any(s < r["end"] and r["start"] < e for s, e in taken.get(r["doc_id"], ())):
            continue
        if _recalled(r["date_start"], r["published"]):
            continue
        change = ">" if r["high"] is None else "<" if r["low"] is None else "="
        high = r["high"] if change == "=" and r["high"] != r["low"] else None
        place = re.sub(r"^the\s+", "", r["place"], flags=re.IGNORECASE)
        out.append(Claim(f"toll:{place.lower()}", place, COUNT_ATTRIBUTES[r["kind"]], r["value"], "count",
                         bool(r["approximate"]), r["value"], r["text"], r["doc_id"], r["published"], r["start"],
                         r["end"], high, change, _outlet(r["url"], r["source"])))
    return out


def part_of_toll(before: str, after: str) -> bool:
    """The words around a count make it a part of a toll: a breakdown opened earlier in its
    sentence ("20 people, four of whom were ...", "of which four are ...", "... and 16 who were
    walking wounded") or a grade of harm after it ("four were seriously injured")
    (toll_parts.yaml)."""
    partitives, grades = word_lists("toll_parts", "partitives", "grades")
    sentence = re.split(r"[.!?]\s|\n", before)[-1].lower()
    clause = re.split(r"[.;!?]|\band\b|,", after.lower())[0]
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", sentence) for p in partitives):
        return True
    head = re.match(r"\s*(?:of whom|of which|who|which|are|were|is|was|have been|had been|been|\s)*", clause)
    rest = clause[head.end():] if head else clause
    return any(rest.startswith(g) for g in grades)


def _outlet(url: str | None, source: str | None) -> str | None:
    """'www.nytimes.com' from the URL, else the source path."""
    m = re.match(r"https?://([^/]+)", url or "")
    return m.group(1) if m else source


def find_conflicts(store) -> list[dict]:
    """The conflicts in a store, as ``sitroom conflicts --format json`` prints them."""
    claims = claims_from_store(store)
    return conflicts(claims, toll_places(store, claims))


def _recalled(event_date: str | None, published: str | None) -> bool:
    """True when an event is dated before its report by more than RECALLED_DAYS (or an earlier month/year)."""
    if not event_date or not published:
        return False
    if len(event_date) < 10 or not re.match(r"\d{4}-\d\d-\d\d", event_date):
        return event_date < published[:len(event_date)]
    return event_date[:10] < published[:10] and _days_apart(event_date, published) > RECALLED_DAYS
