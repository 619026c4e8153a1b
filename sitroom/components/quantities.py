"""spaCy component 'sitroom_quantities': numbers that measure something, as Quantity records.

Numbers are found by one regex pass over the text (digits, number words, vague plurals,
fractions); the characters around each number give its currency, unit, hedge and range; the
parse (when present) gives what is counted and which entity the number describes.
Years, ordinals, dates, times, identifiers and numbers inside names are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitroom.components import ensure_extensions
from sitroom.components.quantity_lexicon import Lexicon, lexicon, parse_number
from sitroom.components.quantity_subject import tie_subject
from sitroom.model import Quantity

GROUP = "quantities"
NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "NORP", "GPE", "LOC"}
TIME_LABELS = {"DATE", "TIME"}
PHONE_RE = re.compile(r"(?<![\w])(?:\+\d[\d\s().-]{7,}\d|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})(?![\w])")
RANGE_SEP = re.compile(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+")
SUFFIX_RE = re.compile(r"-(?:long|wide|high|deep|tall|thick|strong|large|old|plus)\b", re.IGNORECASE)
TIME_AFTER = re.compile(r"(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|EST\b|ET\b|hrs\b|h\b))")


@dataclass(frozen=True, slots=True)
class _Hit:
    """A number found in the text, before the parse is consulted."""

    start: int  # covers hedge, currency, number, unit
    end: int
    num_start: int
    num_end: int
    value: float
    written: float
    unit: str | None  # unit name (units.yaml) or None
    currency: str | None
    kind: str
    change: str
    approximate: bool
    high: float | None = None
    group: str = "digits"
    written_unit: str | None = None


def _left(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width):pos]


def _prefix(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    """A currency symbol right before the number: (new start, ISO code)."""
    m = lex.cur_prefix_re.search(_left(text, start, 8))
    if not m:
        return start, None
    begin = start - (len(m.group(0)))
    if m.group("c").isalpha() and begin > 0 and text[begin - 1].isalnum():
        return start, None
    if begin > 0 and text[begin - 1] == "\\":  # "\$1 billion" from escaped Markdown
        begin -= 1
    return begin, lex.cur_symbols[m.group("c")]


def _is_date_or_name(text: str, s: int, e: int, group: str, lex: Lexicon) -> bool:
    """Ordinals, years-like attachments, identifiers, names and dates around a number."""
    before, after = _left(text, s, 20), text[e:e + 20]
    if group == "digits":
        if after[:1].isalpha() and not re.match(r"(?:[a-zA-Zμµ°%²³]{1,4})(?![a-z])", after):
            return True  # 201st, 1990s
        if re.search(r"[A-Za-z]-?$|[#@/]$|\d[:.,/-]$", before) or re.match(r"[:/]\d|[-/]\d+[-/]", after):
            return True  # COVID-19, F-16, #5, 3:00, 1/2/2020
        if TIME_AFTER.match(after):
            return True
    word = re.search(r"([A-Za-z.]+)\s*$", before)
    if word and word.group(1).lower() in lex.identifier_nouns:
        return True
    if word and word.group(1).lower().rstrip(".") in lex.months:
        return True
    nxt = re.match(r"\s*(?:-\s*\d+\s*)?(?:of\s+)?([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in lex.months and group in ("digits", "words"):
        return True
    return group == "words" and re.search(r"\bno\s*$", before, re.IGNORECASE) is not None


def _unit_after(text: str, pos: int, lex: Lexicon, currency: str | None, scaled: bool):
    """The unit or currency word right after a number: (end, unit name, currency code, scale)."""
    scale = 1.0
    if currency:
        m = re.match(r"\s?([A-Za-z]{1,3})(?![\w])", text[pos:pos + 5])
        if m and m.group(1) in lex.abbr_scales and not scaled:
            return pos + m.end(), None, currency, lex.abbr_scales[m.group(1)]
        return pos, None, currency, scale
    m = lex.cur_word_re.match(text, pos)
    if m:
        w = m.group("u").lower()
        if w in lex.cur_minor:
            return m.end(), "minor", lex.cur_minor[w], 0.01
        return m.end(), None, lex.cur_words[w], scale
    m = re.match(r"\s*(pounds?)(?![\w])", text[pos:pos + 12], re.IGNORECASE)
    if m:
        if scaled:
            return pos + m.end(), None, "GBP", scale
        return pos + m.end(), "pound-mass", None, scale
    cands = [x for x in (lex.unit_re.match(text, pos), lex.abbr_re.match(text, pos)) if x]
    if cands:
        m = max(cands, key=lambda x: x.end())
        u = m.group("u")
        name = lex.unit_forms.get(u.lower()) if u.lower() in lex.unit_forms and m.re is lex.unit_re else lex.unit_abbr.get(u)
        if name:
            return m.end(), name, None, scale
    return pos, None, None, scale


def find_hits(text: str, lex: Lexicon | None = None) -> list[_Hit]:
    """Every number in ``text`` that may measure something, with its unit, currency and hedge."""
    lex = lex or lexicon()
    phones = [m.span() for m in PHONE_RE.finditer(text)]
    hits: list[_Hit] = []
    consumed = -1
    for m in lex.number_re.finditer(text):
        s, e, group = m.start(), m.end(), m.lastgroup
        if s < consumed or any(a <= s < b for a, b in phones):
            continue
        if _is_date_or_name(text, s, e, group, lex):
            continue
        value = parse_number(m.group(0), lex)
        if value is None:
            continue
        hit = _extend(text, s, e, value, group, lex)
        if hit is None:
            continue
        consumed = hit.end
        hits.append(hit)
    return _merge_parenthetical(text, hits)


def _extend(text: str, s: int, e: int, value: float, group: str, lex: Lexicon) -> _Hit | None:
    """Add currency, unit, range, hedge and suffix around the number at text[s:e]."""
    start, currency = _prefix(text, s, lex)
    scaled = bool(re.search(r"[a-z]$", text[s:e], re.IGNORECASE)) and group == "digits"
    end, unit, cur2, scale = _unit_after(text, e, lex, currency, scaled)
    currency = currency or cur2
    high = None
    r = RANGE_SEP.match(text, end if unit is None else e)
    if r and group == "digits":
        m2 = lex.number_re.match(text, r.end())
        if m2 is None and currency:
            ps = re.match(r"(?:US)?\$|€|£", text[r.end():])
            m2 = lex.number_re.match(text, r.end() + ps.end()) if ps else None
        v2 = parse_number(m2.group(0), lex) if m2 and m2.lastgroup == "digits" else None
        if v2 is not None and v2 > value and ("to" in r.group(0) or "-" in r.group(0) or "–" in r.group(0)
                                             or re.search(r"between\s+\S*$", _left(text, start, 12), re.I)):
            end2, unit2, cur3, scale2 = _unit_after(text, m2.end(), lex, currency, scaled)
            if unit is None or unit2 in (unit, None):
                if re.search(r"[a-z]$", m2.group(0), re.I) and not scaled and re.search(r"\d$", text[s:e]):
                    value *= v2 / parse_number(re.sub(r"\s*[A-Za-z]+$", "", m2.group(0)), lex)
                high, unit, end = v2 * scale2, unit or unit2, max(end, end2)
                currency = currency or cur3
    value *= scale
    written = value
    if high is not None:
        high *= scale if scale != 1.0 else 1.0
    suf = SUFFIX_RE.match(text, end)
    if suf and (unit or group == "digits"):
        end = suf.end()
    if group == "digits" and unit is None and currency is None and _yearlike(text[s:e], value):
        return None
    change, approx = "=", group == "vague"
    if group == "vague":
        change = "~"
    h = lex.hedge_re.search(_left(text, start, 25))
    if h:
        change, approx = lex.hedges[h.group("h").lower()]
        start -= len(h.group(0))
    t = re.search(r"(?<![\w])([A-Za-z]+)(?:\s+by)?\s+$", _left(text, start, 25))
    if t and t.group(1).lower() in lex.trend:
        change = lex.trend[t.group(1).lower()]
    kind, wunit = "count", None
    if currency:
        kind, wunit = "money", lex.currencies[currency].name if unit != "minor" else "cent"
        if unit == "minor":
            value *= 0.01
        unit = currency
    elif unit:
        u = lex.units[unit]
        kind, wunit = u.kind, unit
        value = value * u.factor + u.offset
        high = high * u.factor + u.offset if high is not None else None
        unit = u.canonical
    elif group == "frac":
        kind, unit, wunit, value, high = "percent", "%", "fraction", value * 100, None
    else:
        unit = "count"
    return _Hit(start, end, s, e, value, written, wunit, currency, kind, change, approx, high, group,
                wunit if wunit is not None else None)._replace_unit(unit)


def _yearlike(num: str, value: float) -> bool:
    return re.fullmatch(r"\d{4}", num) is not None and 1000 <= value <= 2100


def _merge_parenthetical(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'800-mile-long (1,303 kilometers)' and 'one quarter (27 percent)' are one quantity each."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and re.fullmatch(r"\s*\(\s*(?:or\s+|about\s+|some\s+|roughly\s+)?", text[a.end:b.start]):
            close = re.match(r"\s*\)", text[b.end:])
            if close and a.kind == b.kind and a.kind != "count":
                merged = replace(b, start=a.start, end=b.end + close.end(), written=a.written,
                                 written_unit=a.written_unit, approximate=a.approximate or b.approximate,
                                 change=a.change if a.change != "=" else b.change)
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _hit_replace_unit(self: _Hit, unit: str) -> _Hit:
    return replace(self, unit=unit)


_Hit._replace_unit = _hit_replace_unit  # type: ignore[attr-defined]
