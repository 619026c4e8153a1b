"""What in a story points at a lesser namesake rather than the well-known place of its name (read
by ``places`` when a national capital or a city of 100,000 outshines the reading it would take).

The evidence: a container written with the name ("Paris, Texas"), the namesake's first-level
region named, a place of the story near it, or the story's towns clustered around it. Two kinds
of it say less than they seem to:

* a hamlet (fewer than 3,000 people), or a town the name reaches only by an alternate spelling
  ("Pittsburg" for "Pittsburgh"), is not pulled from a well-known city by one place near it: a
  sports page that names Kansas City does not make "Cleveland" the hamlet in Missouri, nor a
  BOSTON dateline a BERLIN one the village in Massachusetts, nor Oakland "Pittsburgh" the town in
  California; two such places (a local story) do;
* a town that shares its name with its own country's capital is not made by its region alone,
  nor by one place near it: a story from North Carolina that ends "reported from Washington"
  means the capital, not the town of Washington, N.C., and "the debate in Washington" after a
  shooting in a Connecticut town the capital, not Washington, Conn.; a container or two of the
  story's places around it still make the town.
"""

from __future__ import annotations

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_names import prior
from sitroom.resolve.place_story import PROMINENT_POP, RegionsNamed

__all__ = ["LOCAL_KM", "NEAR_KM", "SMALL_TOWN", "attested", "inside", "local_story"]

NEAR_KM = 50
LOCAL_KM = 150
# a town this small is placed only with support in the text (a container, its region, a place
# near it): a bare "Congress" is not Congress, Arizona
SMALL_TOWN = 3_000


def inside(c: Candidate, k: Candidate) -> bool:
    """``k`` holds ``c``: its country, its first-level region, or a district within 80 km."""
    if k.rid == c.rid or k.level >= c.level:
        return False
    if k.level == 0:
        return c.cc == k.cc
    if k.level == 1:
        return c.admin1 == k.admin1
    return haversine(c.lat, c.lon, k.lat, k.lon) < 80


def _capital_at_home(best: Candidate, famous: Candidate | None) -> bool:
    """The well-known place is the national capital of the namesake's own country."""
    return famous is not None and famous.capital and famous.main and famous.cc == best.cc and best.level == 3


def _weak(best: Candidate, famous: Candidate | None) -> bool:
    """A namesake that one place near it does not make: a hamlet, or a town the name reaches only
    by an alternate spelling against a well-known place of that very name ("Pittsburgh" is not
    Pittsburg, California, because a sports page also names Oakland)."""
    return best.pop < SMALL_TOWN or (not best.main and famous is not None and famous.main)


def attested(best: Candidate, k: str, cands, chosen, containers, famous: Candidate | None = None) -> bool:
    """The text itself points at this namesake (of ``famous``, the well-known place it would give
    way to): a container ("Paris, Texas"); its first-level region named ("Texas") for a town of
    3,000 people or more (for a hamlet, in a story whose places lie mostly in that region; never
    for a town of its country's capital's name); or a place read as its own most prominent entry
    (or inside its container) within 50 km of it or, short of a city of a million, in its
    first-level region and within 150 km (the towns of a local story hold each other; two such
    places for a hamlet or a town of its country's capital's name). A place that is itself a
    lesser namesake ("Frankfort" for Paris, Kentucky) is no such evidence, nor a big city that
    only shares the region: New York City, named the world over, does not make Athens the one in
    New York, nor a far town of a wide region (a story about England does not make Washington the
    town in Tyne and Wear)."""
    box = containers.get(k, ())
    if box and any(inside(best, c) for c in box):
        return True
    home_capital = _capital_at_home(best, famous)
    weak = _weak(best, famous)
    near = 0
    for kk, c in chosen.items():
        if kk == k or c is None:
            continue
        if c.level == 1 and c.admin1 == best.admin1 and c.cc == best.cc and not home_capital \
                and (not weak or mostly_in(best.admin1, k, chosen)):
            return True  # a hamlet only in a local story: "Hollywood" beside Alabama, New York and
            # Washington is no village
        own = c == max(cands.get(kk, ()) or (c,), key=prior) or any(inside(c, x) for x in containers.get(kk, ()))
        if own and c.level in (2, 3) and (haversine(c.lat, c.lon, best.lat, best.lon) < NEAR_KM or (
                c.admin1 == best.admin1 and c.cc == best.cc and c.pop < PROMINENT_POP
                and haversine(c.lat, c.lon, best.lat, best.lon) < LOCAL_KM)):
            near += 1
            if not weak and not home_capital or famous is None or near >= 2:
                return True
    return False


def local_story(best: Candidate, k: str, chosen, spoken: RegionsNamed, famous: Candidate | None = None) -> bool:
    """Evidence that the story is local to the namesake's area, beyond the names read as places:
    its first-level region written anywhere in the text ("Kentucky" standing alone, "Ky." after
    another town; for a hamlet, in a story whose places lie mostly in that region; not for a town
    of its country's capital's name), or two other
    places of the story read within 150 km of it in its region (the towns of a local story
    cluster, whichever names they bear)."""
    if best.cc is None or best.admin1 is None:
        return False
    if spoken.names(best.admin1) and not _capital_at_home(best, famous) \
            and (not _weak(best, famous) or mostly_in(best.admin1, k, chosen)):
        return True
    near = {
        kk for kk, c in chosen.items()
        if kk != k and c is not None and c.level in (2, 3) and c.admin1 == best.admin1
        and c.pop < PROMINENT_POP and haversine(c.lat, c.lon, best.lat, best.lon) < LOCAL_KM
    }
    return len(near) >= 2


def mostly_in(admin1: str, k: str, chosen) -> bool:
    """At least half of the story's other regions and towns lie in this first-level region: a
    local story."""
    others = [c for kk, c in chosen.items() if kk != k and c is not None and c.level in (1, 2, 3)]
    return bool(others) and 2 * sum(c.admin1 == admin1 for c in others) >= len(others)
