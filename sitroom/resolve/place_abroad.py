"""A world city abroad over a small namesake that only the story's region points at.

A national capital or a city of a million whose prior outranks a town of its name in another
country by FAR_GAP (some three hundred times the people, the capital's lift included) keeps its
name in a story whose places lie mostly outside the town's country, unless the text points at the
town itself: a container ("Paris, Texas"), a county of the story that holds it, or another of the
story's towns around it. There the town's first-level region named or placed somewhere is
no such evidence: "Ohio" in a list of cities abroad hit by attacks does not make "London" the town
in Ohio, nor "Georgia" (read as the U.S. state beside Armenia) "Vienna" the town in Georgia. A
story whose places lie mostly in the town's country is left to the other rules: a local paper's
"Paris Public Library" beside "Illinois" is the town.
"""

from __future__ import annotations

from collections import Counter

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_attested import LOCAL_KM, NEAR_KM, inside
from sitroom.resolve.place_names import prior
from sitroom.resolve.place_story import prominent_city

__all__ = ["FAR_GAP", "world_city_abroad"]

FAR_GAP = 2.5
MAX_COUNT = 3  # a name repeated all through a story counts this often at most


def world_city_abroad(best: Candidate, famous: Candidate, k: str, chosen: dict, box, vouched,
                      mentions: Counter) -> bool:
    """``famous`` (the name's most prominent entry) should replace ``best``: a world city in
    another country far outranking it, in a story mostly abroad of the town, with nothing in the
    text around the town itself (``mentions``: how often each name occurs)."""
    if best is famous or best.rid in vouched or best.level not in (2, 3) or famous.level != 3:
        return False
    if not prominent_city(famous) or not famous.main or famous.cc == best.cc:
        return False
    if prior(famous) - prior(best) < FAR_GAP:
        return False
    if any(inside(best, c) for c in box):
        return False
    return not _town_around(best, k, chosen) and not _mostly_home(best.cc, k, chosen, mentions)


def _mostly_home(cc: str | None, k: str, chosen: dict, mentions: Counter) -> bool:
    """At least half of the mentions of the story's other places (areas such as "Middle East"
    included, each name counted at most MAX_COUNT times) lie in country ``cc``."""
    home = total = 0
    for kk, c in chosen.items():
        if kk == k or c is None:
            continue
        n = min(mentions.get(kk, 1), MAX_COUNT)
        total += n
        home += n if c.cc == cc else 0
    return total > 0 and 2 * home >= total


def _town_around(best: Candidate, k: str, chosen: dict) -> bool:
    """Another of the story's towns or districts (not a world city) near ``best``: within NEAR_KM,
    or in its first-level region within LOCAL_KM."""
    return any(
        kk != k and c is not None and c.level in (2, 3) and not prominent_city(c) and (
            (d := haversine(c.lat, c.lon, best.lat, best.lon)) < NEAR_KM
            or c.admin1 == best.admin1 and c.cc == best.cc and d < LOCAL_KM)
        for kk, c in chosen.items()
    )
