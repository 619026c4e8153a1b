"""Resolve parsed time expressions to TIMEX3 values against the publication date.

Pure calendar arithmetic, no text: the finder in ``sitroom.components.timexes`` says what was
written (a month, a weekday, "last year", a decade) and these functions say which calendar
period it names. Without an anchor, relative expressions keep TIMEX3 X placeholders.
"""

from __future__ import annotations

import datetime as dt
import re

from sitroom.model import DateRange

__all__ = [
    "Tense",
    "ago",
    "anchor_of",
    "century_value",
    "day_value",
    "decade_value",
    "duration_value",
    "holiday_value",
    "month_value",
    "quarter_value",
    "range_of",
    "relative_period",
    "season_value",
    "weekday_value",
    "year_value",
]

Tense = str | None  # "PAST", "PRESENT", "FUTURE" or None when unknown

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def anchor_of(published: str | None) -> dt.date | None:
    """The publication date as a date, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _months(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _ym(total: int) -> str:
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


_SLACK = dt.timedelta(days=14)  # a publication date may lag the report by days, not weeks


def _pick_year(anchor: dt.date, month: int, tense: Tense) -> int:
    """Year of a month written without one: the publication year, moved when tense says it is far."""
    ahead = month - anchor.month
    if tense == "PAST":
        return anchor.year - 1 if ahead >= 2 else anchor.year
    if tense == "FUTURE":
        return anchor.year + 1 if ahead <= -2 else anchor.year
    if ahead > 6:
        return anchor.year - 1
    if ahead < -6:
        return anchor.year + 1
    return anchor.year


def day_value(anchor: dt.date | None, month: int, day: int, year: int | None, tense: Tense) -> str:
    """A calendar day; the year comes from the text, else from the anchor and tense."""
    if year is None:
        if anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        year = _pick_year(anchor, month, tense)
        if tense == "PAST" and year == anchor.year and dt.date(year, month, min(day, 28)) > anchor + _SLACK:
            year -= 1  # "discussed it on Dec. 22", reported on Dec. 2: the year before
    return f"{year:04d}-{month:02d}-{day:02d}"


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wd = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wd) // 451
    month, day = divmod(h + wd - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _movable(name: str, year: int) -> dt.date | None:
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if name.startswith("thanksgiving"):  # fourth Thursday of November (US)
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        second = dt.date(year, 11, 2)
        return second + dt.timedelta(days=(1 - second.weekday()) % 7)
    return None


def holiday_value(anchor: dt.date | None, name: str, fixed: str | None, year: int | None, tense: Tense) -> str | None:
    """A named day: "Christmas" (fixed month-day) or "Easter" (computed), its year as for a month."""
    if fixed:
        month, day = (int(x) for x in fixed.split("-"))
        return day_value(anchor, month, day, year, tense)
    if year is None:
        if anchor is None:
            return None
        probe = _movable(name, anchor.year)
        if probe is None:
            return None
        year = _pick_year(anchor, probe.month, tense)
    found = _movable(name, year)
    return found.isoformat() if found else None


def month_value(anchor: dt.date | None, month: int, year: int | None, tense: Tense, shift: int | None = None) -> str:
    """A month: "July" (tense), "last June" (shift -1: the latest before the anchor month)."""
    if year is not None:
        return f"{year:04d}-{month:02d}"
    if anchor is None:
        return f"XXXX-{month:02d}"
    if shift is None:
        return f"{_pick_year(anchor, month, tense):04d}-{month:02d}"
    year = anchor.year
    if shift < 0 and month >= anchor.month:
        year -= 1
    elif shift > 0 and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def weekday_value(anchor: dt.date | None, weekday: int, tense: Tense, shift: int | None = None) -> str:
    """A weekday (1 = Monday) as the nearest such day before or after the anchor, by tense."""
    if anchor is None:
        return f"XXXX-WXX-{weekday}"
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if shift is not None and shift < 0:
        delta = -(back or 7)
    elif shift is not None and shift > 0:
        delta = ahead or 7
    elif tense == "FUTURE":
        delta = ahead
    elif tense == "PRESENT":
        delta = ahead if ahead < back else -back
    elif tense == "PAST":
        # the clause's verb says the act is done ("said on Monday" in a Sunday paper, "had met
        # on Monday", "did not vote on Monday"): the latest such day, even six days back
        delta = -back
    else:
        # no tense to go by (a headline, a verbless list): the weekday after the publication date
        # is that next day, not six days before, as a report stamped late in the day (or in
        # another time zone) often names it; any other weekday is the latest one before
        delta = 1 if back == 6 else -back
    return (anchor + dt.timedelta(days=delta)).isoformat()


def year_value(anchor: dt.date | None, shift: int) -> str:
    """"this year", "last year", "next year"."""
    return "XXXX" if anchor is None else f"{anchor.year + shift:04d}"


def season_value(anchor: dt.date | None, season: str, year: int | None, shift: int | None, tense: Tense) -> str:
    """"summer 2012", "last summer", "the winter": the season code after a year."""
    if year is not None:
        return f"{year:04d}-{season}"
    if anchor is None:
        return f"XXXX-{season}"
    current = _SEASON_ORDER[(anchor.month % 12) // 3]
    # seasons counted in winter-first years: December already belongs to next year's winter,
    # so "last summer" in December is this calendar year's summer
    year = anchor.year + (1 if anchor.month == 12 else 0)
    order = {s: i for i, s in enumerate(_SEASON_ORDER)}
    if shift is None and tense is None:
        # no tense: the nearest such season (the summer just gone, seen from December)
        mid = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[season]
        now = anchor.year * 12 + anchor.month
        return f"{min(range(anchor.year - 1, anchor.year + 2), key=lambda y: abs(y * 12 + mid - now)):04d}-{season}"
    if shift is None:
        shift = -1 if tense == "PAST" and order[season] > order[current] else 0
        if tense == "FUTURE" and order[season] < order[current]:
            shift = 1
    if shift < 0 and order[season] >= order[current]:
        year -= 1
    elif shift > 0 and order[season] <= order[current]:
        year += 1
    return f"{year:04d}-{season}"


def quarter_value(anchor: dt.date | None, quarter: int | None, year: int | None, shift: int | None, tense: Tense) -> str:
    """"the first quarter (of 2013)", "last quarter"."""
    if anchor is None and year is None:
        return f"XXXX-Q{quarter}" if quarter else "XXXX-QX"
    if quarter is None:
        assert anchor is not None
        total = anchor.year * 4 + (anchor.month - 1) // 3 + (shift or 0)
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    if year is None:
        assert anchor is not None
        year = anchor.year
        now_q = (anchor.month - 1) // 3 + 1
        if (shift or 0) < 0 or (tense == "PAST" and quarter > now_q):
            year -= 1 if quarter >= now_q or tense == "PAST" else 0
        elif (shift or 0) > 0 and quarter <= now_q:
            year += 1
    return f"{year:04d}-Q{quarter}"


def relative_period(anchor: dt.date | None, unit: str, shift: int) -> str:
    """The period ``shift`` units away from the anchor: day, week, weekend, month, year, decade, century."""
    if anchor is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX")
    if unit == "day":
        return (anchor + dt.timedelta(days=shift)).isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = (anchor + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return _ym(_months(anchor) + shift)
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}X"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    return f"{anchor.year + shift:04d}"


def ago(anchor: dt.date | None, amount: float | None, unit: str) -> str:
    """"four years ago" -> 2009 against 2013: the point back at the unit's granularity."""
    if amount is None or anchor is None:
        return "PAST_REF"
    n = int(amount)
    if unit in ("decade", "century"):
        n *= 10 if unit == "decade" else 100
        unit = "year"
    if unit == "fortnight":
        n, unit = n * 14, "day"
    if unit in ("hour", "minute", "second"):
        return anchor.isoformat()
    if unit == "year" and n >= anchor.year:
        return "PAST_REF"  # "24,000 years ago": before year one, which an ISO year cannot write
    return relative_period(anchor, unit, -n)


