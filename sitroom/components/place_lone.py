"""A small town abroad that nothing in a story points at, in a story that lies in one other
country holding a town of the same name: the story's own town is meant.

A name read as a town of under LONE_POP people in a country the story names in no other way
(not the country, a region of it or a place within NEAR_KM of the town, no adjective or actor of
it; another town of it far away is no such evidence: "York" misread from "NEW YORK") is the
namesake in the story's own country, where the story's other places lie mostly in that one
country and it holds a town of the name: "the stalemate in Washington" of a story on a Kansas
vote is the capital, not the town in England; "a rally in Blackburn" of a British story is the
Lancashire town, not the suburb of Melbourne. The story's prominent reading (a national capital,
a city of a million) comes first, then its most populous town of the name. Where the story's
country holds no town of the name ("a training week in La Manga" of a British story) the reading
stays. Read after the resolver and the components' rereadings, on every name the component
places.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_attested import SMALL_TOWN
from sitroom.resolve.places import FOREIGN_TOWN
from sitroom.resolve.place_story import prominent_city

__all__ = ["lone_abroad"]

LONE_POP = FOREIGN_TOWN  # a town abroad this small needs the story's support
NEAR_KM = 50  # another place of the town's country this close points at it
HOME_SHARE = 2 / 3  # of the story's weighted place mentions, in one other country
HOME_MENTIONS = 3  # and at least this many of them
MAX_COUNT = 3  # a name repeated all through a story counts this often at most


def lone_abroad(spans: list[Span], found: dict, named: frozenset[str], gaz: Gazetteer) -> dict:
    """Rereadings of the small towns abroad in ``found`` ((start, end) of a span -> its
    candidate) that nothing in the story supports and the story's country has a town for;
    ``named``: the countries the document names by adjective, actor or a country's name."""
    read = [(s, c) for s in spans if (c := found.get((s.start, s.end))) is not None]
    # the story's country is where its bigger places lie: small towns abroad do not make it
    weight: Counter = Counter()
    seen: Counter = Counter()
    for s, c in read:
        seen[s.text] += 1
        if c.cc and not _small(c) and seen[s.text] <= MAX_COUNT:
            weight[c.cc] += 1
    home = _home(weight)
    out: dict = {}
    if home is None:
        return out
    for s, c in read:
        if not _small(c) or c.cc in (None, home) or c.cc in named:
            continue
        if any(x.cc == c.cc and x.rid != c.rid and (x.level < 3 or haversine(x.lat, x.lon, c.lat, c.lon) < NEAR_KM)
               for _t, x in read):
            continue  # the country itself, a region of it or a place near the town: the story goes there
        own = _town_at_home(gaz, s.text, home)
        if own is not None:
            out[(s.start, s.end)] = own
    return out


def _small(c: Candidate) -> bool:
    return c.level == 3 and c.pop < LONE_POP and not c.capital


def _home(weight: Counter) -> str | None:
    """The one country that holds most of the story's place mentions."""
    if not weight:
        return None
    top, n = weight.most_common(1)[0]
    if n < HOME_MENTIONS or n < HOME_SHARE * sum(weight.values()):
        return None
    return top


def _town_at_home(gaz: Gazetteer, name: str, home: str) -> Candidate | None:
    """The story's country's town of the name by its own name: a prominent one first, then the
    most populous that is no hamlet."""
    towns = [c for c in gaz.find(name) if c.cc == home and c.level == 3 and c.main and c.pop >= SMALL_TOWN]
    if not towns:
        return None
    return max(towns, key=lambda c: (prominent_city(c), c.pop))
