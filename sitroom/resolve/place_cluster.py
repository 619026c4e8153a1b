"""The towns of a local story lie together: support for a reading from the other names' readings.

A local paper names its town and the towns and counties around it without their state
("Rollover near Brandon injures Albany driver ... the Douglas County Sheriff's Office"). The
resolver's context counts only the readings already chosen, and the first ones are the biggest
namesakes (Brandon, Florida; Albany, Georgia), which then vouch for each other. Here every
reading of a name counts: a town or county some reading of another name of the story lies near
(within CLUSTER_KM, in the same first-level region) is supported by it, whichever reading that
name ends up with (Brandon, Albany and Douglas County all lie in one corner of Minnesota).
"""

from __future__ import annotations

import math
from collections import defaultdict

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine

__all__ = ["CLUSTER_KM", "W_CLUSTER", "cluster_support"]

CLUSTER_KM = 60.0
W_CLUSTER = 1.5  # per other name with a reading near (at most two)
# a county this big, a town this big, is named across its country: its name nearby says little
# of where a local story is; and a name one of whose readings is a city of a million keeps it
# (the resolver's prominence rule) whatever lies near its namesakes
CLUSTER_POP = 1_000_000
PARTNER_TOWN_POP = 100_000
# a hamlet's name is borne in every corner of a country: no partner
PARTNER_MIN_POP = 1_000
_DEG = CLUSTER_KM / 111.0


def _local(c: Candidate) -> bool:
    return c.level in (2, 3) and c.main and c.admin1 is not None and c.pop < CLUSTER_POP


def _partner(c: Candidate) -> bool:
    return _local(c) and (c.level == 2 or PARTNER_MIN_POP <= c.pop < PARTNER_TOWN_POP)


def cluster_support(cands: dict[str, tuple[Candidate, ...]]) -> dict[str, dict[int, float]]:
    """Per name, the bonus of each of its readings (by ``rid``): W_CLUSTER for each other name
    (at most two) with a reading of its own in the same first-level region within CLUSTER_KM.
    Only for names with more than one reading, and only where readings of the name disagree on
    their region (a name with one region's readings needs no cluster to choose)."""
    by_region: dict[str, list[tuple[str, Candidate]]] = defaultdict(list)
    for k, cs in cands.items():
        for c in cs:
            if _partner(c):
                by_region[c.admin1].append((k, c))
    out: dict[str, dict[int, float]] = {}
    for k, cs in cands.items():
        local = [c for c in cs if _local(c)]
        if len(cs) < 2 or len({c.admin1 for c in local}) < 2 or any(c.pop >= CLUSTER_POP for c in cs if c.level == 3):
            continue
        base = k.split("\x00")[0]
        bonus = {}
        for c in local:
            near = set()
            for kk, x in by_region[c.admin1]:
                other = kk.split("\x00")[0]
                if other == base or other in near or abs(x.lat - c.lat) > _DEG:
                    continue
                if other.startswith(base + " ") or base.startswith(other + " "):
                    continue  # "Boone" and "Boone County" lie together wherever both are

                if abs(x.lon - c.lon) * math.cos(math.radians(c.lat)) > _DEG:
                    continue
                if haversine(c.lat, c.lon, x.lat, x.lon) < CLUSTER_KM:
                    near.add(other)
            if near:
                bonus[c.rid] = W_CLUSTER * min(len(near), 2)
        if bonus:
            out[k] = bonus
    return out
