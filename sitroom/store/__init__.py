"""The store: an SQLite file by default; the backend is chosen from the URL."""

from __future__ import annotations

from pathlib import Path

from sitroom import settings
from sitroom.errors import StoreError
from sitroom.store.base import DocumentRow, EntityRow, Store

__all__ = ["DocumentRow", "EntityRow", "Store", "open_store"]


def open_store(url: str | Path | None = None, *, readonly: bool = False, create: bool = True) -> Store:
    """Open (and migrate) the store at ``url``: a file path, ':memory:', or postgresql://.

    With ``create=False`` a missing file is an error instead of a new, empty store (commands
    that only read: a mistyped --db should say so, not show nothing).
    """
    target = str(url) if url is not None else settings.get("db")
    if target.startswith(("postgres://", "postgresql://")):
        from sitroom.store.postgres import PostgresStore

        return PostgresStore(target, readonly=readonly)
    from sitroom.store.sqlite import SQLiteStore

    if not create and target != ":memory:" and not Path(target).is_file():
        what = "is a folder, not a store" if Path(target).is_dir() else "does not exist"
        raise StoreError(f"the store {target} {what}; check --db (or $SITROOM_DB), "
                         "or fill a store first with `sitroom ingest --db ...`")

    return SQLiteStore(target, readonly=readonly)
