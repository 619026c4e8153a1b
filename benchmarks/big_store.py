"""A large store for latency tests, made from a real one by copying its rows (no NLP needed).

    .venv/bin/python benchmarks/big_store.py --base real.db --out big.db [--documents 100000]

``--base`` is a store that ``sitroom ingest`` built from real articles (a few hundred or
thousand). The new store (created by sitroom's own migrations) receives ``copies`` copies of
every document and of all its facts (sentences, mentions, place mentions, timexes, quantities,
quotes, events, event counts), until it holds about ``--documents``. Copy k gives every id that
starts with a document id (documents, events, clusters, quantities, quotes, event parties) the new prefix
``hex(0x1000 + k)`` in place of its first four characters, and moves every ISO date
(publication, event start, end, 'before') by ``(k - copies / 2) x 29`` days, so the copies spread
over some fifteen years instead of piling onto the same days. Entities, aliases and places are
shared, as they would be. Full-text search is filled by the store's own trigger.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

FACTS = ("sentences", "mentions", "place_mentions", "timexes", "quantities", "quotes", "events",
         "event_counts", "event_parties", "document_places")
SHARED_TABLES = ("entities", "entity_aliases", "places")
ID_COLUMNS = {"documents": ("id",), "events": ("id", "doc_id", "cluster"), "quantities": ("id", "doc_id"),
              "quotes": ("id", "doc_id"), "event_counts": ("event_id", "doc_id"),
              "event_parties": ("event_id", "doc_id")}
DATE_COLUMNS = {"documents": ("published",), "events": ("date_start", "date_end", "date_before")}


def _shift(col: str) -> str:
    """SQL moving an ISO date, year-month or year in ``col`` by :days days (other values kept)."""
    return (f"CASE length({col}) WHEN 10 THEN date({col}, :days || ' days') "
            f"WHEN 7 THEN substr(date({col} || '-01', :days || ' days'), 1, 7) "
            f"WHEN 4 THEN substr(date({col} || '-07-01', :days || ' days'), 1, 4) ELSE {col} END")


def _columns(con: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA {schema}.table_info({table})")]


def _derived(con: sqlite3.Connection, missing: set[str]) -> None:
    """Tables the base store was too old to have, written from the copies as a migration would,
    and the counts per month of publication (the copies' dates moved)."""
    from sitroom.store.lede_places import backfill
    from sitroom.store.migrations import SQLITE_ONLY
    from sitroom.store.periods import rebuild

    with con:
        rebuild(con)
        if "event_parties" in missing:
            for statement in dict((v, sql) for v, _, sql in SQLITE_ONLY)[23].split(";"):
                if statement.strip():
                    con.execute(statement)
        if "document_places" in missing:
            backfill(con)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--documents", type=int, default=100_000)
    args = ap.parse_args()
    base, out = Path(args.base), Path(args.out)
    if not base.exists():
        print(f"{base} does not exist; ingest some real articles into it first", file=sys.stderr)
        return 2
    if out.exists():
        print(f"{out} exists; remove it or choose another --out", file=sys.stderr)
        return 2
    from sitroom.store import open_store

    open_store(str(out)).close()  # the schema, by the current migrations
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("ATTACH DATABASE ? AS base", (str(base),))
    n_base = con.execute("SELECT count(*) FROM base.documents").fetchone()[0]
    copies = max(1, -(-args.documents // n_base))
    tables = [t for t in ("documents", *FACTS) if _columns(con, "base", t)]  # a base older than a table: below
    t0 = time.perf_counter()
    with con:
        for table in SHARED_TABLES:
            cols = [c for c in _columns(con, "base", table) if c in _columns(con, "main", table)]
            names = ", ".join(f'"{c}"' for c in cols)
            con.execute(f"INSERT OR IGNORE INTO main.{table} ({names}) SELECT {names} FROM base.{table}")
    for k in range(copies):
        params = {"prefix": f"{0x1000 + k:04x}", "days": (k - copies // 2) * 29}
        with con:
            for table in tables:
                cols = [c for c in _columns(con, "base", table) if c in _columns(con, "main", table)]
                exprs = []
                for c in cols:
                    if c in ID_COLUMNS.get(table, ("doc_id",)):
                        exprs.append(f"CASE WHEN \"{c}\" IS NULL THEN NULL ELSE :prefix || substr(\"{c}\", 5) END")
                    elif c in DATE_COLUMNS.get(table, ()):
                        exprs.append(_shift(f'"{c}"'))
                    else:
                        exprs.append(f'"{c}"')
                names = ", ".join(f'"{c}"' for c in cols)
                order = " ORDER BY rowid" if table == "documents" else ""
                con.execute(f"INSERT INTO main.{table} ({names}) SELECT {', '.join(exprs)} "
                            f"FROM base.{table}{order}", params)
        print(f"copy {k + 1}/{copies}: {(k + 1) * n_base} documents, {time.perf_counter() - t0:.0f} s", flush=True)
    con.execute("DETACH DATABASE base")
    _derived(con, set(FACTS) - set(tables))
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "mentions")}
    con.close()
    print(f"{out}: {counts} from {n_base} real documents x {copies}; {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