def duration_value(amount: float | None, code: str, factor: int, time: bool = False) -> str:
    """TIMEX3 duration: P10D, P2Y, PT24H, PXM (vague amount)."""
    if amount is None:
        qty = "X"
    else:
        total = amount * factor
        qty = str(int(total)) if float(total).is_integer() else f"{total:g}"
        smaller = _SMALLER_TIME.get(code) if time else _SMALLER.get(code)
        if not float(total).is_integer() and smaller and float(rest := (total % 1) * smaller[1]).is_integer():
            whole = f"{int(total)}{code}" if int(total) else ""  # "5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M
            return f"PT{whole}{int(rest)}{smaller[0]}" if time else f"P{whole}{int(rest)}{smaller[0]}"
    if code == "WE":
        code = "WE"
    return f"PT{qty}{code}" if time else f"P{qty}{code}"


_SMALLER = {"Y": ("M", 12), "W": ("D", 7)}  # the next unit down that a half of this one is whole in
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}


def decade_value(decade_start: int) -> str:
    """"the 1980s" -> 198X."""
    return f"{decade_start // 10:03d}X"


def century_value(ordinal: int) -> str:
    """"the 20th century" -> 19 (TIMEX3 writes the century's first two digits)."""
    return f"{ordinal - 1:02d}"


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})$")


