"""The towns of a local story lie together: support for a reading from the other names' readings.

A local paper names its town and the towns and counties around it without their state
("Rollover near Brandon injures Albany driver ... the Douglas County Sheriff's Office"). The
resolver's context counts only the readings already chosen, and the first ones are the biggest
namesakes (Brandon, Florida; Albany, Georgia), which then vouch for each other. Here every
reading of a name counts: a town or county some reading of another name of the story lies near
(within CLUSTER_KM, in the same first-level region) is supported by it, whichever reading that
name ends up with (Brandon, Albany and Douglas County all lie in one corner of Minnesota).
The resolver adds it only for a reading in the country most of the story's other places lie in,
and not against the story's home region (``cluster_bonus``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_names import prior

__all__ = ["CLUSTER_KM", "W_CLUSTER", "cluster_bonus", "cluster_support"]

CLUSTER_KM = 60.0
W_CLUSTER = 1.5  # per other name with a reading near (at most two)
# a county this big, a town this big, is named across its country: its name nearby says little
# of where a local story is; and a name one of whose readings is a city of a million keeps it
# (the resolver's prominence rule) whatever lies near its namesakes
CLUSTER_POP = 1_000_000
PARTNER_TOWN_POP = 100_000
# a city this big is known beyond its region: a namesake with a prior this far below it (about
# twenty times fewer people) gets no cluster support ("Paris or Brussels or Manchester" is no
# Manchester, Maryland, whatever towns near it bear the other names); Rochester, Minnesota
# beside Rochester, New York may
FAMOUS_POP = 100_000
FAMOUS_GAP = 1.3
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
        towns = [c for c in cs if c.level == 3 and c.main]
        famous = max(towns, key=prior) if towns else None
        if famous is not None and famous.pop >= FAMOUS_POP:
            local = [c for c in local if prior(famous) - prior(c) < FAMOUS_GAP]
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


def cluster_bonus(support: dict[str, dict[int, float]], c: Candidate, k: str, home: str | None,
                  others) -> float:
    """The cluster support of reading ``c`` of name ``k``, given the story's home region (None
    when it has none) and the readings chosen for its other names: none against the home region,
    nor outside the country most of those readings lie in (a British story's "Chelsea" beside a
    "Kensington" read in Australia stays in London)."""
    bonus = support.get(k, {}).get(c.rid, 0.0)
    if not bonus or home not in (None, c.admin1):
        return 0.0
    top = Counter(x.cc for x in others if x is not None and x.cc).most_common(1)
    return bonus if top and top[0][0] == c.cc else 0.0
