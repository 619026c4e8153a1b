"""Turn a found time-expression candidate into TIMEX3 fields (value, type, mod, range).

Reads the text around a candidate to drop false hits (quantities read as years, "fall" the
verb, "May" the modal) and asks the caller for the clause's tense where a month or weekday
could be past or future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sitroom.model import DateRange
from sitroom.resolve import dates
from sitroom.resolve.timex_clock import clock_context, clock_time
from sitroom.resolve.timex_grammar import Candidate, vocab
from sitroom.resolve.timex_reading import (
    Reading, _after, _before, _compare, _date, _low, _mod, _month, _number, _shift, _unit, _year,
    comparison_recently, generic_today, programme_name, rate_before, someday,
)

__all__ = ["Reading", "interpret"]

TenseFn = Callable[[int, int], "str | None"]

_QUANTITY_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|(?!(?:is|was|has|as|its|his|this|does|thus|us)\b)[a-z]+(?<![su])s\b|km|kilomet|miles?\b"
    r"|feet\b|tons?\b|kg\b|people\b|[a-z]+-(?:strong|member)|more\b|others?\b)")
_HEDGES = {"than", "nearly", "almost", "approximately", "roughly", "some", "about", "over", "under", "only", "just"}
_AFTER_REF_OK = {"and", "or", "but", "is", "was", "were", "has", "have", "had", "we", "they", "it", "he", "she",
                 "i", "to", "there", "this", "that", "when", "as", "with", "for", "than", "in", "on", "at", "the",
                 "will", "would", "can", "could", "may", "might", "should", "of", "s"}
_MONTH_PREPS = {"in", "since", "from", "until", "till", "by", "of", "through", "during", "early", "late", "mid",
                "to", "before", "after", "last", "next", "this", "and", "or"}
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CENTURY_VERBS = {"saw", "brought", "began", "ended", "witnessed", "produced", "became", "ushered"}
# "two quarters of the vote" is a fraction; "several quarters of losses", "two quarters of the year" are periods
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|all|this|these|those)\s+(?!(?:fiscal\s+)?year\b)")
_YEAR_END_PREPS = {"by", "since", "at", "until", "till", "before", "after", "through", "from", "to", "of", "around",
                   "toward", "towards", "near", "close"}
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}
_SHIFT_TENSE = {"last": "PAST", "next": "FUTURE"}  # "last Oct. 23", "next March 3"
# "the seasonally slow third quarter", "Apple's fourth quarter": an ordinal quarter after a definite
# determiner or a possessive, at most two lower-case words between, is a period; not after
# "the year-ago" (that is the comparison's own expression)
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|\w['’]s)\s+(?:(?![a-z-]*year)[a-z][a-z-]*\s+){0,2}$")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


_COMPARE_BEFORE = {"from", "than", "with", "versus", "vs", "over", "million", "billion", "share", "cents", "cent"}


_STRETCH = {"day": ("day", 1), "week": ("day", 7), "weekend": ("day", 7), "fortnight": ("day", 14),
            "month": ("month", 1), "quarter": ("month", 3), "year": ("year", 1), "decade": ("year", 10),
            "century": ("year", 100)}


def _span_unit_range(anchor: dt.date | None, unit: str, amount: float | None, direction: int) -> DateRange | None:
    """Calendar stretch of "the past two years" / "recent months" / "the coming weeks"."""
    if anchor is None or unit not in _STRETCH:
        return None
    base, step = _STRETCH[unit]
    here = dates.relative_period(anchor, base, 0)
    other = None if amount is None else dates.relative_period(anchor, base, direction * int(amount * step))
    return DateRange(other, here) if direction < 0 else DateRange(here, other)


def _year_ok(c: Candidate, text: str) -> bool:
    """A bare four-digit number is a year unless the words around it make it a quantity."""
    prev = _before(text, c.start)
    year = int(c.parts["year"])
    marked = any(k in c.parts for k in ("mod", "mid", "mod2", "fiscal"))
    temporal = marked or (prev in vocab().year_prepositions and prev not in ("the", "and", "or"))
    if re.search(r"\b(?:[Pp]re|[Pp]ost)-$", text[max(0, c.start - 6):c.start]):
        return True  # "the post-1959 politics", "pre-1914 Europe": a year after a prefix of time
    if prev in ("a", "an"):
        return True  # "a 2009 analysis": a determiner before a number makes it a modifier, not a count
    if prev in _HEDGES and not marked:
        return False
    if not temporal and (year < 1800 or year > 2100):
        return False
    return temporal or not _QUANTITY_AFTER.match(text[c.end:c.end + 20])


def _ref_ok(c: Candidate, text: str) -> bool:
    ref = _low(c.parts["ref"])
    if not ref.startswith("the "):
        return text[c.end:c.end + 1] != "-"
    nxt = _after(text, c.end)
    return not nxt or not nxt[0].isalpha() or nxt.lower() in _AFTER_REF_OK or text[c.end:c.end + 1] in ",.;:)"


def _name_follows(c: Candidate, text: str) -> bool:
    """"Sunday Times", "April Ryan", "Good Friday Agreement": a capitalised word glued to the name."""
    m = re.match(r" ([A-Z][a-z]+)", text[c.end:c.end + 20])
    if not m:
        return False
    word = m.group(1).lower()
    v = vocab()
    return word not in v.months and word not in v.weekdays and word not in v.day_parts


def _periodical(c: Candidate, text: str) -> bool:
    """"daily" or "weekly" naming a paper, not a recurrence: inside a title ("New York Daily News",
    "Kayhan Daily") or before the paper's name ("the German daily Handelsblatt")."""
    opening = not text[:c.start].strip() or text[:c.start].rstrip()[-1] in ".!?\n\"“‘'("
    return (text[c.start].isupper() and not opening) or _name_follows(c, text)


