"""The TIMEX3 fields of one expression (``Reading``) and the small text helpers that
``sitroom.resolve.timex_rules`` reads candidates with: the word before or after, a written
amount, a unit, a mod."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitroom.model import DateRange
from sitroom.resolve import dates
from sitroom.resolve.timex_grammar import Candidate, vocab

__all__ = ["Reading", "comparison_recently", "generic_today", "programme_name", "rate_before", "someday"]

_WORD_BEFORE = re.compile(r"([\w'’$£€#%]+)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}?([\w%]+)")


@dataclass(frozen=True)
class Reading:
    """The TIMEX3 fields of one expression."""

    value: str
    type: str = "DATE"
    mod: str | None = None
    range: DateRange | None = None
    narrative: tuple[str, int | None] | None = None  # (unit, shift) from the previous date in the text
    # the report's reference quarter: 0 is that quarter ("the quarter", "the latest period"), -1
    # the same quarter a year before ("a year ago", "year-earlier" in a quarterly report); the
    # value stands when the text has written no quarter ("" drops the expression)
    fiscal: int | None = None


def _before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end:end + 30])
    return m.group(1) if m else ""


def _low(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower().rstrip(".")) if s else ""


def _number(word: str | None) -> float | None:
    """A written amount: digits, number words ("twenty-five", "two and a half"); None when vague."""
    if not word:
        return 1.0
    w = _low(word)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", w):
        w = w.replace(",", "")  # "24,000"
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    elif m := re.fullmatch(r"(\d+)(?:\s+1/2|\s*½)", w):  # "5 1/2 hours", "2½ years"
        w, half = m.group(1), 0.5
    try:
        return float(w) + half
    except ValueError:
        pass
    nums = vocab().numbers
    if w in nums:
        return float(nums[w]) + half
    total = 0.0
    for piece in re.split(r"[\s-]+", w):
        if piece not in nums:
            return None
        total = total * nums[piece] if nums[piece] == 100 and total else total + nums[piece]
    return total + half


def _unit(word: str) -> str:
    w = _low(word)
    w = "century" if w.startswith("centur") else w
    return w[:-1] if w.endswith("s") and w[:-1] in vocab().units else w


def _mod(c: Candidate) -> str | None:
    p = c.parts
    if "mid" in p:
        return "MID"
    word = _low(p.get("mod") or p.get("mod2", "").rstrip("-") or p.get("dmod") or p.get("emod"))
    return vocab().part_modifiers.get(word)


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _month(name: str) -> int:
    return vocab().months[_low(name)]


def _date(value: str, anchor: dt.date | None, kind: str = "DATE", mod: str | None = None) -> Reading:
    return Reading(value, kind, mod, dates.range_of(value, anchor))


def _compare(reading: Reading) -> Reading:
    """A point a year back that a quarterly report compares with: the reference quarter's (see Reading.fiscal)."""
    return Reading(reading.value, reading.type, reading.mod, reading.range, reading.narrative, fiscal=-1)


def _shift(word: str | None) -> int | None:
    return vocab().shifts.get(_low(word)) if word else None


def someday(c: Candidate, text: str) -> bool:
    """"one day" meaning "some day" ("Islam will one day be", "hopes that one day it can"), not a
    day's length ("for one day", "one day before the vote", "It took one day")."""
    if _low(text[c.start:c.end]) != "one day":
        return False
    words = vocab().data
    before = _before(text, c.start)
    heads = not before or re.search(r"[.!?:;,\"“”]\s*$", text[max(0, c.start - 4):c.start]) is not None
    if not heads and before in words["someday_lead"]:
        return True
    return (heads or before in words["someday_clause"]) and _after(text, c.end).lower() in words["someday_subjects"]


def generic_today(c: Candidate, text: str) -> bool:
    """"today's world", "today's youth", "today's personal computers": the present age (TimeML's
    PRESENT_REF), not the publication day (a possessive "today's" before a word of ``generic_present``
    within two words); "today's meeting" stays the day."""
    if _low(text[c.start:c.end]) != "today":
        return False
    m = re.match(r"['’]s\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", text[c.end:c.end + 40])
    return m is not None and bool({m.group(1), m.group(2)} & set(vocab().generic_present))


_RATE_AMOUNT = re.compile(r"(?:\d|%|once|twice|times|million|billion|thousand|dollars|euros|pounds)$")
_NOT_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "since", "from"}


def rate_before(text: str, start: int, end: int) -> bool:
    """"a year" of a rate, a TimeML SET: after an amount ("$2 million a year", "twice a day") or
    after a counted plural ("700 seats a week", "dozens of interviews a day", "24 hours a day"),
    not before a comparison ("two weeks a day later")."""
    before = text[max(0, start - 60):start].lower().rstrip()
    if _RATE_AMOUNT.search(before):
        return True
    if _after(text, end).lower() in _NOT_RATE_AFTER:
        return False
    words = re.findall(r"[\w,.$%-]+", before)[-5:]
    if not words or len(words[-1]) < 3 or not words[-1].endswith("s"):
        return False
    counts = set(vocab().numbers) | set(vocab().counted_plurals)
    return any(w[0].isdigit() or w in counts for w in words[-4:-1])


def programme_name(c: Candidate, text: str) -> bool:
    """"BBC Radio 4's Today programme", "NBC's \"Today\" show": a day word capitalised inside a
    sentence, or quoted, before a word of ``programme_nouns`` names a broadcast, not a day."""
    written = text[c.start:c.end]
    if not written[:1].isupper():
        return False
    quoted = text[max(0, c.start - 1):c.start] in ("\"", "“", "‘", "'")
    before = text[max(0, c.start - 200):c.start].rstrip()  # (a window, not the whole text before it)
    opening = not before or before[-1] in ".!?\n:"
    if opening and not quoted:
        return False
    m = re.match(r"[\"”’']?\s+([a-z][a-z-]*)", text[c.end:c.end + 30])
    return m is not None and m.group(1) in vocab().programme_nouns


def comparison_recently(c: Candidate, text: str) -> bool:
    """"as recently as 2009", "as recently as Thursday": the time is the expression after the second
    "as"; "recently" only hedges the comparison (no timex of its own)."""
    return (_low(text[c.start:c.end]) == "recently" and _before(text, c.start).lower() == "as"
            and re.match(r"\s+as\b", text[c.end:c.end + 5]) is not None)
