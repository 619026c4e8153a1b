"""Finding quantities in plain text: number, currency, unit, range, hedge; model-free.

One regex pass over the text finds numbers (digits, number words, vague plurals, fractions);
the characters around each give its currency, unit, range and hedge. Ordinals, years, dates,
times, phone numbers, identifiers ("Section 427") and numbers inside names ("COVID-19") are
dropped here; the spaCy component adds what needs the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitroom.components.quantity_context import (FRACTION_OF_UNIT, OR_SO, UNIT_AND, foreign_script,
                                                  fraction_of_scale, is_score)
from sitroom.components.quantity_hit import Hit, left_of
from sitroom.components.quantity_joins import ages, folds, merge_change, parts, share_unit
from sitroom.components.quantity_lexicon import Lexicon, lexicon, parse_number
from sitroom.model import Figure

__all__ = ["Hit", "find_hits"]

# "+44 20 7946 0958", "(202) 555-0143", and national numbers opening with a trunk zero ("0800 056 0154")
PHONE_RE = re.compile(r"(?<![\w])(?:\+\d[\d\s().-]{7,}\d|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}"
                      r"|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4})(?![\w])")
RANGE_SEP = re.compile(r"-?\s+to\s+|\s*(?:-|–|—)\s*|\s+and\s+")
SUFFIX_RE = re.compile(r"-(?:long|wide|high|deep|tall|thick|strong|large|old|plus|fold)\b", re.IGNORECASE)
PHRASAL = {"make", "made", "makes", "making", "take", "took", "takes", "set", "sets", "give", "gave", "given",
           "giving", "gives", "back", "shut", "pick", "picked", "add", "adds", "added", "sum", "step", "stepped", "turn",
           "turned", "show", "showed", "wind", "wound", "build", "built", "line", "lined", "break",
           "broke", "bring", "brought", "count", "counted", "sign", "signed", "put", "puts", "come", "came"}
MINOR = {"GBP": "penny", "MYR": "sen"}
MINOR_NAMES = {"cent", "penny", "sen"}
PER_RE = re.compile(r"(?:\s*-?\s*(?:per|a|an|each)\s*-?\s*|\s?/\s?)(shares?|barrels?|years?|annum|months?|days?|weeks?|"
                    r"hours?|gallons?|tons?|tonnes?|heads?|persons?|capita|dozen|grams?|kilos?|kg|kilograms?|centur(?:y|ies)|decades?|"
                    r"ounces?|pounds?|litres?|liters?|square foot|square feet|mmBTU|MMBtu|minute|night|game|"
                    r"seat|ticket|unit|kWh|MWh)\b(?!\s+(?:earlier|ago|before|later|on|from)\b)", re.IGNORECASE)
VIDEO_LINES = re.compile(r"(?<![\d.,])(?:480|576|720|1080|1440|2160|4320)$")  # "720p", "1080p": a screen's lines
SCI_RE = re.compile(r"\s?[×x*]\s?10\s?(?:\^|\*\*)?\s?(?P<exp>[−-]?\d{1,3}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d.,])")
SUPERSCRIPT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
INSTRUMENT = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?([A-Za-z]+)")  # "-year| Treasury", "-year| US Treasury"
RESOLUTION = re.compile(r"\d[K]")  # "4K", "8K" without a currency before them
TIME_AFTER = re.compile(r"(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|EST\b|ET\b|hrs\b|h\b))")


def _prefix(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    """A currency symbol right before the number: (new start, ISO code)."""
    m = lex.cur_prefix_re.search(left_of(text, start, 8))
    if not m:
        return start, None
    begin = start - (len(m.group(0)))
    if m.group("c").isalpha() and begin > 0 and text[begin - 1].isalnum():
        return start, None
    if m.group("c") in lex.cur_ascii and re.match(r"\d(?![\d.,])(?!\s*(?:m|bn|k|million|billion)\b)", text[start:]):
        return start, None  # "PS4" is a console, not £4
    if begin > 0 and text[begin - 1] == "\\":  # "\$1 billion" from escaped Markdown
        begin -= 1
    return begin, lex.cur_symbols[m.group("c")]


def _word_prefix(text: str, s: int, e: int, lex: Lexicon) -> tuple[int, str | None]:
    """A currency word written before the amount, as BBC copy stripped of its signs does: 'pounds
    63,081', 'dollars 9.4bn' -> (new start, ISO code). Not after a number ('lost 20 pounds 15 years
    ago') nor when a unit follows ('pounds 2 ounces', 'dollars 10 years ago'); a glued scale may
    ('pounds 415m')."""
    m = lex.cur_prefix_word_re.search(left_of(text, s, 16))
    if not m:
        return s, None
    begin = s - len(m.group(0))
    if re.search(r"\d\s+$", left_of(text, begin, 12)):
        return s, None  # "lost 20 pounds 15 years ago"; but a list: "bids of pounds 3m, pounds 4m"
    glued = re.match(r"\s?([A-Za-z]{1,3})(?![\w])", text[e:e + 5])  # "pounds 415m", "dollars 458 m"
    if not (glued and glued.group(1) in lex.abbr_scales):
        end, unit, currency, _ = _unit_after(text, e, lex, None, False)
        if unit or currency:
            return s, None
    return begin, lex.cur_prefix_words[m.group("w").lower()]


def _is_date_or_name(text: str, s: int, e: int, group: str, lex: Lexicon) -> bool:
    """Ordinals, years-like attachments, identifiers, names and dates around a number."""
    before, after = left_of(text, s, 20), text[e:e + 20]
    if group == "digits":
        if re.match(r"(?:st|nd|rd|th|s|'s)(?![A-Za-z])", after):
            return True  # 201st, 1990s
        glued = re.search(r"[A-Za-z]-?$", before) and not re.search(r"\b(?:minus|sub)-$", before, re.I)
        if glued or re.search(r"[#@/]$|\d[:.,/-]$", before) or re.match(r"[:/]\d|[-/]\d+[-/]", after):
            return True  # COVID-19, F-16, #5, 3:00, 1/2/2020
        if TIME_AFTER.match(after):
            return True
    if re.search(r"\bmulti-?$", before, re.IGNORECASE):
        return True  # "multi-million pound contracts": no amount is written
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
    m = re.match(r"([A-Za-z]{1,3})(?![\w])", text[pos:pos + 4]) or re.match(r" ([MB])(?![\w])", text[pos:pos + 3])
    if m and m.group(1) in lex.abbr_scales and not scaled:
        cw = lex.cur_word_re.match(text, pos + m.end())  # "1.8M dollars"
        if cw and cw.group("u").lower() in lex.cur_words:
            return cw.end(), None, lex.cur_words[cw.group("u").lower()], lex.abbr_scales[m.group(1)]
        if re.match(r"\s+of\b", text[pos + m.end():pos + m.end() + 4]) and m.group(1) != "k":
            return pos + m.end(), None, None, lex.abbr_scales[m.group(1)]  # "35m of its devices"
        un = lex.unit_re.match(text, pos + m.end())  # "1.2m tons", "2.8bn km"
        if un and un.group(0)[:1].isspace():
            return un.end(), lex.unit_forms[un.group("u").lower()], None, lex.abbr_scales[m.group(1)]
        un = lex.abbr_re.match(text, pos + m.end())
        if un and un.group(0)[:1].isspace():
            return un.end(), lex.unit_abbr[un.group("u")], None, lex.abbr_scales[m.group(1)]
        if m.group(1) in ("M", "B") and re.match(r"\s+[a-z]", text[pos + m.end():pos + m.end() + 2]):
            return pos + m.end(), None, None, lex.abbr_scales[m.group(1)]  # "4.3M digital sales", "8 B people"
    sign = re.match(r"\s?([^\w\s])(?!\s?\d)(?!\w)", text[pos:pos + 4])  # "1,200€", "15 €": the sign after the amount
    if sign and sign.group(1) in lex.cur_symbols and not scaled:
        return pos + sign.end(), None, lex.cur_symbols[sign.group(1)], scale
    m = lex.cur_word_re.match(text, pos)
    if m and m.group("u").lower() == "p" and (m.group("u") != "p" or "\n" in text[pos:m.start("u")]
                                               or VIDEO_LINES.search(text, 0, pos)):
        m = None  # pence are a small "p" ("50p"); not "1080p" video, "7 P.M." or a "P" on the next line
    if m:
        w = m.group("u").lower()
        if w in lex.cur_minor:
            return m.end(), "minor", lex.cur_minor[w], 1.0
        return m.end(), None, lex.cur_words[w], scale
    m = re.match(r"(?:\s*|-)(pounds?)(?![\w]|-\w|\s+(?:feet|foot|force|per|notes?|of\s+(?:thrust|force))\b)", text[pos:pos + 30], re.IGNORECASE)
    if m:
        if scaled:
            return pos + m.end(), None, "GBP", scale
        return pos + m.end(), "pound-mass", None, scale
    cands = [x for x in (lex.unit_re.match(text, pos), lex.abbr_re.match(text, pos)) if x]
    if cands:
        m = max(cands, key=lambda x: x.end())
        u = m.group("u")
        name = lex.unit_forms.get(u.lower()) if u.lower() in lex.unit_forms and m.re is lex.unit_re else lex.unit_abbr.get(u)
        if name in lex.library and m.re is lex.unit_re and u != u.lower():
            name = None  # "10 Newton Road", "Ben Stokes": a capitalised name, not the rare unit
        if name:
            return m.end(), name, None, scale
    return pos, None, None, scale


def find_hits(text: str, lex: Lexicon | None = None, merge: bool = True, years: bool = False) -> list[Hit]:
    """Every number in ``text`` that may measure something, with its unit, currency and hedge.

    ``merge=False`` keeps a parenthetical conversion as a second hit (the evaluation uses it);
    ``years=True`` keeps bare year-like numbers, flagged, for the parse to decide ("1000 customers").
    """
    lex = lex or lexicon()
    # phone numbers, and idioms whose number counts nothing ("at one point", "a one-time gain")
    skipped = [m.span() for m in PHONE_RE.finditer(text)] + [m.span() for m in lex.idiom_re.finditer(text)]
    hits: list[Hit] = []
    consumed = -1
    for s, e, group in _matches(text, lex):
        if s < consumed or any(a <= s < b for a, b in skipped) or foreign_script(text, s, e):
            continue
        if _is_date_or_name(text, s, e, group, lex) and _prefix(text, s, lex)[1] is None:
            continue
        if group == "digits" and is_score(text, s, e, lex):
            continue
        if group == "digits" and RESOLUTION.fullmatch(text, s, e) and _prefix(text, s, lex)[1] is None:
            continue  # "a 4K TV", "8K video", "a 5K race": a format or a race, no thousands
        if group == "vague" and text[s:e].lower() in lex.vague_before_of and not re.match(r"\s+of\b", text[e:e + 4]):
            continue  # "series scores", "he scores": no amount
        value = parse_number(text[s:e], lex)
        if value is None:
            continue
        value, s, e, group = fraction_of_scale(text, s, e, value, group, lex)
        if group == "frac" and (u := UNIT_AND.search(left_of(text, s, 30))) and u.group(1).lower() in lex.unit_forms:
            continue  # "an hour and a half": the half of that unit, not 50%
        if group == "frac" and re.match(r"an?\s", text[s:e], re.I) and text[s:e].split()[-1].lower() in \
                lex.ordinal_fractions and not re.match(r"\s+of\b", text[e:e + 4]):
            continue  # "a fourth straight win" is an ordinal; "a fourth of the votes" a fraction
        sci = SCI_RE.match(text, e) if group == "digits" else None
        if sci:  # "2.998×10−8 metres per second", "6.02 x 10^23"
            exp = sci.group("exp").translate(SUPERSCRIPT).replace("−", "-")
            value, e = value * 10.0 ** int(exp), sci.end()
        hit = _extend(text, s, e, value, group, lex)
        if hit is None or (hit.yearlike and not years):
            continue
        street = lex.address_re.match(text, hit.end) if hit.kind == "count" and hit.group == "digits" else None
        if street and not (re.search(r"\bSt\.?$", street.group(0)) and re.match(r"\.?\s+[A-Z]", text[street.end():])):
            continue  # a house number ("358 El Brillo Way", "16-18 Industrial Avenue"), not "40 St. Louis firefighters"  # a house number: "358 El Brillo Way", "16-18 Industrial Avenue", "22 Ave Foch"
        if hit.kind == "duration" and (nxt := INSTRUMENT.match(text, hit.end)) and text[hit.end - 1].isalpha() \
                and "-" in text[hit.num_end:hit.end] and nxt.group(1).lower() in lex.instrument_nouns:
            continue  # "10-year Treasury yields", "a 30-year mortgage": the instrument's name
        so = OR_SO.match(text, hit.end)
        if so and hit.change == "=":  # "three or so", "a billion years or so": about that much
            hit = replace(hit, end=so.end(), change="~", approximate=True)
        consumed = hit.end
        hits.append(hit)
    hits = sorted(hits + folds(text, lex, hits), key=lambda h: h.start)
    hits = ages(text, share_unit(text, parts(text, lex, hits), lex), lex)
    hits = _merge_minor(text, hits)
    return merge_change(text, _merge_parenthetical(text, hits, lex) if merge else hits, lex)



def _matches(text: str, lex: Lexicon):
    """(start, end, group) of each number the pattern finds, a run of number words split where one
    word cannot follow another ("one two-year stay" is one stay of two years, not three years;
    "five six" two numbers): a unit word (one to nineteen) or a tens word after a unit or tens word."""
    for m in lex.number_re.finditer(text):
        if m.lastgroup != "words":
            yield m.start(), m.end(), m.lastgroup
            continue
        start, last = m.start(), None
        for w in re.finditer(r"[A-Za-z]+", m.group(0)):
            kind = _word_kind(w.group(0).lower(), lex)
            if kind in ("unit", "tens") and last in ("unit", "tens") and not (last == "tens" and kind == "unit"):
                cut = m.start() + w.start()
                yield start, m.start() + len(m.group(0)[:w.start()].rstrip(" -\t\n")), "words"
                start = cut
            last = kind
        yield start, m.end(), "words"


def _word_kind(word: str, lex: Lexicon) -> str | None:
    """unit (one to nineteen), tens (twenty to ninety) or None (a scale, "and", "a", "dozen")."""
    if word in lex.words:
        return "tens" if lex.words[word] >= 20 else "unit"
    return None

def _merge_minor(text: str, hits: list[Hit]) -> list[Hit]:
    """'3 dollars 50 cents' and 'thirteen dollars and forty-five cents' are one amount."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == h.kind == "money" and prev.currency == h.currency
                and h.written_unit in MINOR_NAMES and prev.written_unit not in MINOR_NAMES
                and re.fullmatch(r"\s*(?:and\s+)?", text[prev.end:h.start])):
            written = prev.written + h.value
            out[-1] = replace(prev, end=h.end, value=prev.value + h.value, written=written,
                              forms=(Figure(written, prev.written_unit, None, text[prev.start:h.end]),))
            continue
        out.append(h)
    return out


