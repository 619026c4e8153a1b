"""A postal code after a town and a comma: the first-level region that holds the town.

Tour dates, event listings and addresses write a US state or a Canadian province by its two-letter
postal code ("May 4 - Waterfront Stage, Camden, NJ", "Lakeside Pavilion, Toronto, ON"). The model
tags no place in the code, so the resolver saw no container, and the story's other places chose the
town: Camden, New York for Camden, NJ; Toronto, Ohio for Toronto, ON in a list of American cities.
Read as a container, the code holds the town as "Camden, N.J." does. "D.C." with its full stops
is the District's code too ("the committee met in Washington, DC": the capital, not the state).

Only a code standing as its own word after the comma counts, not one that opens a longer upper-case
run ("SPRINGFIELD, IN A STATEMENT"), nor one followed by a letter or a full stop and more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.place_names import areas_data

__all__ = ["coded_containers"]

# ", NJ" / ", D.C." after a name, standing alone: not "IN A" or "ON A" (an upper-case run, the
# one-letter word included) nor "Co." (a word)
_CODE = re.compile(r",[ \t]*([A-Z])\.?([A-Z])\.?(?![\w.])(?![ \t]+[A-Z]+\b)")


@lru_cache(maxsize=1)
def _postal_codes() -> dict[str, str]:
    """areas.yaml ``postal_codes``: two-letter code -> first-level region code ("NJ": "US.NJ")."""
    return {str(k): str(v) for k, v in (areas_data().get("postal_codes") or {}).items()}


def coded_containers(gaz: Gazetteer, toponyms, keys: list[str], text: str) -> dict[str, tuple[Candidate, ...]]:
    """The first-level region each name's postal code names, by the name's key, for the names
    written before ", <code>" anywhere in ``text`` (``toponyms`` and ``keys`` in the same order)."""
    out: dict[str, tuple[Candidate, ...]] = {}
    if not text:
        return out
    codes = _postal_codes()
    for t, k in zip(toponyms, keys):
        m = _CODE.match(text, t.end)
        if m is None or t.text.isupper() and len(t.text) <= 3:
            continue  # "NY, NJ": a list of codes, not a town and its state
        admin1 = codes.get(m.group(1) + m.group(2))
        region = gaz.region(admin1) if admin1 else None
        if region is not None and region not in out.get(k, ()):
            out[k] = (*out.get(k, ()), region)
    return out
