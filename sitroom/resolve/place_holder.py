"""A name written as a town's container where it names both a region and its big city.

"Larchmont, New York", "Ossining, New York": after a town and a comma, "New York" says which state
holds the town. One sense per document gave the occurrence the reading of
the story's other "New York"s (the city of a story that also names it alone), so the container
came out as New York City, a city the town does not lie in. The container's own occurrence is read
as the first-level region wherever that region holds a reading of the town and the big city of the
name does not (the town lies farther than HELD_KM from it); "Queens, New York" and "Brooklyn, New
York" keep the city that holds them. A name that is also a country's ("Taipei, Taiwan"), or whose
only towns are hamlets ("Richmond, Va."), is left to the other rules.
"""

from __future__ import annotations

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_attested import inside

__all__ = ["BIG_CITY", "HELD_KM", "region_holders"]

HELD_KM = 30  # a town this near the city of the container's name lies in it (a borough, a district)
BIG_CITY = 100_000  # the city a region shares its name with (in its country): not a hamlet that bears it


def region_holders(toponyms, keys: list[str], cands: dict[str, tuple[Candidate, ...]],
                   pairs: dict[str, tuple[str, ...]], text: str) -> list[int]:
    """The indices of the toponyms written as a town's container ("Ossining, New York": the second)
    whose name's region holds a reading of the town while its city holds none (``keys`` and
    ``toponyms`` in the same order; ``pairs``: town key -> container key, as the resolver reads
    them)."""
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    out = []
    for a, b in zip(order, order[1:]):
        if pairs.get(keys[a]) != (keys[b],) or text[toponyms[a].end : toponyms[b].start].strip() != ",":
            continue
        towns = [c for c in cands.get(keys[a], ()) if c.level == 3]
        regions = [c for c in cands.get(keys[b], ()) if c.level == 1]
        cities = [c for c in cands.get(keys[b], ()) if c.level == 3 and c.pop >= BIG_CITY
                  and any(c.cc == r.cc for r in regions)]  # not Caen for "Kan." by a near spelling
        if not regions or not cities or any(c.level == 0 for c in cands.get(keys[b], ())):
            continue  # "Roanoke, Va.": no big city of the name; "Tainan, Taiwan": the country
        held = [t for t in towns if any(inside(t, r) for r in regions)]
        if held and not any(haversine(t.lat, t.lon, c.lat, c.lon) < HELD_KM for t in held for c in cities):
            out.append(b)
    return out
