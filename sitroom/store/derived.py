"""Tables derived from the stored documents alone, written with each document; a migration that
adds one is followed, in its transaction, by filling it from the documents already stored."""

from __future__ import annotations

from sitroom.store import lede_places, periods


def after_migration(conn, version: int) -> None:
    """Fill the derived table migration ``version`` added (nothing for other migrations)."""
    if version == 24:
        lede_places.backfill(conn)
    elif version == 25:
        periods.rebuild(conn)


def document_written(conn, doc: str, published: str | None) -> None:
    """Derived rows of a document just written (in the writer's transaction)."""
    lede_places.write_summaries(conn, [doc])
    periods.add_document(conn, doc, published)


def document_deleted(conn, doc: str) -> None:
    """Before document ``doc`` is deleted (its derived rows in tables of their own go with it)."""
    periods.remove_document(conn, doc)
