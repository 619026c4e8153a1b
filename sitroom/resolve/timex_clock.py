"""Clock times: "3 p.m.", "15:30", "noon Saturday", "at 2130 hours" (a 24-hour clock in police
and military reports), each on its own day or on the last day the text wrote."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from sitroom.resolve import dates
from sitroom.resolve.timex_grammar import Candidate, vocab
from sitroom.resolve.timex_reading import Reading, _before, _low, _month, _year

__all__ = ["clock_context", "clock_time"]

TenseFn = Callable[[int, int], "str | None"]


@lru_cache(maxsize=8)
def _words(key: str) -> frozenset[str]:
    """A word list of data/time.yaml, as a set (built once)."""
    return frozenset(vocab().data[key])


def clock_context(text: str, start: int, digits: str) -> bool:
    """A four-digit number of hours reads as a 24-hour clock: with a leading zero ("0800 hrs"),
    after "at", "until" ..., or after a hedge ("arrested around 1900 hours") unless a verb of
    spending time comes first ("took about 2000 hours"); "logged 2000 hours" is an amount."""
    before = _before(text, start)
    if digits.startswith("0") or before in _words("clock_prepositions"):
        return True
    if before not in _words("clock_hedges"):
        return False
    m = re.search(r"([\w']+)\W+[\w']+\W*$", text[max(0, start - 40):start])
    return (m.group(1).lower() if m else "") not in _words("hours_spent")


def clock_time(c: Candidate, text: str, anchor: dt.date | None, tense: TenseFn) -> Reading | None:
    """The TIME value of a clock candidate; None for a bare "3:16" or an amount of hours."""
    p = c.parts
    if p.get("h3") and not clock_context(text, c.start, p["h3"] + p["mi3"]):
        return None
    if p.get("h3"):
        hour, minute = int(p["h3"]), int(p["mi3"])
    elif p.get("h4"):
        # a part of the day says which half of the clock: only after "at", "until", "around" ...
        # ("won 3 in the morning session" is a count)
        if _before(text, c.start) not in _words("clock_prepositions") | _words("clock_hedges"):
            return None
        hour, minute = int(p["h4"]) % 12 + (0 if _low(p["dp"]) == "morning" else 12), 0
    elif p.get("noon"):
        hour, minute = (24 if _low(p["noon"]) == "midnight" else 12), 0
    else:
        hour = int(p.get("h") or p.get("h2"))
        minute = int(p.get("mi") or p.get("mi2") or 0)
        ampm = _low(p.get("ampm")).replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not ampm and not p.get("tz") and not p.get("wd") and not p.get("dw") and not p.get("month"):
            return None  # "3:16" alone is too often a score or a verse
    if p.get("month"):
        year = _year(p.get("year"))
        day = dates.day_value(anchor, _month(p["month"]), int(re.sub(r"\D", "", p["day"])), year,
                              None if year else tense(c.start, c.end))
    elif p.get("wd"):
        day = dates.weekday_value(anchor, vocab().weekdays[_low(p["wd"])], tense(c.start, c.end))
    elif p.get("dw"):
        day = dates.relative_period(anchor, "day", {"yesterday": -1, "tomorrow": 1}.get(_low(p["dw"]), 0))
    else:
        day = dates.relative_period(anchor, "day", 0)
    # TimeML writes a clock time with its minutes ("3 p.m." is T15:00), as TE3's training data does
    clock = f"{hour:02d}:{minute:02d}"
    # a clock time without its own day belongs to the last day written, else to the publication day
    narrative = None if p.get("wd") or p.get("dw") or p.get("month") else ("day", 0)
    return Reading(f"{day}T{clock}", "TIME", None, dates.range_of(day, anchor), narrative)
