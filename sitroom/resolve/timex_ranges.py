"""The two written ends of a range ("from 1992 to 1997", "2009-2010", "August 9-14").

A range is one fact (value ``start/end``); TimeML, and any reader that wants the calendar
points the text names, marks each end on its own. ``range_ends`` finds them in the fact's
text from its value alone, so the export can print them beside the fact and the evaluation
can score what the export prints.
"""

from __future__ import annotations

import re

__all__ = ["range_ends"]

_RANGE_VALUE = re.compile(r"^(?P<a>\d{4}(?:-\d\d){0,2})/(?P<b>\d{4}(?:-\d\d){0,2})$")
# the separator between the two ends: a dash or slash, or a word between spaces
_SEPARATOR = re.compile(r"\s*[-–/]\s*|\s+(?:to|through|until|till|and)\s+")
_LEAD = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)


def range_ends(text: str, start: int, value: str) -> list[dict]:
    """``[{start, end, text, value}, ...]`` for the two ends of a range fact; [] for any other
    value, or when the text does not split into two parts with a digit each."""
    m = _RANGE_VALUE.match(value or "")
    if m is None:
        return []
    cuts = [s for s in _SEPARATOR.finditer(text)
            if any(c.isdigit() for c in text[:s.start()]) and any(c.isdigit() for c in text[s.end():])]
    if len(cuts) != 1:
        return []
    sep = cuts[0]
    lead = _LEAD.match(text)
    first_from = lead.end() if lead else 0
    return [
        {"start": start + first_from, "end": start + sep.start(), "text": text[first_from:sep.start()],
         "value": m.group("a")},
        {"start": start + sep.end(), "end": start + len(text), "text": text[sep.end():], "value": m.group("b")},
    ]
