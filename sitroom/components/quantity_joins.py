"""Figures the text finder reads across more than one number, or from words around a number.

A move ("from 4.8 to 4.7 percent": one figure with where it started), a unit shared over "or"
("8 or $9"), ages after "aged", multiples ("sixfold") and parts of a whole ("one in three"). Each
takes the finder's hits and the text, and returns hits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitroom.components.quantity_hit import Hit, left_of
from sitroom.components.quantity_lexicon import Lexicon
from sitroom.model import Figure


FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"\s+(?:(?:in|on|by)\s+(?:\d{4}|\w+\s+\d{4})\s+)?to\s+", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
FROM_BETWEEN = re.compile(r"\s+from\s+", re.IGNORECASE)


def merge_change(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """'from 4.8% to 4.7%', 'dropping from 208 pounds to 193', 'narrowed to 138,285 lots from 212,577':
    one figure that moved, with the figure it moved from as ``previous`` (a range cannot go down).

    A rising 'from X to Y' in one unit stays the range the finder made of it, unless a trend word
    before 'from' says it moved ('jumped from 240 to 273': 273, previous 240).
    """
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a, j = hits[i], i + 1
        if j < len(hits) and hits[j].yearlike and j + 1 < len(hits):
            j += 1  # "from 20 mpg in 2008 to 29 mpg": the year in between is no figure of the move
        b = hits[j] if j < len(hits) else None
        if b is not None and a.high is None and b.high is None:
            between = text[a.end:b.start]
            word = r"(?:\s+[a-z]+)?" if a.kind in ("count", "other") else ""  # "21 mpg combined to 23", "lots"
            up_to = b.change == "<" and re.match(r"up\s+to\s", text[b.start:b.num_start], re.I) \
                and re.fullmatch(r"\s+", between)  # "from 450 sq ft up to 900 sq ft"
            if FROM_BEFORE.search(left_of(text, a.start, 8)) and (
                    up_to or re.fullmatch(word + TO_BETWEEN.pattern, between, re.I)):
                merged = _moved(text, a, replace(b, change="=") if up_to else b, a, b, lex)
                if merged is not None and b.written > a.written and not _trend_before(text, a.start, lex):
                    merged = _ranged(text, a, b)  # "priced from RM120,000 to RM300,000": a range
            elif TO_BEFORE.search(left_of(text, a.start, 6)) and re.fullmatch(word + FROM_BETWEEN.pattern, between, re.I):
                merged = _moved(text, b, a, a, b, lex)
            else:
                merged = None
            if merged is not None:
                out.append(merged)
                out.extend(hits[i + 1:j])
                i = j + 1
                continue
        if a.high is not None and len(a.forms) == 1 and FROM_BEFORE.search(left_of(text, a.start, 8)) \
                and re.search(r"\d.*?\s+to\s+(?:[a-z]+\s+)?\S*\d", text[a.num_start:a.end]) and _trend_before(text, a.start, lex):
            f, to = a.forms[0], re.search(r"\s+to\s+", text[a.num_start:a.end])
            second = lex.number_re.search(text, a.num_start + to.end(), a.end) if to else None
            if second is not None:  # the count's noun is read after the new figure: "from 80 to 84 people"
                a = replace(a, value=a.high, high=None, written=f.high, change="=", num_start=second.start(),
                            num_end=second.end(), core=(second.start(), a.end),
                            forms=(replace(f, value=f.high, high=None, previous=f.value),))
        out.append(a)
        i += 1
    return out


def _take_unit(bare: Hit, other: Hit, lex: Lexicon) -> Hit:
    """``bare`` (a number with no unit) in ``other``'s unit: 'from 208 pounds to 193', '8 or $9'."""
    factor = other.value / other.written if other.written else 1.0
    offset = lex.units[other.written_unit].offset if other.written_unit in lex.units else 0.0
    if offset:
        factor = lex.units[other.written_unit].factor
    unit = other.written_unit.split(" per ")[0] if other.written_unit else None
    return replace(bare, value=bare.written * factor + offset, unit=other.unit, kind=other.kind, currency=other.currency,
                   written_unit=other.written_unit, forms=tuple(replace(f, unit=other.written_unit) for f in bare.forms)
                   if unit else bare.forms)


def share_unit(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """'about 8 or $9', 'a 7- or 8-inch screen': a bare number before 'or' takes the unit after it.

    Only a number of the same order ("net loss 2,649,000 or 1.10 dlrs a share" is a total and its
    share, not two prices)."""
    out = list(hits)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind == "count" and a.written_unit is None and a.currency is None and a.high is None \
                and a.group == "digits" and b.kind not in ("count", "age") and b.high is None \
                and re.fullmatch(r"-?\s+or\s+", text[a.end:b.start]) \
                and abs(b.written) / 10 <= abs(a.written) <= abs(b.written) * 10:
            out[i] = _take_unit(a, b, lex)
    return out


AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|at\s+age)\s+$", re.IGNORECASE)