def _report_adjective(c: Candidate, text: str) -> bool:
    """"quarterly dividend", "its quarterly results": a report word before a noun (time.yaml)."""
    if _low(c.parts["word"]) not in vocab().report_adjectives:
        return False
    nxt = re.match(r"\s+([a-z][a-z-]*)\b", text[c.end:c.end + 30])
    return nxt is not None and nxt.group(1) not in _AFTER_REF_OK and nxt.group(1) != "basis"  # "a quarterly basis" recurs


def _month_ok(c: Candidate, text: str) -> bool:
    if "year" not in c.parts and _name_follows(c, text) and _before(text, c.start) not in _MONTH_PREPS:
        return False
    written = text[c.start:c.end]
    if "year" not in c.parts and _name_follows(c, text) and _low(c.parts["month"]) in vocab().ambiguous_months \
            and len(c.parts["month"]) == 3 and written.endswith(c.parts["month"]):
        return False  # "and Jan Kavan": an abbreviation without its period before a name is a first name
    if _low(c.parts["month"]) not in vocab().ambiguous_months or {"year", "shift", "yshift"} & c.parts.keys():
        return True
    if _mod(c) is not None:
        return True
    return _before(text, c.start) in _MONTH_PREPS


def _year_shift(p: dict, anchor: dt.date | None) -> int | None:
    """The year of "in June last year", "on March 3 this year"."""
    if not p.get("yshift") or anchor is None:
        return None
    return anchor.year + (_shift(p["yshift"]) or 0)