def _extend(text: str, s: int, e: int, value: float, group: str, lex: Lexicon) -> Hit | None:
    """Add currency, unit, range, hedge and suffix around the number at text[s:e]."""
    start, currency = _prefix(text, s, lex)
    if currency is None and group == "digits":
        start, currency = _word_prefix(text, s, e, lex)
    signed = False
    if currency is None and s > 1 and text[s - 1] in "-−":  # "$-50.8bn": the sign after the currency
        start2, currency = _prefix(text, s - 1, lex)
        start, signed = (start2, True) if currency else (start, False)
    scaled = bool(re.search(r"[a-z]$", text[s:e], re.IGNORECASE)) and group == "digits" or (
        group in ("words", "vague") and re.search(r"(?:million|billion|trillion)$", text[s:e], re.I) is not None
        and not re.match(r"\s+pounds?\s+of\b", text[e:e + 14], re.I))  # "a billion pounds" is money, "... of beef" weight
    end, unit, cur2, scale = _unit_after(text, e, lex, currency, scaled)
    part = FRACTION_OF_UNIT.match(text, e) if group == "frac" and end == e and not currency else None
    if part:  # "half a mile", "a quarter of a century": that fraction of the unit
        end2, unit2, cur5, _ = _unit_after(text, part.end(), lex, None, False)
        if end2 > part.end() and unit2 not in (None, "minor") and cur5 is None:
            end, unit = end2, unit2
    of = re.match(r"\s+of\s+", text[e:e + 6]) if group == "vague" and end == e and not currency else None
    if of:  # "tens of thousands of dollars", "hundreds of miles"
        end2, unit2, cur4, _ = _unit_after(text, e + of.end(), lex, None, True)
        if end2 > e + of.end() and unit2 != "minor":
            end, unit, cur2 = end2, unit2, cur4
    currency = currency or cur2
    high = None
    r = RANGE_SEP.match(text, e) or (RANGE_SEP.match(text, end) if end > e else None)
    if group == "digits" and text[e:e + 1].isalpha() and end == e:
        return None  # letters glued to the number that are no unit: 5G-like codes, 3D
    if r and group in ("digits", "words"):
        m2 = lex.number_re.match(text, r.end())
        if m2 is None and currency:
            signs = sorted((k for k, c in lex.cur_symbols.items() if c == currency), key=len, reverse=True)
            words = [w for w, c in lex.cur_prefix_words.items() if c == currency]
            ps = re.match("|".join(map(re.escape, signs)) + r"|(?:US)?\$" + "".join(rf"|{w}\s+" for w in words),
                          text[r.end():], re.I if words else 0)  # "$US160m and $US171m", "pounds 40m-pounds 50m"
            m2 = lex.number_re.match(text, r.end() + ps.end()) if ps else None
        same = m2 is not None and (m2.lastgroup == group or (group, m2.lastgroup) == ("words", "digits"))
        if same and _yearlike(text[s:e], value) and not re.fullmatch(r"\d{4}", m2.group(0)):
            same = False  # "rose 60% in 2018 to 3.9 million": a year, then the figure
        v2 = parse_number(m2.group(0), lex) if same else None  # "eight to 10 feet" too
        whole = r.start() > e or currency or scaled  # the first figure written whole: "$5", "6.6 mln", "12 pct"
        if v2 is not None and "to" in r.group(0) and whole and v2 > 2 * value and _after_trend(text, start, lex):
            v2 = None  # "fell 1.17 bln dlrs to 4.63 bln", "rose $5 to $12": a change, then the new level
            # (ends close together stay a range: "cut profits by $3.8m to $4.9m")
        if v2 is not None and v2 > value and ("to" in r.group(0) or "-" in r.group(0) or "–" in r.group(0)
                                             or re.search(r"between\s+\S*$", left_of(text, start, 12), re.I)):
            end2, unit2, cur3, scale2 = _unit_after(text, m2.end(), lex, currency, scaled)
            cw = lex.cur_word_re.match(text, end2) if currency else None
            if cw and lex.cur_words.get(cw.group("u").lower()) == currency:
                end2 = cw.end()  # "5 mln dlrs to 10 mln dlrs": the currency word after both
            same = unit2 == unit and cur3 == currency if r.start() > e else unit is None
            if same:
                sc = re.search(r"[\s-]*([A-Za-z]+)$", m2.group(0)) if group == "digits" else \
                    re.search(r"\s+(hundred|thousand|million|billion|trillion)$", m2.group(0), re.I)
                bare2 = parse_number(m2.group(0)[:sc.start()], lex) if sc else None
                if sc and not scaled and sc.group(1).lower() in lex.scales and bare2 and value < bare2:
                    value *= lex.scales[sc.group(1).lower()]  # "between 5 and 10 million"
                if scale == 1.0 and scale2 != 1.0:
                    value *= scale2  # "$5-10m": the scale written once, after the second number
                high = v2 * (scale2 if scale2 != 1.0 else scale)  # "£415m and £425m": each its own scale
                unit, end = unit or unit2, max(end, end2)
                currency = currency or cur3
    value *= scale
    written = value
    written_high = high
    suf = SUFFIX_RE.match(text, end)
    if suf and (unit or group == "digits"):
        end = suf.end()
    yearlike = group == "digits" and unit is None and currency is None and (_yearlike(text[s:e], value) or (
        re.fullmatch(r"2[1-9]\d\d", text[s:e]) is not None  # "by 2120": a later century's year after a time word
        and re.search(r"\b(?:by|in|until|till|before|after|since|through)\s+$", left_of(text, s, 10), re.I) is not None))
    change, approx = "=", group == "vague"
    if group == "vague":
        change = "~"
        high = written_high = lex.vague[re.sub(r"\s+", " ", text[s:e].lower())][1]
    neg = re.search(r"(?:\bminus[\s-]|(?<![\w\d.,)-])-)$", left_of(text, start, 8), re.IGNORECASE)
    if neg and group == "digits":
        start, value, written = start - len(neg.group(0)), -value, -written
    elif signed:
        value, written = -value, -written
    h = lex.hedge_re.search(left_of(text, start, 25))
    if h:
        change, approx = lex.hedges[h.group("h").lower()]
        start -= len(h.group(0))
    t = re.search(r"(?<![\w])(?:([A-Za-z]+)\s+)?([A-Za-z]+)(?:\s+by)?\s+$", left_of(text, start, 40))
    if t and t.group(2).lower() in lex.funding and currency and not re.search(r"\bby\s+$", t.group(0)):
        t = None  # "raised $40 million": the money raised, no rise
    if t and t.group(2).lower() in lex.trend and (t.group(1) or "").lower() not in PHRASAL and change == "=":
        change = lex.trend[t.group(2).lower()]  # a hedge wins: "up about 19 per cent" is ~
    if change == "=" and re.search(r"(?<![\w\d])\+$", left_of(text, start, 2)):
        start, change = start - 1, "up"  # "+0.2%"
    kind, wunit = "count", None
    if currency:
        kind, wunit = "money", lex.currencies[currency].name if unit != "minor" else MINOR.get(currency, "cent")
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
        kind, unit, wunit, value, high, written_high = "percent", "%", "fraction", value * 100, None, None
    else:
        unit = "count"
    per = _per(text, end, lex) if kind in PER_KINDS else None
    if per:
        end, unit, wunit = per[0], f"{unit}/{per[1]}", f"{wunit} per {per[1]}"
    elif kind not in ("count", "money", "percent", "age") and text[end:end + 1] == "/":
        name, den_end = _denominator(text, end + 1, lex)  # "10 kV/cm", "3 m/s"
        if name and name != wunit:
            end, unit, wunit, kind = den_end, f"{unit}/{name}", f"{wunit} per {name}", "other"
    form = Figure(written, wunit, written_high, text[start:end])
    return Hit(start, end, s, e, value, written, unit, currency, kind, change, approx, high, group, wunit, yearlike,
               (form,))


