"""Unit, currency and number-word dictionaries for quantities, and number parsing; model-free."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitroom.components.quantity_units_lib import library_units
from sitroom.data_yaml import load_yaml

HEDGE_CHANGES = {"=", "~", ">", "<"}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
FRACTION_RE = re.compile(r"(?:(\d+)\s+|(\d+)(?=[" + "".join(VULGAR) + r"]))?(?:(\d{1,2})[/⁄](\d{1,3})|([" + "".join(VULGAR) + r"]))")


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of measure: its name (CQE's), kind and conversion to the kind's canonical unit."""

    name: str
    kind: str
    factor: float
    offset: float = 0.0
    canonical: str = ""


@dataclass(frozen=True, slots=True)
class Currency:
    """One currency: ISO 4217 code and its CQE unit name."""

    code: str
    name: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the quantity extractor looks up, with the regexes built from it."""

    units: dict[str, Unit]  # unit name -> Unit
    unit_forms: dict[str, str]  # lower-cased word form -> unit name
    unit_abbr: dict[str, str]  # case-sensitive abbreviation -> unit name
    currencies: dict[str, Currency]
    cur_symbols: dict[str, str]  # symbol -> code
    library: frozenset[str]  # unit names taken from quantulum3's data (written names match in lower case only)
    cur_ascii: frozenset[str]  # symbols as ASCII transliteration writes them ("PS" for £): not before a lone digit
    cur_words: dict[str, str]  # lower-cased word -> code
    cur_minor: dict[str, str]  # lower-cased minor-unit word -> code
    cur_prefix_words: dict[str, str]  # lower-cased word written before the amount ("pounds 20") -> code
    words: dict[str, float]  # number words (units, tens)
    scales: dict[str, float]  # number words ("million"); with the wires' abbreviations after digits ("mln")
    abbr_scales: dict[str, float]
    vague: dict[str, tuple[float, float | None]]  # phrase -> (low, high or None)
    fractions: dict[str, float]
    ordinal_fractions: frozenset[str]
    hedges: dict[str, tuple[str, bool]]
    trend: dict[str, str]  # word -> up/down
    funding: frozenset[str]  # trend words that raise money before a sum ("raised $40 million")
    identifier_nouns: frozenset[str]
    months: frozenset[str]
    bare_floor: float  # the smallest bare count kept (quantity_bare.py)
    tally_words: frozenset[str]  # a sentence with one tells a vote: its bare numbers are the tally
    vague_before_of: frozenset[str]  # vague words that are an amount only before "of" ("scores of")
    instrument_nouns: frozenset[str]  # "10-year Treasury": a hyphenated term naming an instrument
    score_re: re.Pattern  # after a number: "-0 win", "-1 at home" (a score, no figure); see score_before
    score_before: re.Pattern  # a scoring verb shortly before the score: "won 2-1", "beat Spurs 3-0"
    number_re: re.Pattern
    unit_re: re.Pattern
    abbr_re: re.Pattern
    cur_word_re: re.Pattern
    cur_prefix_re: re.Pattern
    cur_prefix_word_re: re.Pattern  # a prefix word right before the number: "pounds 20"
    hedge_re: re.Pattern
    idiom_re: re.Pattern  # phrases whose number word counts nothing: "at one point", "a one-time gain"
    address_re: re.Pattern  # capitalised words ending in a street word after a number: "358 El Brillo Way"


def _load(name: str) -> dict:
    text = resources.files("sitroom.data").joinpath(name).read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping")
    return data


def _alt(forms) -> str:
    """A regex alternation of literal forms, longest first so that 'sq km' beats 'sq'."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f) for f in ordered)


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise ValueError(f"quantity dictionaries: {msg}")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and validate the YAML dictionaries once."""
    u, c, n = _load("units.yaml"), _load("currencies.yaml"), _load("numbers.yaml")
    canon = u["canonical"]
    units: dict[str, Unit] = {}
    forms: dict[str, str] = {}
    abbr: dict[str, str] = {}
    for name, spec in u["units"].items():
        _check(spec["kind"] in canon or spec["kind"] == "other", f"unit {name}: unknown kind {spec['kind']}")
        factor = float(spec["factor"])
        _check(math.isfinite(factor) and factor > 0, f"unit {name}: bad factor")
        canonical = canon.get(spec["kind"], name)
        units[name] = Unit(name, spec["kind"], factor, float(spec.get("offset", 0.0)), canonical)
        for f in spec.get("forms") or []:
            _check(forms.get(f.lower(), name) == name, f"unit form {f!r} used twice")
            forms[f.lower()] = name
        for a in spec.get("abbr") or []:
            _check(abbr.get(a, name) == name, f"unit abbreviation {a!r} used twice")
            abbr[a] = name
    library: set[str] = set()
    for name, lib_forms, lib_abbr in library_units():  # quantulum3's units that units.yaml lacks
        new_forms = [f for f in lib_forms if f not in forms]
        new_abbr = [a for a in lib_abbr if a not in abbr]
        if name in units or not (new_forms or new_abbr):
            continue
        units[name] = Unit(name, "other", 1.0, 0.0, name)
        library.add(name)
        forms.update((f, name) for f in new_forms)
        abbr.update((a, name) for a in new_abbr)
    currencies, symbols, cwords, minor, prefix_words = {}, {}, {}, {}, {}
    ascii_symbols: set[str] = set()
    for code, spec in c["currencies"].items():
        _check(re.fullmatch(r"[A-Z]{3}", code) is not None, f"currency code {code!r}")
        currencies[code] = Currency(code, spec["name"])
        for s in (spec.get("symbols") or []) + (spec.get("ascii_symbols") or []):
            _check(symbols.get(s, code) == code, f"currency symbol {s!r} used twice")
            symbols[s] = code
            if re.fullmatch(r"[A-Z]{2,}\$", s):  # "AU $89.99", "NZ $99": tokenisers split the sign off its country
                symbols.setdefault(s[:-1] + " $", code)
        ascii_symbols.update(spec.get("ascii_symbols") or [])
        for w in spec.get("words") or []:
            cwords[w.lower()] = code
        for w in spec.get("minor") or []:
            minor[w.lower()] = code
        for w in spec.get("prefix_words") or []:
            _check(prefix_words.get(w.lower(), code) == code, f"currency prefix word {w!r} used twice")
            prefix_words[w.lower()] = code
    words = {**n["units"], **n["tens"]}
    hedges = {}
    for phrase, spec in n["hedges"].items():
        _check(spec["change"] in HEDGE_CHANGES, f"hedge {phrase}: change {spec['change']}")
        hedges[phrase] = (spec["change"], bool(spec["approximate"]))
    trend = {w: d for d in ("up", "down") for w in n["trend"][d]}
    scales = {k: float(v) for k, v in n["scales"].items()}
    wire = {k: float(v) for k, v in (n.get("wire_scales") or {}).items()}
    vague = {k: (float(v[0]), float(v[1])) if isinstance(v, list) else (float(v), None)
             for k, v in n["vague"].items()}
    fractions = {k: float(v) for k, v in n["fractions"].items()}
    word_alt = _alt(list(words) + list(scales) + ["dozen"])
    # "and" joins number words only after a scale ("two hundred and fifty"): "five and six" is two
    # numbers (a range or a list), never eleven
    after_scale = "|".join(f"(?<={re.escape(w)})" for w in sorted(set(scales) | {"dozen"}))
    word_seq = (rf"(?:(?:a|an)\s+(?=(?:{_alt(list(scales) + ['dozen'])})\b))?(?:{word_alt})"
                rf"(?:[\s-]+(?:{word_alt})|(?:{after_scale})\s+and\s+(?:{word_alt}))*")
    vulgar = _alt(VULGAR)
    digits = (rf"(?:\d+\s+)?\d{{1,2}}/\d{{1,2}}(?![\d/])|\d{{1,2}}[/⁄](?:32|64|128)(?![\d/⁄])|\d{{1,2}}⁄\d{{1,2}}(?![\d⁄])|\d*\s?(?:{vulgar})"
              r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
    # "a third", "two thirds", "one and a half", "2 and a half"
    # "two-and-a-half", and "half" right before "a"/"an" ("half a mile", "half an hour")
    frac = (rf"(?:(?:(?:{word_alt}|\d+)[\s-]+and[\s-]+)?(?:a|one|two|three|four)[\s-](?:{_alt(fractions)})"
            r"|half(?=\s+an?\s))")
    _check(isinstance(n.get("bare_count_floor"), (int, float)) and n["bare_count_floor"] >= 0,
           "numbers.yaml: 'bare_count_floor' must be a number >= 0")
    _check(isinstance(n.get("tally_words"), list), "numbers.yaml: 'tally_words' must be a list of words")
    _check(isinstance(n.get("idioms"), list), "numbers.yaml: 'idioms' must be a list of phrases")
    vague_alt = _alt(vague)
    number = (
        rf"(?P<vague>\b(?:{vague_alt})\b)"
        rf"|(?P<frac>\b{frac}\b)"
        rf"|(?P<digits>(?<![\d.,])(?-i:(?<![a-z]))(?:{digits})(?:(?:\s*|-)(?:{_alt(list(scales) + list(wire))})\b)*(?:k\b)?)"
        rf"|(?P<words>\b{word_seq}(?:\s+(?:{_alt(wire)}))?\b)"
    )
    return Lexicon(
        units=units, unit_forms=forms, unit_abbr=abbr, currencies=currencies, cur_symbols=symbols,
        cur_ascii=frozenset(ascii_symbols), library=frozenset(library),
        cur_words=cwords, cur_minor=minor, cur_prefix_words=prefix_words, words={k: float(v) for k, v in words.items()},
        scales={**scales, **wire},
        abbr_scales={k: float(v) for k, v in n["abbreviated_scales"].items()}, vague=vague,
        fractions=fractions, hedges=hedges, trend=trend,
        funding=frozenset(str(w).lower() for w in n["funding_verbs"]), ordinal_fractions=frozenset(n["ordinal_fractions"]),
        identifier_nouns=frozenset(x.lower() for x in n["identifier_nouns"]),
        months=frozenset(x.lower() for x in n["months"]),
        bare_floor=float(n["bare_count_floor"]),
        tally_words=frozenset(str(w).lower() for w in n["tally_words"]),
        vague_before_of=frozenset(str(w).lower() for w in n.get("vague_before_of") or ()),
        instrument_nouns=frozenset(str(w).lower() for w in n.get("instrument_nouns") or ()),
        score_re=re.compile(rf"[-–]\d{{1,3}}(?![\d.,%-])(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(n['score_nouns'])})\b)",
                            re.IGNORECASE),
        score_before=re.compile(rf"\b(?:{_alt(n['score_verbs'])})\b(?:\s+[\w.'’-]+){{0,4}}\s+$", re.IGNORECASE),
        number_re=re.compile(number, re.IGNORECASE),
        unit_re=re.compile(rf"(?:\s*|-)(?P<u>{_alt(forms)})(?![\w])", re.IGNORECASE),
        abbr_re=re.compile(rf"(?:\s?|-)(?P<u>{_alt(abbr)})(?![\w])"),
        cur_word_re=re.compile(rf"(?:\s*|-)(?P<u>{_alt(cwords)}|{_alt(minor)})(?![\w])", re.IGNORECASE),
        cur_prefix_re=re.compile(rf"(?P<c>{_alt(symbols)})\s?$"),
        cur_prefix_word_re=re.compile(rf"(?<![\w])(?P<w>{_alt(prefix_words)})\s+$", re.IGNORECASE),
        hedge_re=re.compile(rf"(?<![\w])(?P<h>{_alt(hedges)})\s+$", re.IGNORECASE),
        idiom_re=re.compile(rf"(?<![\w-])(?:{_alt(n['idioms'])})(?![\w-])", re.IGNORECASE),
        address_re=re.compile(rf"(?:\s+(?:[NSEW]\.?|[A-Z][\w'’.-]*))*?\s+(?:{_alt(n['street_words'])})\b(?!-)"),
    )


def scale_word(word: str, lex: Lexicon | None = None) -> bool:
    """A scale word ("hundred", "million", the wires' "mln") or "dozen": it multiplies the number
    before it ("several hundred" is 300 to 900)."""
    low = word.lower()
    return low == "dozen" or low in (lex or lexicon()).scales


def parse_words(text: str, lex: Lexicon | None = None) -> float | None:
    """Value of a run of number words ('two hundred and fifty thousand', 'a dozen'); None if none."""
    lex = lex or lexicon()
    total, current, seen = 0.0, 0.0, False
    for tok in re.split(r"[\s-]+", text.lower()):
        if tok in ("and", "a", "an", ""):
            continue
        if tok in lex.words:
            current += lex.words[tok]
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in lex.scales:
            scale = lex.scales[tok]
            if scale == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * scale
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str, lex: Lexicon | None = None) -> float | None:
    """Value of a number as written: '7,000', '1.5 million', 'nine', 'tens of thousands', 'a third'."""
    lex = lex or lexicon()
    t = text.strip()
    low = re.sub(r"\s+", " ", t.lower())
    if low in lex.vague:
        return lex.vague[low][0]
    if low == "half":  # "half a mile"
        return lex.fractions["half"]
    m = re.fullmatch(r"(?:(.+?)[\s-]and[\s-])?(a|one|two|three|four)[\s-](\w+)", low)
    if m and m.group(3) in lex.fractions:
        whole = parse_number(m.group(1), lex) if m.group(1) else 0.0  # "one and a half"
        n = 1.0 if m.group(2) in ("a", "one") else lex.words[m.group(2)]
        return None if whole is None else whole + n * lex.fractions[m.group(3)]
    m = FRACTION_RE.fullmatch(t)
    if m:
        whole = float(m.group(1) or m.group(2) or 0)
        if m.group(5):
            return whole + VULGAR[m.group(5)]
        num, den = int(m.group(3)), int(m.group(4))
        return whole + num / den if 0 < num < den and den in (2, 3, 4, 5, 8, 10, 16, 32, 64, 128) else None
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)((?:(?:\s*|-)[a-z]+)*)", low)
    if m:
        value = float(m.group(1).replace(",", ""))
        for word in re.split(r"[\s-]+", m.group(2).strip(" -")) if m.group(2) else ():  # "4 hundred million", "25k", "$4.4-trillion"
            scale = lex.scales.get(word, 1000.0 if word == "k" else None)
            if scale is None:
                return None
            value *= scale
        return value
    return parse_words(low, lex)
