"""A place that bears a name only as another of its names is no reading of it where other places
bear it as their own.

GeoNames lists old, local and nick names of a place beside its own ("Dayton" is also called
"Venice", Millburn "Vauxhall", Belton "Rankin", Brighton, Colorado "Hughes"); a bare "Venice",
"Vauxhall" or "Rankin" in the news is the place of that name, or a firm or a person, not the
other place. So when some entry bears the name as its own, an entry chosen that bears it only as
another name, with an own name unlike it, is dropped (no place is shown: the context that chose it
over the entries of that name is weak), unless it is a country or a first-level region,
a national capital or a city of ``PROMINENT_POP`` people (Peking is Beijing, Bombay Mumbai,
Mecca Makkah, whatever small towns bear those names), or the name is a spelling of its own name
("Ghent" is Gent, "Basle" Basel, "Rankin County" holds "Rankin"), or another entry of the name
lies within ``NEAR_KM`` of it (the seat of Kanawha County is called "Kanawha" too, Litchfield
"Bantam" after the borough inside it: the name is of that area anyway).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine, normalise
from sitroom.resolve.place_names import _DIRECTIONS
from sitroom.resolve.place_story import PROMINENT_POP

__all__ = ["compass_alias", "unlike_other_name"]

# an own name this like the name (difflib's ratio of the normalised names) is a spelling of it
SPELLING = 0.6
NEAR_KM = 50


def _spelling(key: str, name: str) -> bool:
    own = normalise(name)
    return key in own or own in key or SequenceMatcher(None, key, own).ratio() >= SPELLING


def unlike_other_name(best: Candidate, key: str, cands: tuple[Candidate, ...]) -> bool:
    """``best``, chosen for the normalised name ``key`` among ``cands``, bears the name only as an
    other name unlike its own while another entry bears it as its own (see the module's doc)."""
    if best.main or best.level <= 1 or best.level == 4 or best.capital or best.pop >= PROMINENT_POP:
        return False
    return any(c.main and c.level >= 2 for c in cands) and not _spelling(key, best.name) and not any(
        c.rid != best.rid and haversine(c.lat, c.lon, best.lat, best.lon) < NEAR_KM for c in cands)


def compass_alias(best: Candidate, key: str) -> bool:
    """``best``, a town chosen for the normalised name ``key``, bears a compass word and a word
    ("South Lawn", "West Division", "South Norfolk") only as another name unlike its own
    (Riverdale, West Hartford, Chesapeake): a lawn, a league's division, a constituency or a
    district its old name recalls, no town (the town chosen bears the name only as another name). A national
    capital or a city of ``PROMINENT_POP`` keeps its other names, and a spelling of its own name
    stays ("East St Louis" is East Saint Louis)."""
    words = key.split()
    if best.main or best.level != 3 or best.capital or best.pop >= PROMINENT_POP:
        return False
    return len(words) > 1 and words[0] in _DIRECTIONS and not _spelling(key, best.name)
