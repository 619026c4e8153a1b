"""Find time-expression candidates in plain text with regular expressions built from time.yaml.

Finding is ours, not dateparser's: it reads "We" as Wednesday and cannot see ranges or decades.
Each pattern names its parts (month, day, year, shift, unit ...); ``sitroom.resolve.timex_rules``
turns a candidate into a TIMEX3 value. Month and weekday names must be capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitroom.data_yaml import load_yaml
from sitroom.resolve.required_words import required_words
from sitroom.resolve.timex_scan import guard, trie_alternation

__all__ = ["Candidate", "Vocab", "find", "vocab"]

_REQUIRED = {
    "months": dict, "ambiguous_months": list, "weekdays": dict, "seasons": dict, "day_parts": dict,
    "numbers": dict, "vague_numbers": list, "units": dict, "part_modifiers": dict,
    "duration_modifiers": dict, "shifts": dict, "references": dict, "sets": dict,
    "holidays": dict, "movable_holidays": list, "decade_words": dict, "future_cues": list, "present_cues": list,
    "past_cues": list, "planning_verbs": list, "year_prepositions": list, "clock_prepositions": list,
    "clock_hedges": list, "hours_spent": list, "report_adjectives": list, "someday_lead": list,
    "someday_clause": list, "someday_subjects": list, "generic_present": list,
    "counted_plurals": list, "prospective_verbs": list, "prospective_adjectives": list,
}


@dataclass(frozen=True)
class Vocab:
    """The validated contents of sitroom/data/time.yaml."""

    data: dict

    def __getattr__(self, name: str):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None


def _validate(data: object) -> dict:
    if not isinstance(data, dict):
        raise TypeError("time.yaml: expected a mapping at the top level")
    for key, kind in _REQUIRED.items():
        if not isinstance(data.get(key), kind):
            raise TypeError(f"time.yaml: '{key}' must be a {kind.__name__}; fix sitroom/data/time.yaml")
    for name, month in data["months"].items():
        if not (isinstance(month, int) and 1 <= month <= 12):
            raise ValueError(f"time.yaml: month '{name}' must map to 1..12")
    for name, day in data["weekdays"].items():
        if not (isinstance(day, int) and 1 <= day <= 7):
            raise ValueError(f"time.yaml: weekday '{name}' must map to 1..7")
    for name, unit in data["units"].items():
        if not isinstance(unit, dict) or "code" not in unit or "factor" not in unit:
            raise ValueError(f"time.yaml: unit '{name}' needs code and factor")
    return data


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """Load and validate the vocabulary once."""
    text = resources.files("sitroom.data").joinpath("time.yaml").read_text(encoding="utf-8")
    return Vocab(_validate(load_yaml(text)))


def _alt(words, cap: bool = False) -> str:
    """Alternation, longest first; ``cap`` keeps only capitalised forms, else either case of letter one."""
    out = []
    for word in sorted(set(words), key=len, reverse=True):
        body = re.escape(word[1:]).replace(r"\ ", r"\s+")
        first = word[0]
        if cap:
            out.append(re.escape(first.upper()) + body)
        elif first.isalpha():
            out.append(f"[{first.upper()}{first.lower()}]" + body)
        else:
            out.append(re.escape(first) + body)
    return "(?:" + "|".join(out) + ")"


@dataclass(frozen=True)
class Candidate:
    """A stretch of text one pattern matched, with its named parts."""

    start: int
    end: int
    kind: str
    parts: dict


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    v = vocab()
    abbrev = [m for m in v.months if any(o != m and o.startswith(m) for o in v.months)]
    month = "(?:" + _alt([m for m in v.months if m not in abbrev], cap=True) + "|" + _alt(abbrev, cap=True) + r"\.?)"
    wd = _alt(v.weekdays, cap=True)
    wd_stamp = _alt([*v.weekdays, *(w[:3] for w in v.weekdays)], cap=True)  # "Thu January 3, 2013"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    year = r"(?<![\d,.$£€#])(?:1[0-9]|20)\d\d(?![\d,]\d|\.\d)"
    nums = _alt(v.numbers)
    tens = _alt(w for w, n in v.numbers.items() if n in range(20, 100, 10))
    ones = _alt(w for w, n in v.numbers.items() if n in range(1, 10) and " " not in w and w not in ("a", "an"))
    word_num = rf"(?:{tens}[\s-]+{ones}|(?:{ones}|[Aa])\s+hundred|{nums})"
    # "24,000 years ago": thousands written with commas are one amount (not "000 years ago")
    num = rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|\s+1/2(?![\d/])|\s*½)?|{word_num})(?:\s+and\s+a\s+half)?"
    vague = _alt(v.vague_numbers)
    unit = _alt([u for u in v.units if u != "century"] + ["century", "centurie"])
    units_pl = r"(?:centuries|" + _alt(u + "s" for u in v.units if u != "century")[3:]
    shift = _alt(v.shifts)
    part = _alt(v.part_modifiers)
    dmod = _alt(v.duration_modifiers)
    season = _alt(v.seasons)
    daypart = _alt(v.day_parts)
    refs = _alt(v.references)
    sets = _alt(v.sets)
    tail = r"(?![\w-])"
    zones = r"(?:GMT|UTC|EST|EDT|ET|CET|CEST|BST|PST|PDT|CST|CDT|MST|MDT|IST|JST)"  # "1849 EST" is a clock
    names = sorted({*v.holidays, *v.movable_holidays}, key=len, reverse=True)
    holidays = "(?:" + "|".join(r"\s+".join(re.escape(w[0].upper() + w[1:]) for w in n.split()) for n in names) + ")"
    pm = rf"(?:(?P<mod>{part})\s+|(?P<mid>[Mm]id)-|(?P<mod2>{part}-))?"
    patterns = {
        "mdy": rf"(?:(?P<wd>{wd}),?\s+|(?P<shift>[Ll]ast|[Nn]ext)\s+)?(?P<month>{month})\s+(?P<day>{day})(?:\s*[-–]\s*(?P<day2>{day}))?"
        rf"(?:,?\s+(?P<year>{year})|,?\s+(?P<yshift>[Tt]his|[Ll]ast|[Nn]ext)\s+year(?![\w'’-]))?{tail}",
        "dmy": rf"(?:(?P<wd>{wd}),?\s+)?(?P<day>{day})(?:\s*[-–]\s*(?P<day2>{day}))?\s+(?:of\s+)?(?P<month>{month})"
        rf"(?:,?\s+(?P<year>{year})|,?\s+(?P<yshift>[Tt]his|[Ll]ast|[Nn]ext)\s+year(?![\w'’-]))?{tail}",
        # "on April 24 and 25": the second day, its month written once before it (the candidate starts after "lead")
        "andday": rf"(?P<lead>(?P<month>{month})\s+{day}\s*(?:and|or|&)\s*)(?P<day>{day})(?:,?\s+(?P<year>{year}))?{tail}",
        # a web page's machine stamp "2009-04-06T16:20:28": the clock after the T is part of it
        "iso": rf"(?P<year>{year})-(?P<mon>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)(?!\d)"
        r"(?:T(?P<clock>(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)(?![\d:]))?",
        "slash": r"(?<![\d/])(?P<mon>3[01]|[12]\d|0?[1-9])/(?P<dd>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4})(?![\d/])",
        "month": rf"{pm}(?:(?P<shift>{shift})\s+)?(?P<month>{month})(?:,?\s+(?:of\s+)?(?P<year>{year})|,?\s+(?P<yshift>[Tt]his|[Ll]ast|[Nn]ext)\s+year(?![\w'’-]))?{tail}",
        "yrange": rf"(?:(?P<from>[Ff]rom|[Bb]etween)\s+)?(?P<year>{year})\s*(?P<sep>[-–/]|to|through|until|and)\s*"
        r"(?P<year2>(?:1[0-9]|20)\d\d|\d\d)(?![\d%])",
        "year": rf"{pm}(?:(?P<fiscal>[Ff]iscal(?:\s+year)?)\s+)?(?P<year>{year})(?!\s*(?:%|percent|per\s+cent))(?!'?s\b)"
        rf"(?!\s+{zones}\b){tail}",
        "decade": rf"{pm}(?:(?P<the>[Tt]he)\s+)?(?:(?P<dmod>early|mid|late)[-\s])?(?P<decade>(?:1[0-9]|20)\d0|'\d0)'?s{tail}",
        # years spoken as words in transcripts: "in nineteen ninety-six", "January nineteen ninety-seven",
        # "the year two thousand" ("two thousand" alone is a count)
        "yearword": rf"(?:(?P<month>{month})\s+)?(?:(?P<cent>[Ee]ighteen|[Nn]ineteen)[\s-]+(?P<tens>{tens})(?:[\s-]+(?P<ones>{ones}))?"
        rf"|[Tt]he\s+year\s+(?P<mill>two\s+thousand)(?:\s+and)?(?:[\s-]+(?P<ones2>{ones}))?)"
        rf"(?![\s-]+(?:hundred|thousand|million|billion|percent|per\s+cent|and\s+a\s+half)\b){tail}",
        "decword": rf"(?P<the>[Tt]he)\s+(?:(?P<dmod>early|mid|late)[-\s])?(?P<dword>{_alt(v.decade_words)}){tail}",
        "century": rf"{pm}(?P<the>[Tt]he)\s+(?:(?P<dmod>early|mid|late)[-\s])?(?P<ord>\d{{1,2}})(?:st|nd|rd|th)\s+[Cc]entury{tail}",
        # "a 20th-century democrat", "the 18th Century painting" (see timex_rules: not "20th Century Fox")
        "century_bare": rf"(?P<ord>\d{{1,2}})(?:st|nd|rd|th)[\s-](?P<cent>[Cc])entury{tail}",
        # "the 1988 second quarter", "this year's third quarter", "last year's fourth quarter"
        "quarter": rf"{pm}(?:(?P<the>[Tt]he)\s+)?(?:(?P<qyear>{year})\s+|(?P<qshift>[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+)?"
        rf"(?P<q>(?i:first|second|third|fourth|final|last)|1st|2nd|3rd|4th)(?P<hy>-|\s+)"
        rf"(?P<fiscal>fiscal\s+)?quarter(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<year>{year})|(?P<shift>{shift}|the)\s+(?:fiscal\s+)?year))?{tail}",
        "qcode": rf"Q(?P<q>[1-4])\s+(?P<year>{year}){tail}",
        "half": rf"(?P<the>[Tt]he)\s+(?P<half>first|second|last)\s+half\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<year>{year})|(?P<shift>{shift}|the)\s+(?:fiscal\s+)?year){tail}",
        "season": rf"{pm}(?:(?P<shift>{shift})\s+|(?P<the>[Tt]he)\s+)?(?P<season>{season})(?:\s+(?:of\s+)?(?P<year>{year}))?{tail}",
        "rel": rf"(?:(?P<emod>{part}|[Ee]arlier|[Ll]ater)\s+)?(?:(?P<the>[Tt]he)\s+)?(?P<shift>{shift})\s+(?:fiscal\s+)?"
        rf"(?P<unit>day|week|weekend|month|year|quarter|decade|century){tail}",
        "that": rf"(?:(?P<emod>[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]hat|[Tt]he\s+same)\s+(?P<unit>day|week|month|quarter|year|{daypart}){tail}",
        "later": rf"(?:(?P<num>{num}|{vague})[\s-]+)?(?P<unit>{unit}|{units_pl})s?\s+(?P<dir>later|earlier){tail}(?!\s+than\b)",
        "weekend": rf"[Tt]he\s+weekend{tail}",
        # "the evening of June 5", "the night of 4 March 2013": that part of that day
        "partof": rf"(?:[Tt]he\s+)?(?P<part>{daypart})\s+of\s+(?:(?P<wd>{wd}),?\s+)?(?:(?P<month>{month})\s+(?P<day>{day})"
        rf"|(?P<day2>{day})\s+(?:of\s+)?(?P<month2>{month}))(?:,?\s+(?P<year>{year}))?{tail}",
        "nextpart": rf"[Tt]he\s+(?:next|following)\s+(?P<part>{daypart}){tail}",  # "the next morning"
        "weekof": rf"[Tt]he\s+week\s+of\s+(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{year}))?{tail}",
        "fq": r"(?:[Tt]he\s+(?P<ya>year-ago|year-earlier)\s+(?:quarter|period)|(?P<ya2>[Yy]ear-ago|[Yy]ear-earlier)(?=\s+[a-z])"
        r"|[Tt]he\s+(?:latest\s+period|quarter)(?!\s+of\b))(?![\w-])",
        "theyear": r"(?:(?P<emod>[Ee]arlier|[Ll]ater)\s+in\s+)?(?P<the>[Tt]he)\s+(?:(?P<adj>full|fiscal)\s+)?year"
        r"(?!\s+(?:before|earlier|after|ago|later|of\b|in\s+review))(?![\w'’-])",
        "long": rf"(?:(?P<unit>{unit})|(?P<units>{units_pl}))-long{tail}",  # "a month-long strike", "decades-long"
        # "by mid-morning", "in mid afternoon": the middle of a part of the day written before
        "midpart": rf"[Mm]id[-\s]?(?P<part>morning|afternoon|evening){tail}",
        "yearend": rf"(?:(?:[Aa]round|[Aa]bout)\s+)?(?:[Yy]ear(?:-|\s+)end|[Yy]ear['’]s\s+end){tail}",
        "partrel": rf"(?P<mod>{part})\s+(?:the\s+)?(?P<unit>year|month|week|decade|century){tail}",
        "relwd": rf"(?P<shift>{shift})\s+(?P<wd>{wd})(?:\s+(?P<part>{daypart}))?{tail}",
        # "on Mondays", "Tuesday nights": a weekday that recurs
        "wdset": rf"(?P<wd>{wd})(?:s(?:\s+(?P<part>{daypart})s?)?|\s+(?P<part2>{daypart})s){tail}",
        "wd": rf"(?:(?P<mod>[Ee]arly|[Ll]ate)\s+(?:on\s+)?)?(?P<wd>{wd})(?:\s+(?P<part>{daypart}))?{tail}",
        "holiday": rf"(?P<holiday>{holidays})(?:,?\s+(?P<year>{year}))?{tail}",
        "dayword": rf"(?:(?P<dw>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<part>{daypart}))?"
        rf"|(?P<dw2>[Tt]his|[Ll]ast|[Tt]omorrow|[Yy]esterday)\s+(?P<part2>{daypart})){tail}",
        "ago": rf"(?:(?P<dmod>{dmod})\s+)?(?:(?P<num>{num}|{vague})[\s-]+)?(?P<unit>{unit}|{units_pl})s?"
        rf"(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago){tail}",
        "dur": rf"(?:(?P<dmod>{dmod})\s+(?![Tt]he\s))?(?:(?P<the>[Tt]he)\s+(?P<rel>past|last|next|coming|first|following|previous|final|same)\s+)?"
        rf"(?P<num>{num}|{vague})[\s-]+(?:(?P<more>more|additional|further|extra)\s+)?"
        # "eight trading days", "five business days": days counted on a calendar of work
        r"(?:(?:trading|business|working)\s+(?=days?\b))?"
        rf"(?P<unit>{unit})(?P<pl>s)?"
        r"(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?"
        r"(?!-old|\s+old|[\w-])",
        # "recent weeks", "the coming months", "the years ahead"
        "bare": rf"(?:(?P<pre>recent|[Rr]ecent|[Tt]he\s+past|[Tt]he\s+last|[Tt]he\s+next|[Tt]he\s+coming|coming)\s+"
        rf"|(?P<the>[Tt]he)\s+(?=\w+\s+ahead\b))?(?P<unit>{units_pl})(?P<ahead>\s+ahead(?!\s+of\b))?{tail}",
        "set": rf"(?:(?P<every>[Ee]very|[Ee]ach)\s+(?:other\s+)?(?P<unit>day|week|month|quarter|year|{daypart}|{wd}|{season}|{month})"
        rf"|(?P<word>{sets})){tail}",
        "ref": rf"(?<![\w-])(?P<ref>{refs}){tail}",
        "time": r"(?<![\d:.$])(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
        r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![:\d])|(?P<noon>noon|midday|midnight)"
        # a 24-hour clock in police and military reports: "at 2130 hours", "0800 hrs" (not "1500 hours of")
        r"|(?<![,$£€#])(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?:hours|hrs|hr)\b(?!\s+of\b)"
        # "at 4 in the morning", "around 3 o'clock in the afternoon"
        r"|(?P<h4>1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+in\s+the\s+(?P<dp>morning|afternoon|evening)\b)"
        r"(?:\s+(?P<tz>GMT|UTC|EST|EDT|ET|CET|BST|PST|PDT|local\s+time))?"
        rf"(?:\s+(?:on\s+)?(?P<wd>{wd})|\s+(?P<dw>today|yesterday|tomorrow)"
        # "until 5 p.m. EST Nov. 9", "at noon on March 3, 2013": the clock of that day
        # "updated 9:20 AM EST, Thu January 3, 2013": a page's stamp names the weekday before the date
        rf"|,?\s+(?:on\s+)?(?:{wd_stamp}\.?,?\s+)?(?P<month>{month})\s+(?P<day>{day})(?:,?\s+(?P<year>{year}))?)?(?![\w])",
    }
    # guarded by the characters a match can start with: the same matches, found faster
    return tuple((kind, guard(re.compile(r"(?<![\w])" + rx))) for kind, rx in patterns.items())


_MARGIN = 48  # longest reach of a pattern on either side of its trigger word ("the beginning of", "Friday, ")


@lru_cache(maxsize=1)
def _triggers() -> re.Pattern:
    """Words without which no pattern can match: the patterns run only in windows around them."""
    v = vocab()
    words = [*v.months, *v.weekdays, *(d + "s" for d in v.weekdays), *v.decade_words, *v.holidays,
             *v.movable_holidays, *v.seasons, *v.day_parts, *v.references, *v.sets,
             "yesterday", "today", "tomorrow", "tonight", "eighteen", "nineteen", "noon", "midday", "midnight", "ago", "later", "earlier", "period",
             "centuries", *(u + "s" for u in v.units), *v.units]
    # a trie: the same matches as the words longest first, a quarter of the scanning time
    # a run of digits at once: its windows merge into the one window the run gives
    return re.compile(r"\d+|(?i:\b" + trie_alternation(sorted({w.lower() for w in words})) + r"\b)")


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words, cut at whitespace so no word is split."""
    spans: list[tuple[int, int]] = []
    for m in _triggers().finditer(text):
        lo, hi = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    out = []
    for lo, hi in spans:
        while lo > 0 and not text[lo - 1].isspace() and lo < len(text):
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        out.append((lo, hi))
    return out


@lru_cache(maxsize=1)
def _needs() -> tuple[tuple[str, re.Pattern, tuple[str, ...] | None], ...]:
    """Each pattern with the words one of which its every match holds (``required_words``)."""
    return tuple((kind, rx, required_words(rx)) for kind, rx in _patterns())


def find(text: str, kinds: tuple[str, ...] | None = None) -> list[Candidate]:
    """Every match of every pattern (of ``kinds`` only, if given: the same matches, in the same
    order, as those of a full search); overlaps are resolved later, after reading the context."""
    out = []
    patterns = _needs() if kinds is None else [p for p in _needs() if p[0] in kinds]
    for lo, hi in _windows(text):
        window = text[lo:hi]
        for kind, rx, words in patterns:
            if words is not None and not any(w in window for w in words):
                continue  # a word every match holds is not there: no match (same matches, less search)
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    parts = {k: v for k, v in m.groupdict().items() if v is not None}
                    start = m.end("lead") if "lead" in parts else m.start()
                    out.append(Candidate(start, m.end(), kind, parts))
    return out
