"""The gazetteer's pool of names for misspelt places, kept in a file that loads in a tenth of the time.

Reading the 324,000 keys from the SQLite index and bucketing them took 0.3-0.45 CPU s in each
process that met a name it could not find. The buckets are kept beside the index as a
``marshal`` file (plain strings and lists: nothing in it runs), named after the index's size and
modification time and the Python version (marshal's format is Python's), so a rebuilt index or
another Python reads the database again.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Callable

from sitroom.atomic_file import write_atomic

__all__ = ["cached_pool", "pool_path"]

Pool = dict[tuple[str, int], list[str]]


def pool_path(db: Path) -> Path:
    st = db.stat()
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return db.with_name(f"{db.name}.pool-{st.st_size}-{st.st_mtime_ns}-py{py}.marshal")


def cached_pool(db: Path, read: Callable[[], Pool]) -> Pool:
    """The pool from its file beside ``db``, or from ``read()`` (then written for next time)."""
    try:
        path = pool_path(db)
    except OSError:
        return read()
    try:
        pool = marshal.loads(path.read_bytes())
        if isinstance(pool, dict):
            return pool
    except (OSError, ValueError, EOFError, TypeError):
        pass
    pool = read()
    try:
        write_atomic(path, marshal.dumps(pool))
    except OSError:
        pass  # a read-only folder: the pool is still right, only read slower
    return pool

