"""A town followed by the first-level region that holds it ("White Deer, Pa.", "St. Joseph,
Mich.", "a Pittsville, Virginia, man"): the town of that name in that region, or none. The
container weighs in the scores, but a namesake elsewhere can still win: the gazetteer's entries
of a common name are cut to the likeliest few (St. Joseph, Missouri over St. Joseph, Michigan),
or it has no entry of the name and a near spelling elsewhere stands in for it (Brown Deer,
Wisconsin for White Deer; Pittville, Pennsylvania for Pittsville). The text says the region:
a reading outside it is a wrong place, and no place is better than a wrong one (plweb9)."""

from __future__ import annotations

from collections.abc import Callable

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.place_names import prior
from sitroom.resolve.place_story import prominent_city

__all__ = ["held_by_region"]


def held_by_region(
    final: dict[str, Candidate | None],
    pairs: dict[str, tuple[str, ...]],
    entries: Callable[[str], tuple[Candidate, ...]],
) -> dict[str, Candidate | None]:
    """``final`` with each town that ``pairs`` says a first-level region follows ("Town, Region"),
    read outside the region that name was resolved to, moved to the likeliest entry of its name
    inside that region (``entries``: all the gazetteer's entries of a key, uncut), or to none when
    the gazetteer has no such entry. Not a national capital or a city of a million (a list of two
    names), nor a region after a region."""
    out = dict(final)
    for ka, kbs in pairs.items():
        town, box = final.get(ka), final.get(kbs[0]) if kbs else None
        # (two prominent cities with a comma between them are a list: "Kandahar, Helmand")
        if town is None or box is None or box.level != 1 or town.level <= 1 or prominent_city(town):
            continue
        if town.cc == box.cc and town.admin1 == box.admin1:
            continue
        inside = [c for c in entries(ka) if c.level > 1 and c.cc == box.cc and c.admin1 == box.admin1]
        out[ka] = max(inside, key=prior) if inside else None
    return out
