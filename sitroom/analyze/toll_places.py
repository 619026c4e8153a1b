"""One event's tolls keyed at two levels of one place hierarchy: "toll:france" and "toll:nice".

A toll's subject is the place its sentence names (``components/quantity_toll``), so reports of the
Nice attack are keyed "toll:nice" in one outlet and "toll:france" in another, the Croydon tram
crash "toll:croydon" and "toll:london". A claim keyed at the broader place takes the narrower key
only on its own document's evidence: the narrower place is the report's own place (named in its
title or its first ``LEDE`` sentences, and at least ``MIN_MENTIONS`` times), some other claim is
keyed at that place within the tolls' event window (``conflicts.EVENT_DAYS``) of it, and no other
such place competes (two attacks in one country on the same days stay apart unless one of them
dominates the report). Two keys of one place ("toll:mazar-i-sharif", "toll:mazar-e-sharif") do not
compete: the one with more claims is taken. Inside means: a place in a country, a place in a first-level
region, a place near a second-level region, or a town or district near a city many times its
size (Croydon in London).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sitroom.resolve.gazetteer import Candidate
from sitroom.resolve.geo import haversine

MIN_MENTIONS = 2  # the document names the narrower place at least this often
DOMINANT = 2.0  # among competing narrower places, the one named this many times more often wins
REGION_KM = 80.0  # a place this close to a second-level region (a county, a metropolitan area) is in it
CITY_KM = 30.0  # a town or district this close to a city ...
CITY_RATIO = 10  # ... of this many times its population is part of it
LEVELS = {"country": 0, "region": 1, "city": 3, "area": 4}


@dataclass
class TollPlaces:
    """The places toll keys name, per document, and how often each document names each place."""

    key_place: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc, subject) -> place id
    mentions: dict[str, Counter] = field(default_factory=dict)  # doc -> place id -> times named
    lede: dict[str, set] = field(default_factory=dict)  # doc -> place ids its title or lede names
    where: dict[str, Candidate] = field(default_factory=dict)  # place id -> gazetteer entry


def inside(a: Candidate, b: Candidate) -> bool:
    """True when place ``a`` lies within place ``b`` (and is not ``b``)."""
    if a.pid == b.pid or a.level <= b.level and not (a.level == b.level == 3):
        return False
    if b.level == 0:
        return a.cc == b.cc
    if b.level == 1:
        return a.admin1 is not None and a.admin1 == b.admin1
    km = haversine(a.lat, a.lon, b.lat, b.lon)
    if b.level == 2:
        return km < REGION_KM
    return a.cc == b.cc and km < CITY_KM and b.pop >= CITY_RATIO * max(a.pop, 1)


def day_ordinal(x: str) -> int:
    """The day of an ISO date or timestamp as a number (days apart subtract)."""
    return date.fromisoformat(x[:10]).toordinal()


def narrowed(claims: list, places: TollPlaces | None, window: float) -> list:
    """The claims, each toll keyed at a broader place re-keyed at the narrower place of its event."""
    if not places:
        return list(claims)
    keyed = {}  # (subject, place id) -> (subject name, publication days)
    for c in claims:
        pid = places.key_place.get((c.document, c.subject))
        if c.subject.startswith("toll:") and pid in places.where and c.published:
            keyed.setdefault((c.subject, pid), (c.subject_name, []))[1].append(day_ordinal(c.published))
    by_place: dict[str, list[tuple[str, str, list[int]]]] = {}  # place id -> its keys, in order met
    for (k, p), (name, days) in keyed.items():
        by_place.setdefault(p, []).append((k, name, sorted(days)))
    out = []
    for c in claims:
        pid = places.key_place.get((c.document, c.subject))
        if not c.subject.startswith("toll:") or pid not in places.where or not c.published:
            out.append(c)
            continue
        named = places.mentions.get(c.document, Counter())
        broad = places.where[pid]
        day = day_ordinal(c.published)
        found = {}  # (key, narrower place id) -> subject name: keys of places the report leads with
        for p in places.lede.get(c.document, ()):
            if p not in by_place or named[p] < MIN_MENTIONS or not inside(places.where[p], broad):
                continue
            for k, name, days in by_place[p]:
                i = bisect_left(days, day - window)
                if k != c.subject and i < len(days) and days[i] <= day + window:
                    found[(k, p)] = name
        best = {}  # place id -> its key with the most claims
        for k, p in found:
            if p not in best or len(keyed[(k, p)][1]) > len(keyed[(best[p], p)][1]):
                best[p] = k
        specific = [(k, p) for p, k in best.items() if not any(inside(places.where[o], places.where[p]) for o in best)]
        specific.sort(key=lambda kp: (-named[kp[1]], kp[1]))
        if specific and (len(specific) == 1 or named[specific[0][1]] >= DOMINANT * named[specific[1][1]]):
            key = specific[0]
            out.append(replace(c, subject=key[0], subject_name=found[key]))
        else:
            out.append(c)
    return out


def toll_places(store, claims: list) -> TollPlaces:
    """The places the store's toll claims name, read from each report's stored place summary
    (``store/lede_places``: how often it names each place, what its lede names, which places each
    written form resolved to)."""
    from sitroom.resolve.gazetteer import default_gazetteer
    from sitroom.store.lede_places import stored

    docs = sorted({c.document for c in claims if c.subject.startswith("toll:")})
    out = TollPlaces()
    forms: dict[str, dict] = {}
    for doc, summary in stored(store.conn, docs).items():
        if summary["named"]:
            out.mentions[doc] = Counter(summary["named"])
            forms[doc] = summary["forms"]
        if summary["lede"]:
            out.lede[doc] = set(summary["lede"])
    pids = sorted({p for named in out.mentions.values() for p in named})
    for i in range(0, len(pids), 500):
        part = pids[i:i + 500]
        for r in store.rows("SELECT id AS place_id, name, lat, lon, country, precision FROM places"
                            f" WHERE id IN ({', '.join('?' * len(part))})", tuple(part)):
            out.where[r["place_id"]] = _entry(default_gazetteer(), r)
    for c in claims:
        names = forms.get(c.document, {}).get(c.subject[5:]) if c.subject.startswith("toll:") else None
        if names:
            out.key_place[(c.document, c.subject)] = max(names, key=lambda p: (names[p], p))
    return out


def _entry(gaz, r: dict) -> Candidate:
    """The gazetteer's entry for a stored place (its level, region and population), else one built from the row."""
    for c in gaz.find(r["name"]):
        if c.pid == r["place_id"]:
            return c
    return Candidate(0, r["place_id"], r["name"], r["lat"], r["lon"], r["country"], r["precision"] or "",
                     LEVELS.get(r["precision"], 3), 0, None, False)
