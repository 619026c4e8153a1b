"""Units beyond units.yaml, read from quantulum3's unit data (MIT): names, surfaces, symbols; model-free.

units.yaml holds the units sitroom converts (length, mass, money ...). quantulum3 ships a
curated list of some 300 units with their written names and symbols (`units.json`), named as
CQE/NewsQuant name them ("megapascal", "farad", "joule"). Those that units.yaml lacks are added
as units of their own (kind "other": the figure is kept as written, no conversion), so that
"61.4 MPa" or "5 volts" is a measure and not a count of "MPa". Only readings that are safe in
running text are taken: a unit's written name when it is not also a common English word
("league", "quarter" and "span" are units there), multi-word names, symbols of two characters or
more that are not an ordinary lower-case word or a two-letter capital code ("VA", "AU"), and the
SI-prefixed forms quantulum3 lists for volt, watt, ohm, ampere, farad, hertz ("kV", "kilovolt").
Without quantulum3 installed nothing is added.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# English words that quantulum3 also lists as (rare) unit names; its own common-word list misses them
ENGLISH = frozenset({
    "league", "span", "quarter", "drop", "shake", "bar", "barn", "ell", "pond", "kip", "quad", "stere", "rhe",
    "gal", "turn", "set", "tex", "mill", "dime", "pair", "count", "point", "stone", "are", "cup", "peck", "gross",
    "unit", "atmosphere", "mil", "pound", "lightspeed", "gray", "henry", "tesla", "mole", "rad", "second",
    "minute", "degree", "day", "week", "month", "year", "hand", "line", "foot", "yard", "chain", "rod", "link",
    "pica", "fortnight", "bit", "byte", "quintal", "board-foot", "knot", "baud", "candle", "franklin",
    "galileo", "nibble", "nybble",
})
PREFIXES = {"µ": "micro", "m": "milli", "k": "kilo", "M": "mega", "G": "giga", "T": "tera", "n": "nano"}
SKIP_ENTITIES = {"dimensionless", "currency", "time"}  # counts, money and durations are handled elsewhere


def _plural(surface: str) -> str:
    words = surface.split(" ")
    i = words.index("per") - 1 if "per" in words else len(words) - 1
    w = words[i]
    if re.search(r"(?:s|x|z|ch|sh)$", w):
        w += "es"
    elif re.search(r"[^aeiou]y$", w):
        w = w[:-1] + "ies"
    else:
        w += "s"
    words[i] = w
    return " ".join(words)


def _safe_symbol(sym: str, common: frozenset[str]) -> bool:
    if len(sym) < 2 or any(c in sym for c in "\"'′″”`") or sym.lower() in common or sym.lower() in ENGLISH:
        return False
    if not sym.isalpha():
        return True  # "µF", "kΩ", "cu ft"
    if len(sym) <= 3:  # "kV", "kPa", "MeV", "GPa" yes; "ms", "St", "VA", "Mrs" no (words, codes, titles)
        return bool(re.fullmatch(r"[a-zµ][A-Z][A-Za-z]?|[A-Z][a-z]?[A-Z][a-z]?", sym)) and sum(c.isupper() for c in sym) >= 1 \
            and not (len(sym) == 2 and sym[0].isupper())
    return True


@lru_cache(maxsize=1)
def library_units() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, written forms, symbols) for each safe quantulum3 unit, prefixed forms included."""
    try:
        base = resources.files("quantulum3")
        data = json.loads(base.joinpath("units.json").read_text(encoding="utf-8"))
        words = json.loads(base.joinpath("_lang/en_US/common-words.json").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return ()
    common = frozenset(w.lower() for group in words.values() for w in group)
    out = []
    for name, spec in data.items():
        if spec.get("entity") in SKIP_ENTITIES or not isinstance(spec.get("surfaces"), list):
            continue
        forms = []
        for s in spec["surfaces"]:
            s = re.sub(r"\s+", " ", s.strip().lower())
            if s and (" " in s or "-" in s or (s not in common and s not in ENGLISH)):
                forms += [s, _plural(s)]
        symbols = [s for s in spec.get("symbols") or [] if _safe_symbol(s, common)]
        out.append((name, tuple(dict.fromkeys(forms)), tuple(symbols)))
        for p in spec.get("prefixes") or []:
            if p not in PREFIXES or not spec.get("symbols"):
                continue
            pname = PREFIXES[p] + name
            psyms = [p + s for s in spec["symbols"] if s.isalpha() or s == "Ω"]
            out.append((pname, (pname, _plural(pname)), tuple(s for s in psyms if _safe_symbol(s, common))))
    return tuple(out)
