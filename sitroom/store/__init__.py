"""The store: an SQLite file by default; the backend is chosen from the URL."""

from __future__ import annotations

from pathlib import Path

from sitroom import settings
from sitroom.store.base import DocumentRow, EntityRow, Store

__all__ = ["DocumentRow", "EntityRow", "Store", "open_store"]


def open_store(url: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open (and migrate) the store at ``url``: a file path, ':memory:', or postgresql://."""
    target = str(url) if url is not None else settings.get("db")
    if target.startswith(("postgres://", "postgresql://")):
        from sitroom.store.postgres import PostgresStore

        return PostgresStore(target, readonly=readonly)
    from sitroom.store.sqlite import SQLiteStore

    return SQLiteStore(target, readonly=readonly)
