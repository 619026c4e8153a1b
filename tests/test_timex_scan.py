"""guard: a pattern guarded by its possible first characters finds exactly what it finds."""

from __future__ import annotations

import re

import pytest

from sitroom.resolve.timex_grammar import _patterns
from sitroom.resolve.timex_scan import guard

TEXT = ("On Monday, March 3, 2021, at 10:30 a.m. GMT, police said 14 people were killed two days ago; "
        "in the 1990s, last year, mid-morning, the third quarter, Q3, 3/4/2021, 2021-03-04, Christmas, "
        "every Tuesday, the past few weeks, a month-long strike, KELVIN k \u212a, Stra\u00dfe, 0800 hrs.")


@pytest.mark.parametrize("source, flags", [
    (r"(?<![\w])(?:[Ll]ast|next)\s+(?P<wd>Monday|Friday)", 0),
    (r"a?k|(?i:k)elvin|\d+", 0),  # optional first element, a case-folded branch (the Kelvin sign)
    (r"(?i:stra(?:ss|ß)e)", 0),
    (r"(?:\s*,)?\s*\d{4}", 0),
    (r"x*", 0),  # may match empty: left as it is
    (r"[^a]b", 0),  # a negated class: left as it is
])
def test_guarded_pattern_finds_the_same_matches(source, flags):
    rx = re.compile(source, flags)
    assert [(m.span(), m.groupdict()) for m in guard(rx).finditer(TEXT)] == \
        [(m.span(), m.groupdict()) for m in rx.finditer(TEXT)]


def test_every_time_pattern_is_guarded_and_finds_the_same():
    for kind, rx in _patterns():
        if rx.pattern.startswith("(?=(?:"):
            plain = re.compile(rx.pattern[rx.pattern.index("))(?:") + 5:-1], rx.flags)
            assert [(m.span(), m.groupdict()) for m in rx.finditer(TEXT)] == \
                [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)], kind
    assert sum(rx.pattern.startswith("(?=(?:") for _, rx in _patterns()) >= 35


def test_trie_matches_what_the_words_longest_first_match():
    from sitroom.resolve.timex_scan import trie_alternation

    words = ["may", "mayday", "mon", "monday", "mondays", "month", "mid-morning", "new year's day", "new year", "q3"]
    text = "On Mondays, a Monday; a month. Mayday! may MID-MORNING New Year's Day, new year, Q3 Mont monthly"
    plain = re.compile(r"(?i:\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b)")
    trie = re.compile(r"(?i:\b" + trie_alternation(sorted(words)) + r"\b)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len([m.span() for m in trie.finditer(text)]) == 9