def ages(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """'men aged 18 to 34', 'under the age of 5 years', 'at age 40': ages, in years unless written otherwise."""
    out = []
    for h in hits:
        plain = h.kind == "count" and h.written_unit is None and h.currency is None
        span = h.kind == "duration" and h.written_unit in ("year", "month", "week", "day")
        if (plain or span) and AGE_BEFORE.search(left_of(text, h.start, 12)):
            name = f"{h.written_unit or 'year'} of age"
            u = lex.units[name]
            high = h.forms[0].high if h.forms else None
            h = replace(h, kind="age", unit=u.canonical, written_unit=name, value=h.written * u.factor + u.offset,
                        high=high * u.factor + u.offset if high is not None else None,
                        forms=tuple(replace(f, unit=name) for f in h.forms))
        out.append(h)
    return out


def _ranged(text: str, low: Hit, top: Hit) -> Hit | None:
    """'from RM120,000 to RM300,000' in one unit, each with its sign: one range."""
    if (low.unit, low.written_unit) != (top.unit, top.written_unit):
        return None
    form = Figure(low.written, low.written_unit, top.written, text[low.start:top.end])
    return replace(low, end=top.end, high=top.value, forms=(form,))


def _trend_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A trend word among the three words before 'from' ('jumped from', 'has fallen sharply from')."""
    words = re.findall(r"[A-Za-z]+", left_of(text, pos, 40))[:-1][-3:]
    return any(w.lower() in lex.trend for w in words)


def _moved(text: str, old: Hit, new: Hit, first: Hit, last: Hit, lex: Lexicon) -> Hit | None:
    """``new`` with ``old`` as the figure it moved from, when both measure in the same unit (a bare
    number takes the other's unit: 'from 4.8 to 4.7 percent', 'from 208 pounds to 193')."""
    bare = lambda h: h.kind == "count" and h.written_unit is None and h.currency is None  # noqa: E731
    if old.kind == "age" or new.kind == "age" or old.yearlike or new.yearlike:
        return None
    if (old.unit, old.written_unit) == (new.unit, new.written_unit):
        unit_of = new
    elif bare(old) and not bare(new):
        unit_of = new
    elif bare(new) and not bare(old):
        unit_of, new = old, _take_unit(new, old, lex)
    else:
        return None
    form = Figure(new.written, unit_of.written_unit, None, text[first.start:last.end], old.written)
    change = new.change if new.change in (">", "<", "~") else "="
    return replace(new, start=first.start, end=last.end, change=change, approximate=new.approximate,
                   written_unit=unit_of.written_unit, forms=(form,), core=(new.start, new.end))


FOLD_RE = re.compile(r"\b(?P<n>[a-z]+?|\d+(?:\.\d+)?)-?(?P<f>fold)\b", re.IGNORECASE)


def folds(text: str, lex: Lexicon, hits: list[Hit]) -> list[Hit]:
    """Multiples: 'sixfold', 'ten-fold', '10-fold' (a count of times; the hedge before it kept)."""
    out = []
    for m in FOLD_RE.finditer(text):
        value = lex.words.get(m.group("n").lower()) if m.group("n").isalpha() else float(m.group("n"))
        if not value or any(h.start <= m.start("n") < h.end for h in hits):
            continue
        start, change, approx = m.start(), "=", False
        h = lex.hedge_re.search(left_of(text, start, 25))
        if h:
            (change, approx), start = lex.hedges[h.group("h").lower()], start - len(h.group(0))
        out.append(Hit(start, m.end(), m.start(), m.end(), value, value, "count", None, "count", change, approx,
                       group="fold", forms=(Figure(value, None, None, text[start:m.end()]),)))
    return out


PART_RE = re.compile(r"\b(?P<a>\d+|[a-z]+)\s+(?:out\s+of|in)\s+(?:every\s+)?(?P<b>\d+|[a-z]+)\b"
                     r"|\b(?P<half>half)\s+(?=(?:of\s+)?(?:the|its|their|his|her|our|all|these|those)\b)", re.IGNORECASE)


def parts(text: str, lex: Lexicon, hits: list[Hit]) -> list[Hit]:
    """Parts of a whole: 'one out of three Germans', '9 in 10 doctors', 'half the condos' (fractions)."""
    found = []
    for m in PART_RE.finditer(text):
        if m.group("half"):
            if re.search(r"\b(?:a|one|and|the|first|second|latter|former|last|next|other|back|front)\s+$",
                         left_of(text, m.start(), 8), re.I):
                continue  # "a half", "one and a half": the number finder's; "the second half of the year": a period
            a, b, num = 1.0, 2.0, m.span("half")
        else:
            a, b = (lex.words.get(x.lower()) if x.isalpha() else float(x) for x in (m.group("a"), m.group("b")))
            num = m.span("b")
            if not a or not b or not a < b <= 1000 or m.group("b").lower() in ("a", "an"):
                continue
        found.append((m.start(), num[1] if m.group("half") else m.end(), num, a / b))
    if not found:
        return hits
    keep = [h for h in hits if not any(s <= h.num_start < e for s, e, _, _ in found)]
    for s, e, (ns, ne), frac in found:
        start, change, approx = s, "=", False
        h = lex.hedge_re.search(left_of(text, start, 25))
        if h:
            (change, approx), start = lex.hedges[h.group("h").lower()], start - len(h.group(0))
        keep.append(Hit(start, e, ns, ne, frac * 100, frac, "%", None, "percent", change, approx, group="frac",
                        written_unit="fraction", forms=(Figure(frac, "fraction", None, text[start:e]),)))
    return sorted(keep, key=lambda h: h.start)