PER_KINDS = ("money", "percent", "volume", "mass", "length", "duration", "other")
PER_WORD = re.compile(r"\s*-?\s*per\s+", re.IGNORECASE)


def _per(text: str, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """A rate's denominator after a figure: (where it ends, its name). 'per share', 'a year', '/t',
    and after 'per' any unit the lexicon knows ('$80 per sq m', '$3 per cubic foot')."""
    per = PER_RE.match(text, end)
    if per:
        denom = per.group(1).lower().rstrip("s") if per.group(1).lower() not in ("annum", "capita") else per.group(1).lower()
        return per.end(), {"annum": "year", "capita": "person", "kg": "kilogram", "kilo": "kilogram"}.get(denom, denom)
    word = PER_WORD.match(text, end)
    if word is None:
        return None
    for rx, table in ((lex.unit_re, lex.unit_forms), (lex.abbr_re, lex.unit_abbr)):
        m = rx.match(text, word.end())
        if m:
            u = m.group("u")
            name = table.get(u.lower() if table is lex.unit_forms else u)
            if name and (name not in lex.library or u == u.lower()):
                return m.end(), name
    return None


def _denominator(text: str, pos: int, lex: Lexicon) -> tuple[str | None, int]:
    """The unit after a slash: (its name, where it ends); seconds and hours also as 's' and 'h'."""
    short = re.match(r"([sh])(?![\w/])", text[pos:pos + 2])
    if short:
        return {"s": "second", "h": "hour"}[short.group(1)], pos + 1
    for rx, table in ((lex.abbr_re, lex.unit_abbr), (lex.unit_re, lex.unit_forms)):
        m = rx.match(text, pos)
        if m and not m.group(0)[:1].isspace():
            u = m.group("u")
            return table.get(u if table is lex.unit_abbr else u.lower()), m.end()
    return None, pos


def _after_trend(text: str, start: int, lex: Lexicon) -> bool:
    """A trend word right before the figure (a hedge between allowed): 'fell about', 'rose by', 'an
    increase of', or before a 'by' that closes its clause ('rose on firmer margins by')."""
    left = left_of(text, start, 60)
    h = lex.hedge_re.search(left)
    left = left[:h.start()] if h else left
    t = re.search(r"(?<![\w])(?:([A-Za-z]+)\s+)?([A-Za-z]+)(?:\s+(?:by|of))?\s+$", left)
    if t and t.group(2).lower() in lex.trend and (t.group(1) or "").lower() not in PHRASAL:
        return True
    if re.search(r"\bby\s+$", left):
        words = re.findall(r"[A-Za-z]+", re.split(r"[,;:.]", left)[-1])[:-1][-6:]
        return any(w.lower() in lex.trend for w in words)
    return False


def _yearlike(num: str, value: float) -> bool:
    return re.fullmatch(r"\d{4}", num) is not None and 1000 <= value <= 2100


def _merge_parenthetical(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """'800-mile-long (1,303 kilometers)' and 'one quarter (27 percent)' are one quantity each."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and re.fullmatch(r"\s*\(\s*(?:or\s+|about\s+|some\s+|roughly\s+)?", text[a.end:b.start]):
            close = re.match(r"\s*\)", text[b.end:])
            if close and a.kind == b.kind and a.kind != "count":
                main = b if _canonical(b) and not _canonical(a) else a
                merged = replace(main, start=a.start, end=b.end + close.end(), written=a.written,
                                 written_unit=a.written_unit, approximate=a.approximate or b.approximate,
                                 change=a.change if a.change != "=" else b.change, forms=a.forms + b.forms)
                per = _per(text, merged.end, lex) if merged.kind in PER_KINDS and " per " not in \
                    (a.written_unit or "") + (b.written_unit or "") else None
                if per:  # "C$6 (US$4.46) per share", "9 billion shekels ($2.4 billion) a year": both are rates
                    merged = replace(merged, end=per[0], unit=f"{merged.unit}/{per[1]}",
                                     written_unit=f"{merged.written_unit} per {per[1]}",
                                     forms=tuple(replace(f, unit=f"{f.unit} per {per[1]}") for f in merged.forms))
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _canonical(hit: Hit) -> bool:
    """True when a hit is written in its kind's canonical unit (km, degrees Celsius, percent)."""
    unit = lexicon().units.get(hit.written_unit or "")
    if unit is None:
        return hit.written_unit not in ("fraction",) and hit.kind in ("percent", "money")
    return unit.factor == 1.0 and unit.offset == 0.0