def range_of(value: str, anchor: dt.date | None = None) -> DateRange | None:
    """The calendar interval a TIMEX3 date value covers, at the value's own precision."""
    if "/" in value:
        start, end = value.split("/", 1)
        first, last = range_of(start, anchor), range_of(end, anchor)
        if first is None or last is None:
            return None
        return DateRange(first.start, last.end)
    if m := _DAY.match(value):
        return DateRange(m.group(0), m.group(0))
    if _MONTH.match(value) or _YEAR.match(value):
        return DateRange(value, value)
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + dt.timedelta(days=5) if value.endswith("-WE") else monday
        return DateRange(first.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    if m := _QUARTER.match(value):
        q = int(m.group(2))
        return DateRange(f"{m.group(1)}-{3 * q - 2:02d}", f"{m.group(1)}-{3 * q:02d}")
    if m := _HALF.match(value):
        h = int(m.group(2))
        return DateRange(f"{m.group(1)}-{6 * h - 5:02d}", f"{m.group(1)}-{6 * h:02d}")
    if m := _SEASON.match(value):
        year, (first, last) = int(m.group(1)), SEASON_MONTHS[m.group(2)]
        start_year = year - 1 if first > last else year
        return DateRange(f"{start_year:04d}-{first:02d}", f"{year:04d}-{last:02d}")
    if m := _DECADE.match(value):
        return DateRange(f"{m.group(1)}0", f"{m.group(1)}9")
    if m := _CENTURY.match(value):
        return DateRange(f"{m.group(1)}00", f"{m.group(1)}99")
    if value == "PRESENT_REF" and anchor is not None:
        return DateRange(anchor.isoformat(), anchor.isoformat())
    if value == "PAST_REF" and anchor is not None:
        return DateRange(None, anchor.isoformat())
    if value == "FUTURE_REF" and anchor is not None:
        return DateRange(anchor.isoformat(), None)
    return None


def shift_from(value: str, unit: str, shift: int | None) -> str | None:
    """"the next day" after 2013-03-19 is 2013-03-20: a period moved from an earlier date in the text.

    None when ``value`` is less precise than ``unit`` (a year cannot anchor "the next day").
    """
    if shift is None:
        return None
    if unit == "year" and shift and (m := re.match(r"^(\d{4})(-Q[1-4]|-H[12]|-SP|-SU|-FA|-WI|-\d{2})$", value)):
        # "a year earlier" than the third quarter is the third quarter of the year before ("that
        # year" after "June 1998" is 1998 itself)
        return f"{int(m.group(1)) + shift:04d}{m.group(2)}"
    if unit == "quarter" and (m := _QUARTER.match(value)):
        total = int(m.group(1)) * 4 + int(m.group(2)) - 1 + shift
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    if unit == "quarter":
        return None  # "that quarter" names a quarter written before, not the one a day falls in
    if unit.startswith("weekday"):  # "the previous Friday": that weekday before (after) a day written
        m = _DAY.match(value)
        if m is None:
            return None
        return weekday_value(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), int(unit[7:]), None, shift)
    try:  # a date the text got wrong ("February 30") anchors nothing
        if m := _DAY.match(value):
            base = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif (m := _MONTH.match(value)) and unit not in ("day", "week", "weekend"):
            base = dt.date(int(m.group(1)), int(m.group(2)), 1)
        elif (m := _YEAR.match(value)) and unit in ("year", "decade", "century"):
            base = dt.date(int(m.group(1)), 1, 1)
        else:
            return None
        return relative_period(base, unit, shift)
    except (ValueError, OverflowError):
        return None
