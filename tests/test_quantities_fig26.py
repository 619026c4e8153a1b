"""Figures on real news (turn 26, issue 12): shapes that made wrong figures on the dev exports.

- A scale word hyphenated to its digits ("a $4.4-trillion portfolio", "the 25-million-ton
  decline") is one amount: not "4.4 US dollars" plus "1 trillion portfolios".
"""

from __future__ import annotations

import pytest

from sitroom.components.quantity_find import find_hits


def _hits(text: str) -> list:
    return [(text[h.start:h.end], h.value, h.unit) for h in find_hits(text)]


@pytest.mark.parametrize("text, written, value, unit", [
    ("The agency is trimming its $2.6-trillion balance sheet.", "$2.6-trillion", 2.6e12, "USD"),
    ("Lawmakers approved a $320-million relief package on Friday.", "$320-million", 3.2e8, "USD"),
    ("The utility signed a €12-billion supply contract.", "€12-billion", 1.2e10, "EUR"),
    ("It manages a 45-billion dlr bond portfolio.", "45-billion dlr", 4.5e10, "USD"),
    ("Exports shrank by a 14-million-ton margin.", "14-million-ton", 14e6 * 907.18474, "kg"),
])
def test_hyphenated_scale_is_one_amount(text, written, value, unit):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value) and h[2] == unit], hits
    assert not [h for h in hits if h[0].lower() in ("million", "billion", "trillion")], hits


@pytest.mark.parametrize("text, written, value", [
    ("Prices rose 3-5 million dollars last year.", "3-5 million dollars", 3e6),  # a range keeps its scale
    ("They spent $5-10 billion on the bridge.", "$5-10 billion", 5e9),
    ("The 2-1 win lifted the club.", None, None),  # no scale word: nothing changes
])
def test_hyphen_without_scale_word_unchanged(text, written, value):
    hits = _hits(text)
    if written:
        assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value)], hits
