"""The record the text finder passes around: one number found in the text, with what surrounds it."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.model import Figure


@dataclass(frozen=True, slots=True)
class Hit:
    """A number found in the text, before the parse is consulted."""

    start: int  # covers hedge, currency, number, unit
    end: int
    num_start: int
    num_end: int
    value: float
    written: float
    unit: str  # canonical unit: km, USD, %, day, count
    currency: str | None
    kind: str
    change: str
    approximate: bool
    high: float | None = None
    group: str = "digits"
    written_unit: str | None = None  # unit name as in units.yaml / currency name
    yearlike: bool = False  # a bare 4-digit number 1000-2100: a year unless the parse finds a counted noun
    forms: tuple[Figure, ...] = ()  # as written; two for a conversion "seven miles (11 km)"
    core: tuple[int, int] | None = None  # the new figure's own extent in "from 4.8 to 4.7 percent"


def left_of(text: str, pos: int, width: int = 40) -> str:
    """Up to ``width`` characters of ``text`` before ``pos``."""
    return text[max(0, pos - width):pos]
