"""What a story says of where it is: its home region, the regions it writes out, the names of
bodies in the sky and of months and feasts, and the places named the world over (read by
``places``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache

from sitroom.components.event_words import word_lists
from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.geo import haversine, normalise
from sitroom.resolve.place_names import areas_data

__all__ = [
    "HOME_MENTIONS",
    "PROMINENT_POP",
    "RegionsNamed",
    "bare_kind_names",
    "calendar_names",
    "county_holds",
    "home_region",
    "legislature_names",
    "national_capital",
    "named_otherwise",
    "near_town",
    "prominent_city",
    "sky_names",
]

# a place this prominent (a national capital or a city of a million) keeps its name against a
# lesser namesake unless the text gives specific evidence for the namesake ("Paris, Kentucky",
# other places in the namesake's region or within 50 km of it); sharing a country is not enough
PROMINENT_POP = 1_000_000
# the story's home region: the first-level region that most mentions of its other places lie in,
# with at least this many and half as many again as any other region's
HOME_MENTIONS = 3
# a town this close to the centre of a county the story names lies in it (a county seat mostly
# lies near its county's centre; counties span some 20 to 60 km)
COUNTY_TOWN_KM = 30


def home_region(chosen: dict[str, Candidate], k: str, mentions: Counter) -> str | None:
    """The first-level region holding most mentions of the story's other places (a region's own
    name included), when it has at least HOME_MENTIONS and half as many again as any other
    region's. A name counts at most HOME_MENTIONS times (a person's name taken for a town all
    through a story does not make its home), and a national capital or a city of a million not at
    all: named the world over, it says nothing of where a story is local (London does not make
    Washington the town in England)."""
    tally: Counter = Counter()
    for kk, c in chosen.items():
        if kk == k or c is None or c.level not in (1, 2, 3) or not c.admin1:
            continue
        if prominent_city(c):
            continue
        tally[c.admin1] += min(mentions.get(kk, 1), HOME_MENTIONS)
    top = tally.most_common(2)
    if not top or top[0][1] < HOME_MENTIONS or len(top) > 1 and 2 * top[0][1] < 3 * top[1][1]:
        return None
    return top[0][0]


class RegionsNamed:
    """Which first-level regions a text writes out: the region's name standing alone (not one that
    a country, a national capital or a city of a million bears: "Georgia", "Washington", "New
    York") or its abbreviation after a comma (", Ky.", areas.yaml's region_abbreviations)."""

    def __init__(self, gaz: Gazetteer, text: str):
        self.gaz, self.text, self._seen = gaz, text, {}

    def names(self, admin1: str) -> bool:
        if admin1 not in self._seen:
            self._seen[admin1] = self._written(admin1)
        return self._seen[admin1]

    def _written(self, admin1: str) -> bool:
        region = self.gaz.region(admin1)
        if region is None or not self.text:
            return False
        forms = [str(a) for a in (areas_data().get("region_abbreviations") or {}).get(admin1, ()) if "." in str(a)]
        if any(re.search(r",\s*" + re.escape(a) + r"(?!\w)", self.text) for a in forms):
            return True
        shared = any(c.level == 0 or prominent_city(c)
                     for c in self.gaz.find(region.name))
        # standing alone, not heading a longer name ("New York City", "Kansas City", "Ohio State")
        return not shared and re.search(r"\b" + re.escape(region.name) + r"\b(?!\s+[A-Z])", self.text) is not None


@lru_cache(maxsize=1)
def sky_names() -> frozenset[str]:
    """Names of bodies in the sky that towns bear too (areas.yaml's sky_names), normalised."""
    return frozenset(normalise(str(w)) for w in areas_data().get("sky_names") or ())


@lru_cache(maxsize=1)
def named_otherwise() -> frozenset[str]:
    """Names that stand for something else unless a container follows: bodies in the sky, months
    and feasts, legislatures (normalised)."""
    return sky_names() | calendar_names() | legislature_names()


@lru_cache(maxsize=1)
def bare_kind_names() -> frozenset[str]:
    """Kind nouns a gazetteer lists as a place's other name ("City" of the City of London), no
    place without "the" before them (areas.yaml's bare_kind_names), normalised."""
    (names,) = word_lists("areas", "bare_kind_names")
    return frozenset(normalise(w) for w in names)


@lru_cache(maxsize=1)
def legislature_names() -> frozenset[str]:
    """Legislatures' own nouns that towns bear too ("Congress", Arizona), normalised
    (areas.yaml's legislature_names)."""
    (names,) = word_lists("areas", "legislature_names")
    return frozenset(normalise(w) for w in names)


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """Months of other calendars and feast days that towns bear too (areas.yaml's
    calendar_names), normalised."""
    (names,) = word_lists("areas", "calendar_names")
    return frozenset(normalise(w) for w in names)


def national_capital(c: Candidate) -> bool:
    return c.level == 3 and c.capital and c.main


def prominent_city(c: Candidate) -> bool:
    """A national capital or a city of a million: known beyond its region, so its name keeps it
    against a town's namesake (a dateline, a "Town, Region" pair that is a list of two cities)."""
    return national_capital(c) or c.level == 3 and c.pop >= PROMINENT_POP


def near_town(best: Candidate, k: str, chosen: dict, near_km: float = 50, local_km: float = 150) -> bool:
    """Another town or district of the story (name ``k`` aside) within ``near_km`` of ``best``, or
    in its first-level region within ``local_km`` (the towns of a local story hold each other);
    not a national capital or a city of a million, named the world over (Tehran vouches for no
    village beside it)."""
    return any(
        kk != k and c is not None and c.level in (2, 3) and not national_capital(c)
        and c.pop < PROMINENT_POP and (
            (d := haversine(c.lat, c.lon, best.lat, best.lon)) < near_km
            or c.admin1 == best.admin1 and c.cc == best.cc and d < local_km)
        for kk, c in chosen.items()
    )


def county_holds(
    cands: dict[str, tuple[Candidate, ...]], district_named: Callable[[str], bool]
) -> dict[str, frozenset[int]]:
    """Readings the story's named counties vouch for: a county ("Henry County") and a town of
    another name ("Paris") that lie together, a town within COUNTY_TOWN_KM of the county's centre
    in the same first-level region, when all such pairs of the two names lie in one region (Paris,
    Tennessee with Henry County; not two far namesakes that each pair elsewhere), each by its own
    name (not by a former one: "Washington" was an old name of Piqua, Ohio). Returns the
    entry ids (``rid``) per name, for the town and for the county alike."""
    out: dict[str, set[int]] = defaultdict(set)
    counties = {k: [c for c in cs if c.level == 2] for k, cs in cands.items() if district_named(k)}
    for kk, xs in counties.items():
        for k, cs in cands.items():
            if not xs or k == kk or district_named(k) or kk.startswith(k + " "):
                continue  # "DeKalb" beside "DeKalb County" is as often the county itself
            hits = [
                (c, x) for c in cs if c.level == 3 and c.main for x in xs
                if x.main and x.cc == c.cc and x.admin1 == c.admin1
                and haversine(c.lat, c.lon, x.lat, x.lon) < COUNTY_TOWN_KM
            ]
            if not hits or len({c.admin1 for c, _ in hits}) != 1:
                continue
            for c, x in hits:
                out[k].add(c.rid)
                out[kk].add(x.rid)
    return {k: frozenset(v) for k, v in out.items()}