def interpret(c: Candidate, text: str, anchor: dt.date | None, tense: TenseFn) -> Reading | None:
    """The TIMEX3 reading of a candidate, or None when the context says it is no time expression."""
    p, kind = c.parts, c.kind
    if kind in ("mdy", "dmy", "andday"):
        month, day = _month(p["month"]), int(re.sub(r"\D", "", p["day"]))
        year = _year(p.get("year")) or _year_shift(p, anchor)
        t = None if year else _SHIFT_TENSE.get(_low(p.get("shift"))) or tense(c.start, c.end)
        first = dates.day_value(anchor, month, day, year, t)
        if "day2" in p:
            last = first[:-2] + f"{int(re.sub(r'[^0-9]', '', p['day2'])):02d}"
            if last <= first:
                return None
            return Reading(f"{first}/{last}", "DATE", None, DateRange(first, last))
        return _date(first, anchor)
    if kind in ("iso", "slash"):
        mon, dd = int(p["mon"]), int(p["dd"])
        if kind == "slash" and mon > 12:
            mon, dd = dd, mon  # 22/3/2013: day first
        try:
            day = dt.date(int(p["year"]), mon, dd)
        except ValueError:
            return None
        if p.get("clock"):
            return Reading(f"{day.isoformat()}T{p['clock']}", "TIME", None, dates.range_of(day.isoformat(), anchor))
        return _date(day.isoformat(), anchor)
    if kind == "month":
        if not _month_ok(c, text):
            return None
        t = tense(c.start, c.end)
        year = _year(p.get("year")) or _year_shift(p, anchor)
        value = dates.month_value(anchor, _month(p["month"]), year, t, _shift(p.get("shift")))
        return _date(value, anchor, mod=_mod(c))
    if kind == "yrange":
        sep, lead = _low(p["sep"]), _low(p.get("from"))
        if (sep in ("to", "through", "until") and lead != "from") or (sep == "and" and lead != "between"):
            return None
        first, last = int(p["year"]), p["year2"]
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if not first < end <= first + 100:
            return None
        return Reading(f"{first}/{end}", "DATE", None, DateRange(str(first), str(end)))
    if kind == "year":
        if not _year_ok(c, text):
            return None
        reading = _date(p["year"], anchor, mod=_mod(c))
        prev = _before(text, c.start)
        if prev == "since" and anchor is not None and int(p["year"]) <= anchor.year:
            return Reading(p["year"], "DATE", "ON_OR_AFTER", DateRange(p["year"], anchor.isoformat()))
        return reading
    if kind == "decade":
        dec = p["decade"]
        start = int(dec) if len(dec) == 4 else 1900 + int(dec[1:])
        if start % 100 == 0 and len(dec) == 4 and start < 2000:
            return _date(dates.century_value(start // 100 + 1), anchor, mod=_mod(c))  # "the 1800s"
        if not p.get("the") and not _mod(c) and len(dec) == 4 and _before(text, c.start) not in vocab().year_prepositions:
            return None
        return _date(dates.decade_value(start), anchor, mod=_mod(c))
    if kind == "yearword":
        if not p.get("month") and not p.get("mill") and _QUANTITY_AFTER.match(text[c.end:c.end + 20]):
            return None  # "nineteen twenty people": a count
        nums = vocab().numbers
        ones = nums.get(_low(p.get("ones") or p.get("ones2")), 0)
        year = 2000 + ones if p.get("mill") else nums[_low(p["cent"])] * 100 + _number(p["tens"]) + ones
        return _date(f"{int(year):04d}-{_month(p['month']):02d}" if p.get("month") else f"{int(year):04d}", anchor)
    if kind == "decword":
        # "the nineties"; "highs in the nineties", "the nineties Fahrenheit" are temperatures
        if re.search(r"(?i)temperature|degree|high|low|\bmercury", text[max(0, c.start - 40):c.start]) \
                or re.match(r"\s+(?:degrees|Fahrenheit|F\b)", text[c.end:c.end + 12]):
            return None
        if anchor is None:
            return None
        tens = vocab().decade_words[_low(p["dword"])] * 10
        start = anchor.year // 100 * 100 + tens
        start = start - 100 if start > anchor.year else start
        return _date(dates.decade_value(start), anchor, mod=_mod(c))
    if kind == "century_bare" and p["cent"] == "C" and _before(text, c.start) not in ("the", "a", "an"):
        return None  # a capitalised "Century" with no determiner is a name ("20th Century Fox")
    if kind in ("century", "century_bare"):
        nxt = re.match(r"\s+([a-z]+)\b", text[c.end:c.end + 20])
        if p.get("the") and nxt and nxt.group(1) not in _AFTER_REF_OK | _CENTURY_VERBS:
            return None  # "the 12th century temple": "the" is the temple's; "12th century" alone is the timex
        return _date(dates.century_value(int(p["ord"])), anchor, mod=_mod(c))
    if kind in ("quarter", "qcode"):
        q = p["q"]
        quarter = int(q) if q.isdigit() else _ORDINALS.get(_low(q), 4)
        shift = _shift(p.get("shift")) if p.get("shift", "").lower() != "the" else None
        owner = _before(text, c.start) in ("its", "their", "his", "her", "our", "fiscal", "company's") \
            or _DETERMINED.search(text, max(0, c.start - 40), c.start) is not None
        if "year" not in p and "qyear" not in p and "qshift" not in p and shift is None and "the" not in p \
                and kind == "quarter" and not (
                p.get("hy") == "-" or owner):
            return None  # "one quarter (27 percent)" is a fraction; "third-quarter profit" a period
        if p.get("qshift"):  # "last year's fourth quarter"
            year = int(dates.year_value(anchor, _shift(p["qshift"]))) if anchor else None
            return _date(f"{year:04d}-Q{quarter}" if year else f"XXXX-Q{quarter}", anchor, mod=_mod(c))
        year = _year(p.get("year") or p.get("qyear"))
        value = dates.quarter_value(anchor, quarter, year, shift, None if year else tense(c.start, c.end))
        return _date(value, anchor, mod=_mod(c))
    if kind == "half":
        year = _year(p.get("year"))
        shift = _shift(p.get("shift")) or 0
        base = str(year) if year else dates.year_value(anchor, shift)
        return _date(f"{base}-H{1 if p['half'] == 'first' else 2}", anchor)  # "the last half of 1989" too
    if kind == "season":
        if not ("shift" in p or "year" in p or _mod(c)) and _before(text, c.start) not in (
            "in", "during", "over", "until", "by", "since", "through", "this", "last", "next", "early", "late", "the",
                "into", "throughout", "till", "toward", "towards"):
            return None
        if _after(text, c.end) == "of" and "year" not in p:
            return None
        if "year" not in p and text[c.start:c.start + 1].isupper() and _name_follows(c, text):
            return None  # "the lawsuit by Summer Zervos": a first name
        code = vocab().seasons[_low(p["season"])]
        value = dates.season_value(anchor, code, _year(p.get("year")), _shift(p.get("shift")), tense(c.start, c.end))
        return _date(value, anchor, mod=_mod(c))
    if kind == "rel":
        unit, shift = _low(p["unit"]), _shift(p["shift"]) or 0
        word = _low(p["shift"])
        if unit == "day" and shift == 0:
            return _date("PRESENT_REF", anchor)  # "to this day"
        if unit == "day" and word == "last":
            return None  # "Clinton's last day on the trail": the final day, not yesterday
        if p.get("the") and (unit == "day" or word in ("previous", "following")):
            # "the next day", "the following year" hang on the narrative, not on the publication date
            return Reading(_UNKNOWN.get(unit, "XXXX"), narrative=(unit, shift))
        if p.get("the") and word in ("past", "last", "next", "coming"):
            code = vocab().units[unit]
            direction = -1 if shift < 0 else 1
            return Reading(dates.duration_value(1, code["code"], code["factor"]), "DURATION", None,
                           _span_unit_range(anchor, unit, 1, direction))
        if unit == "quarter":
            value = dates.quarter_value(anchor, None, None, shift, None)
        else:
            value = dates.relative_period(anchor, unit, shift)
        reading = _date(value, anchor, mod=_mod(c))
        if unit == "year" and word == "last" and not p.get("emod") and _before(text, c.start) in _COMPARE_BEFORE \
                and not re.match(r"['’]s\b", text[c.end:c.end + 2]):
            return _compare(reading)  # "compared with $3 million last year"
        return reading
    if kind == "fq":
        if p.get("ya") or p.get("ya2"):  # "the year-ago quarter", "year-earlier profit"
            return _compare(_date(dates.year_value(anchor, -1), anchor))
        return Reading("", fiscal=0)  # "the quarter", "the latest period": only after a quarter is named
    if kind == "that":
        unit = _low(p["unit"])
        if unit in vocab().day_parts:
            return Reading(f"XXXX-XX-XXT{vocab().day_parts[unit]}", "TIME", narrative=("day", 0))
        return Reading(_UNKNOWN.get(unit, "XXXX"), narrative=(unit, 0))
    if kind == "later":
        unit, amount = _unit(p["unit"]), _number(p.get("num"))
        if unit in ("hour", "minute", "second", "quarter"):
            return None
        sign = 1 if _low(p["dir"]) == "later" else -1
        n = None if amount is None else sign * int(amount * {"decade": 10, "century": 100}.get(unit, 1))
        base = "year" if unit in ("decade", "century") else "day" if unit == "fortnight" else unit
        n = n * 14 if n is not None and unit == "fortnight" else n
        reading = Reading(_UNKNOWN.get(base, "XXXX"), narrative=(base, n))
        return _compare(reading) if base == "year" and n == -1 else reading
    if kind == "nextpart":  # "the next morning": that part of the day after the last date written
        return Reading(f"XXXX-XX-XXT{vocab().day_parts[_low(p['part'])]}", "TIME", narrative=("day", 1))
    if kind == "partof":
        year = _year(p.get("year"))
        day = dates.day_value(anchor, _month(p.get("month") or p["month2"]), int(re.sub(r"\D", "", p.get("day") or p["day2"])),
                              year, None if year else tense(c.start, c.end))
        return _with_part(day, p["part"], anchor)
    if kind == "weekof":  # "the week of March 6": the ISO week holding that day
        year = _year(p.get("year"))
        day = dates.day_value(anchor, _month(p["month"]), int(re.sub(r"\D", "", p["day"])), year,
                              None if year else tense(c.start, c.end))
        if not _DAY_VALUE.match(day):
            return None
        iso_year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return _date(f"{iso_year:04d}-W{week:02d}", anchor)
    if kind == "weekend":
        sat = dates.weekday_value(anchor, 6, tense(c.start, c.end))
        if anchor is None:
            return Reading("XXXX-WXX-WE")
        year, week, _ = dt.date.fromisoformat(sat).isocalendar()
        return _date(f"{year:04d}-W{week:02d}-WE", anchor)
    if kind == "yearend":
        # "by year-end", "since year end", "around year's end": the end of the year as a noun after a
        # preposition ("year-end results" is an adjective); a past one is last year's
        if _before(text, c.start) not in _YEAR_END_PREPS:
            return None
        back = _before(text, c.start) == "since" or tense(c.start, c.end) == "PAST"
        year = dates.year_value(anchor, -1 if back and anchor is not None and anchor.month < 12 else 0)
        return _date(year, anchor, mod="END")
    if kind == "theyear":
        return _the_year(c, text, anchor)
    if kind == "midpart":
        day = dates.relative_period(anchor, "day", 0)  # like a clock time: the last day written, else the report's
        return Reading(f"{day}T{vocab().day_parts[_low(p['part'])]}", "TIME", "MID", dates.range_of(day, anchor),
                       ("day", 0))
    if kind == "long" and p.get("units"):  # "decades-long": a vague span, as "for decades"
        unit = _unit(p["units"])
        code = vocab().units[unit]
        value = dates.duration_value(None, "DE" if unit == "decade" else "CE" if unit == "century" else code["code"],
                                     1, code.get("time", False))
        return Reading(value, "DURATION")
    if kind == "long":
        code = vocab().units[_unit(p["unit"])]
        return Reading(dates.duration_value(1, code["code"], code["factor"], code.get("time", False)), "DURATION")
    if kind == "partrel":
        value = dates.relative_period(anchor, _low(p["unit"]), 0)
        return _date(value, anchor, mod=_mod(c))
    if kind == "relwd":
        shift = _shift(p["shift"])
        weekday = vocab().weekdays[_low(p["wd"])]
        value = dates.weekday_value(anchor, weekday, tense(c.start, c.end), shift or None)
        reading = _with_part(value, p.get("part"), anchor)
        if _low(p["shift"]) in ("previous", "following") and shift:
            # "down 4.5% from the previous Friday": the Friday before the day the text speaks of (the
            # last day written), as "the previous day"; the report's own Friday when none was written
            return Reading(reading.value, reading.type, reading.mod, reading.range, (f"weekday{weekday}", shift))
        return reading
    if kind == "wdset":
        if re.search(r"[\w,;]\s+[A-Z][\w&]*\s+$", text[max(0, c.start - 30):c.start]):
            return None  # "TGI Fridays": a capitalised word before it inside a sentence makes a name
        part = p.get("part") or p.get("part2")
        value = f"XXXX-WXX-{vocab().weekdays[_low(p['wd'])]}"
        return Reading(value + (f"T{vocab().day_parts[_low(part)]}" if part else ""), "SET")
    if kind == "wd":
        if "part" not in p and _name_follows(c, text) and _before(text, c.start) != "on":  # "on Sunday McConnell said"
            return None
        value = dates.weekday_value(anchor, vocab().weekdays[_low(p["wd"])], tense(c.start, c.end))
        reading = _with_part(value, p.get("part"), anchor)
        return Reading(reading.value, reading.type, _mod(c), reading.range)
    if kind == "holiday":
        if "year" not in p and _name_follows(c, text):
            return None  # "the Good Friday Agreement"
        name = _low(p["holiday"]).replace("’", "'")
        fixed = vocab().holidays.get(name)
        t = None if p.get("year") else tense(c.start, c.end)
        value = dates.holiday_value(anchor, name, fixed, _year(p.get("year")), t)
        return _date(value, anchor) if value else None
    if kind == "dayword":
        if programme_name(c, text):
            return None  # BBC Radio 4's "Today programme": a broadcast's name
        if generic_today(c, text):
            return _date("PRESENT_REF", anchor)  # "today's world": the present age (TimeML PRESENT_REF)
        word = _low(p.get("dw") or p.get("dw2"))
        part = p.get("part") or p.get("part2")
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        if word == "last":
            offset = -1 if _low(part) == "night" else 0
        if word == "tonight":
            part = "night"
        value = dates.relative_period(anchor, "day", offset)
        return _with_part(value, part, anchor)
    if kind == "ago":
        hedge = vocab().duration_modifiers.get(_low(p.get("dmod"))) if p.get("dmod") else None
        mod = {"MORE_THAN": "BEFORE", "EQUAL_OR_MORE": "ON_OR_BEFORE", "LESS_THAN": "AFTER"}.get(hedge, hedge)
        unit = _unit(p["unit"])
        # "weeks ago": a plural with no number is a vague past ("two weeks from now" stays two
        # timexes, as TimeML marks "from" a signal between a duration and "now")
        plural = re.search(r"s\s+ago$", text[c.start:c.end], re.IGNORECASE)
        amount = None if not p.get("num") and plural else _number(p.get("num"))
        reading = _date(dates.ago(anchor, amount, unit), anchor, mod=mod)
        return _compare(reading) if unit == "year" and amount == 1 and mod is None else reading
    if kind == "dur":
        if someday(c, text):
            return None if tense(c.start, c.end) == "PAST" else _date("FUTURE_REF", anchor)
        return _duration(c, text, anchor)
    if kind == "bare":
        unit = _unit(p["unit"])
        # "the weeks ahead" is the coming weeks; "in years ahead" a vague span, like "in years"
        pre = "the coming" if p.get("ahead") and p.get("the") else _low(p.get("pre"))
        if not pre and _before(text, c.start) not in ("for", "in", "within", "over", "after", "before", "during",
                                                      "since", "of", "than", "take", "takes", "took"):
            return None
        code = vocab().units[unit]
        value = dates.duration_value(None, "DE" if unit == "decade" else "CE" if unit == "century" else code["code"],
                                     1, code.get("time", False))
        direction = 1 if pre in ("the next", "the coming", "coming") else -1
        rng = _span_unit_range(anchor, unit, None, direction) if pre else None
        return Reading(value, "DURATION", None, rng)
    if kind == "set":
        if p.get("word"):
            if _periodical(c, text) or _report_adjective(c, text):
                return None
            return Reading(vocab().sets[_low(p["word"])], "SET")
        unit = _low(p["unit"])
        if unit in vocab().units:
            code = vocab().units[unit]
            return Reading(dates.duration_value(1, code["code"], code["factor"], code.get("time", False)), "SET")
        if unit in vocab().weekdays:
            return Reading(f"XXXX-WXX-{vocab().weekdays[unit]}", "SET")
        if unit in vocab().day_parts:
            return Reading(f"XXXX-XX-XXT{vocab().day_parts[unit]}", "SET")
        if unit in vocab().months:
            return Reading(f"XXXX-{vocab().months[unit]:02d}", "SET")  # "each July"
        return Reading(f"XXXX-{vocab().seasons[unit]}", "SET")
    if kind == "ref":
        if not _ref_ok(c, text) or comparison_recently(c, text):
            return None
        return _date(vocab().references[_low(p["ref"])], anchor)
    if kind == "time":
        return clock_time(c, text, anchor, tense)
    return None


def _the_year(c: Candidate, text: str, anchor: dt.date | None) -> Reading | None:
    """"the year" of a company report: "the year ended Sept. 30" is a twelve-month period (a
    fiscal year, P1Y); "for the full year", "sales for the year," and "the first nine months of
    the year" are the report's year; elsewhere "the year" is the narrative's and left alone."""
    p = c.parts
    if re.match(r"\s+(?:ended|ending)\b", text[c.end:c.end + 10]):
        return None if p.get("emod") else Reading("P1Y", "DURATION")
    before = text[max(0, c.start - 30):c.start].lower()
    reported = p.get("emod") or p.get("adj") \
        or (re.search(r"\bfor\s*$", before) and re.match(r"\s*[,.;]", text[c.end:c.end + 2])) \
        or re.search(r"\b(?:months|weeks|half|quarters?|rest|remainder|balance)\s+of\s*$", before)
    return _date(dates.year_value(anchor, 0), anchor) if reported else None


def _with_part(value: str, part: str | None, anchor: dt.date | None) -> Reading:
    if not part:
        return _date(value, anchor)
    return Reading(f"{value}T{vocab().day_parts[_low(part)]}", "TIME", None, dates.range_of(value, anchor))


def _duration(c: Candidate, text: str, anchor: dt.date | None) -> Reading | None:
    p = c.parts
    if re.fullmatch(r"[A-Z][a-z]+", p["unit"]):
        return None  # "CBS's 60 Minutes", "24 Hours of Le Mans": a capitalised unit after its number is a title
    unit = _unit(p["unit"])
    raw_num = _low(p["num"])
    amount = _number(p["num"])
    if raw_num in ("a", "an") and not p.get("dmod") and not p.get("the"):
        if rate_before(text, c.start, c.end):
            code = vocab().units[unit]
            return Reading(dates.duration_value(1, code["code"], code["factor"], code.get("time", False)), "SET")
    compound = "-" in text[c.start:c.end] or p.get("pl") or p.get("long")
    unhyphenated = _before(text, c.start) in ("a", "an", "the", "its", "their", "his", "her", "our") \
        and re.match(r"\s+[a-z]{3,}\b", text[c.end:c.end + 20]) is not None  # "a five year low", "a two day rally"
    if amount is not None and amount > 1 and not compound and raw_num not in ("a", "an") and not unhyphenated:
        return None  # "two year plan" is read as a compound only with a hyphen or after a determiner
    if amount is None and raw_num not in [_low(x) for x in vocab().vague_numbers]:
        return None
    if unit == "hour" and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", raw_num) \
            and clock_context(text, text.index(p["num"], c.start), raw_num) and not re.match(r"\s+of\b", text[c.end:]):
        return None  # "at 2130 hours" is a clock (timex_clock), not 2,130 hours
    if unit == "second" and raw_num in ("a", "an", "one") and re.match(r"\s+[a-z]", text[c.end:c.end + 3]):
        return None  # "added a second case": an ordinal
    if unit == "quarter" and (not p.get("pl") or re.search(r"\w-quarters$", text[c.start:c.end])
                              or _FRACTION_OF.match(text, c.end)):
        return None  # "one quarter (27 percent)", "three-quarters of its food": fractions, not periods
    if amount is not None and p.get("half"):
        amount += 0.5  # "a year and a half" P1Y6M, "an hour and a half" PT1H30M
    code = vocab().units[unit]
    value = dates.duration_value(amount, code["code"], code["factor"], code.get("time", False))
    mod = vocab().duration_modifiers.get(_low(p.get("dmod"))) if p.get("dmod") else None
    rel = _low(p.get("rel"))
    rng = None
    if rel in ("past", "last", "previous"):
        rng = _span_unit_range(anchor, unit, amount, -1)
    elif rel in ("next", "coming", "following"):
        rng = _span_unit_range(anchor, unit, amount, 1)
    return Reading(value, "DURATION", mod, rng)
