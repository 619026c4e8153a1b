"""What surrounds a number and decides what it is: a game's score, a fraction of a scale word or
of a unit, "or so", a sentence in another script (used by quantity_find)."""

from __future__ import annotations

import re

from sitroom.components.quantity_hit import left_of
from sitroom.components.quantity_lexicon import Lexicon

SCORE_END = re.compile(r"[-–]\d{1,3}(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|against|over|with|after|before|to|and|as|"
                       r"for|away|home|during|thanks|courtesy|despite)\b)")
OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
UNIT_AND = re.compile(r"\b([A-Za-z]+)[\s-]+and[\s-]+$")  # "an hour and| a half"
FRACTION_OF_UNIT = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)  # "half| a mile", "a quarter| of a century"
SCALE_OF = re.compile(r"\s+(?:of\s+)?(?:an?\s+)?([A-Za-z]+)\b", re.IGNORECASE)  # a scale word: _large_scale
PART_OF = re.compile(r"\b(half|quarter\s+of|third\s+of)\s+$", re.IGNORECASE)


def is_score(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """A game's score 'N-M': before a result noun ('a 1-0 win', 'the 3-2 home defeat') or after a
    scoring verb at the end of its phrase ('Chelsea won 2-1 at home', 'led 40-15.'). Both numbers
    count nothing. Not a vote's tally: 'voted 29-28 to defeat the amendment' (numbers.yaml tally_words)."""
    left = re.split(r"[.!?;]\s", left_of(text, s, 80))[-1].lower()
    if any(w in lex.tally_words for w in re.findall(r"[a-z]+", left)):
        return False
    if lex.score_re.match(text, e):
        return True
    return SCORE_END.match(text, e) is not None and lex.score_before.search(left_of(text, s, 60)) is not None


def fraction_of_scale(text: str, s: int, e: int, value: float, group: str, lex: Lexicon):
    """A fraction of a scale word is one amount: 'one and a half million' (1,500,000, not 150% and
    a million), 'a quarter of a million', 'half a million' -> (value, start, end, group)."""
    if group == "frac":
        m = SCALE_OF.match(text, e)
        if m and m.group(1).lower() == "dozen" and re.match(r"\s+an?\s", m.group(0)):
            return value * 12, s, m.end(), "words"  # "half a dozen" is six
        if m and _large_scale(m.group(1), lex) and (" of " in m.group(0) or " and " in text[s:e].lower()
                                                     or text[s:e].lower() == "half"):  # "half a million"
            return value * lex.scales[m.group(1).lower()], s, m.end(), "words"
    elif group == "words" and (a := re.match(r"an?\s+([A-Za-z]+)$", text[s:e], re.IGNORECASE)) \
            and _large_scale(a.group(1), lex):
        m = PART_OF.search(left_of(text, s, 16))
        if m:
            return value * lex.fractions[m.group(1).split()[0].lower()], s - len(m.group(0)), e, group
    return value, s, e, group


def _large_scale(word: str, lex: Lexicon) -> bool:
    """A scale word of a thousand or more ("thousand", "million", "bln"): what a fraction can be of."""
    return lex.scales.get(word.lower(), 0.0) >= 1000


def foreign_script(text: str, s: int, e: int) -> bool:
    """A number in a sentence written mostly in another script (Cyrillic, Arabic, CJK ...): the
    lexicon's units and the parse's nouns are English, so its unit and what it counts would be
    guessed wrong ("150 г муки" is no bare 150)."""
    a = max(text.rfind(c, max(0, s - 120), s) for c in ".!?\n") + 1
    b = min([i for i in (text.find(c, e, e + 120) for c in ".!?\n") if i >= 0] or [min(len(text), e + 120)])
    window = text[max(a, s - 120):b]
    if window.isascii():
        return False  # Latin letters only
    letters = [c for c in window if c.isalpha()]
    return len(letters) >= 8 and sum(ord(c) < 0x250 for c in letters) < len(letters) / 2
