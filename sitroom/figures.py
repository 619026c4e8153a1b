"""Readable figures: one function that every view (CLI, web, brief, CSV) uses to show a quantity.

``format_quantity`` writes a figure as the text wrote it: its own number with the significant
digits it had, the unit in words, a range as a range, the hedge ("at least", "about"), what is
counted, and, when the canonical value is a conversion, the converted value beside it rounded to
the precision of the written figure ("about 620 miles (≈ 998 km)"). No scientific notation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache

from sitroom.components.event_words import yaml_data
from sitroom.model import Figure, Quantity

_WORD_RANGE = re.compile(r"\s(?:to|and|or)\s|[–—]")  # "five to six", "two–three"

__all__ = ["format_number", "format_quantity", "format_value"]

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
HEDGES = {">": "at least", "<": "at most", "~": "about", "up": "up", "down": "down"}
# unit name (units.yaml / currencies.yaml) -> (singular, plural) as shown; others add "s"
UNIT_WORDS = {
    "percentage": ("%", "%"), "percentage point": ("percentage point", "percentage points"),
    "celsius": ("°C", "°C"), "fahrenheit": ("°F", "°F"), "foot": ("foot", "feet"),
    "inch": ("inch", "inches"), "century": ("century", "centuries"), "year of age": ("year old", "years old"),
    "month of age": ("month old", "months old"), "week of age": ("week old", "weeks old"),
    "day of age": ("day old", "days old"),
    "pound-mass": ("pound", "pounds"), "pound-foot": ("pound-foot", "pound-feet"),
    "horsepower": ("horsepower", "horsepower"), "brake horsepower": ("brake horsepower", "brake horsepower"),
    "dollar": ("US dollar", "US dollars"), "pound sterling": ("pound sterling", "pounds sterling"),
    "japanese yen": ("Japanese yen", "Japanese yen"), "chinese yuan": ("Chinese yuan", "Chinese yuan"),
    "pound-force": ("pound of thrust", "pounds of thrust"), "egyptian pound": ("Egyptian pound", "Egyptian pounds"),
    "syrian pound": ("Syrian pound", "Syrian pounds"), "lebanese pound": ("Lebanese pound", "Lebanese pounds"),
    "sudanese pound": ("Sudanese pound", "Sudanese pounds"),
}
CANONICAL_WORDS = {  # canonical unit codes of model.Quantity.unit -> words
    "km": ("km", "km"), "km2": ("km²", "km²"), "kg": ("kg", "kg"), "l": ("litre", "litres"),
    "km/h": ("km/h", "km/h"), "W": ("watt", "watts"), "J": ("joule", "joules"), "degC": ("°C", "°C"),
    "GB": ("GB", "GB"), "Hz": ("Hz", "Hz"), "%": ("%", "%"), "day": ("day", "days"),
    "year": ("year old", "years old"), "count": ("", ""),
}
IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women", "foot": "feet",
             "life": "lives", "wife": "wives", "people": "people", "police": "police", "personnel": "personnel",
             "staff": "staff", "sheep": "sheep", "fish": "fish", "series": "series", "aircraft": "aircraft"}
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SYMBOL_AFTER = {"%", "°C", "°F", "km²"}



def format_number(x: float, sig: int | None = None) -> str:
    """'16 million', '1,303', '91.32', '0.5': never scientific notation; ``sig`` significant digits."""
    if not math.isfinite(x):
        return str(x)
    if sig is not None and x != 0:
        x = round(x, sig - 1 - math.floor(math.log10(abs(x))))
    if abs(x) >= 1e15 or 0 < abs(x) < 1e-6:  # "2.998 × 10⁻⁸", "1.99 × 10³⁰": as science writes them
        exp = math.floor(math.log10(abs(x)))
        mantissa = round(x / 10.0 ** exp, 6)
        if abs(mantissa) >= 10:
            mantissa, exp = mantissa / 10, exp + 1
        return f"{_plain(mantissa)} × 10{str(exp).translate(SUPERSCRIPT)}"
    for size, word in SCALES:
        if abs(x) >= size:
            scaled = round(x / size, 6)
            if abs(scaled) < 1000 and _decimals(scaled) <= 2:
                return f"{_plain(scaled)} {word}"
    return _plain(x)


def _decimals(x: float) -> int:
    text = f"{x:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _plain(x: float) -> str:
    if x == int(x) and abs(x) < 1e18:
        return f"{int(x):,}"
    digits = max(0, min(6, 6 - math.floor(math.log10(abs(x))) if x else 0))
    return f"{x:,.{digits}f}".rstrip("0").rstrip(".")


def _sig_digits(x: float) -> int:
    """Digits of a written figure: 620 -> 3, 1303 -> 4, 1.5 -> 2, 7 -> 1."""
    if x == 0 or not math.isfinite(x):
        return 1
    text = f"{abs(x):.6f}".rstrip("0").rstrip(".")
    return max(1, len(text.replace(".", "").lstrip("0")))


def _plural(word: str, n: float | None) -> str:
    if n is not None and abs(n) == 1:
        return word
    last = word.rsplit(" ", 1)
    head, noun = (last[0] + " ", last[1]) if len(last) == 2 else ("", word)
    if noun in IRREGULAR:
        return head + IRREGULAR[noun]
    if noun.endswith("man") and noun not in ("human", "german", "roman", "ottoman"):
        return head + noun[:-3] + "men"
    if noun.endswith(("sh", "ch", "x", "z", "ss")):
        return head + noun + "es"
    if noun.endswith("s"):
        return head + noun
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return head + noun[:-1] + "ies"
    return head + noun + "s"


def _unit_words(name: str | None, n: float | None) -> str:
    if not name:
        return ""
    if name in UNIT_WORDS:
        one, many = UNIT_WORDS[name]
        return one if n is not None and abs(n) == 1 else many
    if " per " in name:
        first, rest = name.split(" per ", 1)
        return f"{_unit_words(first, n)} per {rest}"
    return _plural(name, n)


def _join(number: str, unit: str) -> str:
    if not unit:
        return number
    return f"{number}{unit}" if unit in SYMBOL_AFTER and unit != "km²" else f"{number} {unit}"


def _form_text(f: Figure, kind: str) -> str:
    words = _fraction_words().search(f.text or "") if f.unit not in (None, "fraction") and f.high is None \
        and 0 < f.value < 1 else None
    if words:
        return words.group(0).lower()  # "half a mile", not "0.5 miles"
    if f.unit == "fraction":
        return _join(format_number(f.value * 100, 3), "%")
    number = format_number(f.value) if f.high is None else f"{format_number(f.value)}–{format_number(f.high)}"
    return _join(number, _unit_words(f.unit, f.high if f.high is not None else f.value))


def format_value(value: float, unit: str, high: float | None = None, sig: int | None = None) -> str:
    """A canonical value in words: '1,303 km', '16 million', '91 days', '40 billion USD'."""
    number = format_number(value, sig) if high is None else f"{format_number(value, sig)}–{format_number(high, sig)}"
    n = high if high is not None else value
    if unit in CANONICAL_WORDS:
        one, many = CANONICAL_WORDS[unit]
        return _join(number, one if abs(n) == 1 else many)
    if "/" in unit:
        first, rest = unit.split("/", 1)
        return f"{format_value(value, first, high, sig)} per {rest}"
    return f"{number} {unit}"


def _get(q, key: str, default=None):
    if isinstance(q, Mapping):
        try:
            return q[key]
        except (KeyError, IndexError):
            return default
    return getattr(q, key, default)


def _forms(q) -> list[Figure]:
    raw = _get(q, "forms") or ()
    if isinstance(raw, str):
        import json

        raw = json.loads(raw)
    out = []
    for f in raw:
        if isinstance(f, Figure):
            out.append(f)
        elif isinstance(f, Mapping):
            out.append(Figure(f["value"], f.get("unit"), f.get("high"), f.get("text", ""), f.get("previous")))
        else:
            out.append(Figure(*f))
    if not out and _get(q, "written_value") is not None:
        out.append(Figure(_get(q, "written_value"), _get(q, "written_unit"), None, ""))
    return out


def format_quantity(q: Quantity | Mapping) -> str:
    """One figure, readable and faithful to the text: 'at least 84 people', 'about 620 miles (≈ 998 km)'.

    ``q`` is a ``model.Quantity``, an exported quantity (dict) or a store row: anything with
    value, unit, high, change, counted, kind and, where known, the written forms.
    """
    value, unit, high = float(_get(q, "value")), _get(q, "unit") or "count", _get(q, "high")
    kind, counted = _get(q, "kind") or "count", _get(q, "counted")
    change = _get(q, "change") or ("~" if _get(q, "approximate") else "=")
    forms = _forms(q)
    hedge = _written_hedge(_get(q, "text") or "", change) or HEDGES.get(change, "")
    # "tens of thousands" (words for an order of magnitude), not "five to six" (a range in words)
    vague = next((f for f in forms if f.high is not None and f.text and not any(c.isdigit() for c in f.text)
                  and not _WORD_RANGE.search(f.text)), None)
    if vague is not None:  # "tens of thousands of people (10,000–100,000)": the words first, the range beside
        top = high if high is not None else vague.high
        if unit == "count":
            rng = f"{format_number(value)}–{format_number(top)}"
        elif kind == "money":
            rng = f"{format_number(value)}–{format_number(top)} {unit}"
        else:
            rng = "≈ " + format_value(value, unit, top, 2)
        words = vague.text.lower()
        if counted and kind == "count":
            if not words.endswith(_plural(counted, 2)):  # "hundreds of people", "several hundred people"
                words += f" {_plural(counted, 2)}" if _scale_word(words.split()[-1]) else f" of {_plural(counted, 2)}"
        return f"{words} ({rng})"
    open_ended = _open_ended(forms, value, kind, counted)
    if open_ended:  # "dozens of people (12 or more)", not "about 12 people"
        return open_ended
    if forms and kind != "count":
        own = [_form_text(f, kind) for f in forms]
        text = own[0] + (f" ({own[1]})" if len(own) > 1 else "") + _moved_from(forms, kind)
        if not _same_as_canonical(forms, value, unit, high) and unit not in ("%",) and kind not in ("money", "age"):
            sig = max(2, min(4, _sig_digits(forms[0].value)))  # "7.5 million pounds (≈ 3,402 tonnes)"
            converted = _conversion(forms, value, unit, high, sig)
            text += f" (≈ {converted})" if converted else ""
    else:
        number = format_number(value) if high is None else f"{format_number(value)}–{format_number(high)}"
        if kind == "money":
            text = f"{number} {unit}"
        elif unit == "count":
            text = number + (f" {_plural(counted, high if high is not None else value)}" if counted else "")
        else:
            text = format_value(value, unit, high)
        text += _moved_from(forms, kind)
    return f"{hedge} {text}".strip() if hedge else text


def _open_ended(forms: list[Figure], value: float, kind: str, counted: str | None) -> str | None:
    """A vague word that gives only a floor ("dozens", "scores"): its words first, the floor
    beside them, never 'about 12' (numbers.yaml ``vague`` entries without a high value)."""
    from sitroom.components.quantity_lexicon import lexicon

    if kind != "count" or not forms or not forms[0].text:
        return None
    words = forms[0].text.lower()
    if lexicon().vague.get(words, (None, 0.0))[1] is not None:
        return None
    noun = f" of {_plural(counted, 2)}" if counted else ""
    return f"{words}{noun} ({format_number(value)} or more)"


@lru_cache(maxsize=1)
def _fraction_words() -> re.Pattern:
    """A fraction of a unit written in words, after any hedge ("half a mile", "a quarter of a
    century"): the fraction words of numbers.yaml, as the quantity finder reads them."""
    from sitroom.components.quantity_lexicon import lexicon

    alt = "|".join(sorted(lexicon().fractions, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:an?\s+)?(?:{alt})\s+(?:of\s+)?an?\s+[a-z-]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _display_rules() -> tuple[frozenset[str], dict[str, list[dict]]]:
    data = yaml_data("figure_display")
    return frozenset(data["metric"]), data["readable"]


def _conversion(forms: list[Figure], value: float, unit: str, high: float | None, sig: int) -> str | None:
    """The canonical value as a reader wants it beside the written figure, or None where it would
    not help: the text wrote a metric unit, or no readable unit fits (figure_display.yaml)."""
    metric, readable = _display_rules()
    if all(f.unit in metric for f in forms):
        return None
    if unit not in readable:
        return format_value(value, unit, high, sig)
    top = abs(high if high is not None else value)
    for r in readable[unit]:
        if top >= r["from"] and ("below" not in r or top < r["below"]):
            low_v, high_v = value * r["factor"], (high * r["factor"] if high is not None else None)
            number = format_number(low_v, sig) + (f"–{format_number(high_v, sig)}" if high_v is not None else "")
            n = high_v if high_v is not None else low_v
            return _join(number, r["one"] if abs(n) == 1 else r["many"])
    return None


def _moved_from(forms: list[Figure], kind: str) -> str:
    """' (from 4.8%)' for a figure that moved, else ''."""
    if not forms or forms[0].previous is None:
        return ""
    was = forms[0]
    return f" (from {_form_text(Figure(was.previous, was.unit), kind) if kind != 'count' else format_number(was.previous)})"


def _same_as_canonical(forms: list[Figure], value: float, unit: str, high: float | None) -> bool:
    """True when one written form already shows the canonical value (no conversion to add)."""
    from sitroom.components.quantity_lexicon import lexicon

    units = lexicon().units
    for f in forms:
        u = units.get(f.unit or "")
        if u is None or (u.canonical == unit and u.factor == 1.0 and u.offset == 0.0):
            if math.isclose(f.value, value, rel_tol=1e-6, abs_tol=1e-9):
                return True
    return False


def _scale_word(word: str) -> bool:
    """ "several hundred protesters" takes no "of", "hundreds of protesters" keeps it."""
    from sitroom.components.quantity_lexicon import scale_word

    return scale_word(word)


def _written_hedge(text: str, change: str) -> str | None:
    """The hedge as the text words it ("more than", "nearly"), when it leads the quantity's text."""
    if change not in (">", "<", "~"):
        return None
    from sitroom.components.quantity_lexicon import lexicon

    low = text.lower()
    found = [h for h, (c, _) in lexicon().hedges.items() if c == change and low.startswith(h + " ")]
    return max(found, key=len) if found else None
