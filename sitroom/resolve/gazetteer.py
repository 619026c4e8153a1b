"""Offline gazetteer: name -> candidate places, from a SQLite index built once from PyPI data.

The index lives in ``$SITROOM_CACHE`` (default ``~/.cache/sitroom``) as
``gazetteer-v<N>.sqlite``; it is built on first use (about 30 s) by
``sitroom.resolve.gazetteer_build`` and then opens in milliseconds, since lookups are indexed
queries rather than a dictionary loaded into memory.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitroom.data_yaml import load_yaml
from sitroom.settings import cache_dir
from sitroom.resolve import gazetteer_build
from sitroom.resolve.geo import normalise
from sitroom.resolve.pool_cache import cached_pool

__all__ = ["Candidate", "Gazetteer", "default_gazetteer"]

FUZZY_CUTOFF = 90.0  # rapidfuzz ratio (0-100) a variant spelling needs
FUZZY_MIN_LEN = 7  # shorter names are too easily confused with other places

_DATA = Path(__file__).resolve().parents[1] / "data"
_COLUMNS = "p.rid, p.pid, p.name, p.lat, p.lon, p.cc, p.feature, p.level, p.pop, p.admin1, p.capital"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    rid: int
    pid: str  # geonames:<id>, country:<ISO3>, region:<code>, area:<slug>
    name: str
    lat: float
    lon: float
    cc: str | None  # ISO alpha-3
    feature: str  # country, region, city, area
    level: int  # 0 country, 1 admin1, 2 admin2, 3 city, 4 area
    pop: int
    admin1: str | None  # CC.code of the first-level region holding it
    capital: bool
    main: bool = True  # matched on the main name, not an alternate one


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[tuple[str, str]]:
    """(town, ISO alpha-3) of the seats of government that the gazetteer's source does not flag
    as capitals: actors.yaml's capital_names (La Paz, Colombo) and place_capitals.yaml's
    seats_of_government (Tel Aviv, Bonn). Flagged as capitals, so that the places component reads
    "Tel Aviv condemned" or "Bonn should bring in new measures" as the state seated there, as it
    reads a capital, and "in Tel Aviv" as the town."""
    seats = set()
    for name, key in (("actors.yaml", "capital_names"), ("place_capitals.yaml", "seats_of_government")):
        data = load_yaml((_DATA / name).read_text(encoding="utf-8")) or {}
        seats |= {(str(town), str(cc)) for cc, towns in (data.get(key) or {}).items() for town in towns or ()}
    return frozenset(seats)


def _capital(row: tuple, seats: frozenset[tuple[str, str]]) -> bool:
    """A row of ``_COLUMNS`` (name 2, cc 5, level 7, capital 10): flagged a capital by the source, or
    a town (level 3) that is a seat of government the source does not flag."""
    return bool(row[10]) or row[7] == 3 and (row[2], row[5]) in seats


class Gazetteer:
    """Read access to a gazetteer database: exact and fuzzy name lookup, neighbours, borders."""

    def __init__(self, path: Path | str, keep_pool: bool = False):
        """``keep_pool``: keep the fuzzy matcher's pool in a file beside the index (``pool_cache``)."""
        self.path = str(path)
        self.keep_pool = keep_pool
        self._local = threading.local()
        self._pool: dict[tuple[str, int], list[str]] | None = None
        self._countries: dict[str, Candidate] | None = None
        self._capitals: dict[str, tuple[Candidate, ...]] | None = None
        self._neighbours: dict[str, frozenset[str]] | None = None
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self.region = lru_cache(maxsize=5_000)(self._region)
        self._fuzzy = lru_cache(maxsize=10_000)(self._fuzzy_key)

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = (
                self.path
                if self.path.startswith("file:")
                else f"file:{self.path}?mode=ro"
            )
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def _rows(self, sql: str, args: tuple) -> list[Candidate]:
        seats = seats_of_government()
        return [Candidate(*r[:10], capital=_capital(r, seats), main=bool(r[11])) for r in self.db.execute(sql, args)]

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every entry with this normalised name (``normalise(text)``)."""
        sql = f"SELECT {_COLUMNS}, n.main FROM names n JOIN places p USING (rid) WHERE n.key = ?"
        found: dict[int, Candidate] = {}
        for c in self._rows(sql, (key,)):
            if c.rid not in found or c.main:
                found[c.rid] = c
        return tuple(found.values())

    def find(self, text: str) -> tuple[Candidate, ...]:
        """Entries for a name as written."""
        return self.lookup(normalise(text))

    def fuzzy(self, text: str) -> tuple[Candidate, ...]:
        """Entries whose name is a close variant spelling ("Gorno-Badakshchan"); exact misses only."""
        return self._fuzzy(normalise(text))

    def _fuzzy_key(self, key: str) -> tuple[Candidate, ...]:
        from rapidfuzz import fuzz, process

        if len(key) < FUZZY_MIN_LEN:
            return ()
        pool = self._fuzzy_pool()
        best: tuple[float, str] | None = None
        for n in range(len(key) - 2, len(key) + 3):
            # variant spellings keep their first letter: compare within that bucket only
            hit = process.extractOne(
                key,
                pool.get((key[0], n), ()),
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_CUTOFF,
            )
            if hit and (best is None or hit[1] > best[0]):
                best = (hit[1], hit[0])
        return self.lookup(best[1]) if best else ()

    def _fuzzy_pool(self) -> dict[tuple[str, int], list[str]]:
        if self._pool is None:
            if self.keep_pool and not self.path.startswith("file:"):
                self._pool = cached_pool(Path(self.path), self._read_pool)
            else:
                self._pool = self._read_pool()
        return self._pool

    def _read_pool(self) -> dict[tuple[str, int], list[str]]:
        pool: dict[tuple[str, int], list[str]] = {}
        for (key,) in self.db.execute("SELECT key FROM pool"):
            pool.setdefault((key[:1], len(key)), []).append(key)
        return pool

    def country(self, cc: str) -> Candidate | None:
        """The country entry for an ISO alpha-3 code."""
        if self._countries is None:
            rows = self._rows(
                f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.level = 0", ()
            )
            self._countries = {c.cc: c for c in rows}
        return self._countries.get(cc)

    def _region(self, admin1: str) -> Candidate | None:
        """The first-level region entry of a code ("US.KY": Kentucky)."""
        rows = self._rows(f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.pid = ?", (f"region:{admin1}",))
        return rows[0] if rows else None

    def capitals(self, cc: str) -> tuple[Candidate, ...]:
        """The towns flagged as the capital of a country (ISO alpha-3)."""
        if self._capitals is None:
            rows = self._rows(
                f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.capital = 1 AND p.level = 3", ()
            )
            caps: dict[str, list[Candidate]] = {}
            for c in rows:
                caps.setdefault(c.cc, []).append(c)
            self._capitals = {k: tuple(v) for k, v in caps.items()}
        return self._capitals.get(cc, ())

    def neighbours(self, cc: str) -> frozenset[str]:
        """ISO alpha-3 codes of the countries sharing a land border with ``cc``."""
        if self._neighbours is None:
            self._neighbours = {
                a: frozenset(n for n in nb.split(",") if n)
                for a, nb in self.db.execute("SELECT cc, neighbours FROM countries")
            }
        return self._neighbours.get(cc, frozenset())

    def border(self, a: str, b: str) -> tuple[float, float] | None:
        """A point on the border between two countries (precomputed from Natural Earth)."""
        a, b = sorted((a, b))
        row = self.db.execute(
            "SELECT lat, lon FROM borders WHERE a = ? AND b = ?", (a, b)
        ).fetchone()
        return (row[0], row[1]) if row else None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The installation's gazetteer, built into the cache directory on first use."""
    path = cache_dir() / f"gazetteer-v{gazetteer_build.VERSION}.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        gazetteer_build.build(path)
    return Gazetteer(path, keep_pool=True)
