"""Small geographic helpers shared by the gazetteer, the resolver and the evaluation."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Index key of a place name: no accents, casefolded, punctuation as single spaces, no article."""
    base = unicodedata.normalize("NFKD", name)
    base = "".join(c for c in base if not unicodedata.combining(c)).casefold()
    base = base.replace("'", "").replace("\u2019", "")
    key = _NON_WORD.sub(" ", base).strip()
    key = key.removeprefix("the ")
    return key


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
