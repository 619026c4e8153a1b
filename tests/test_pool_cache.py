"""The fuzzy matcher's pool kept in a file: the same buckets as read from the gazetteer."""

from __future__ import annotations

import os

from sitroom.resolve.gazetteer import default_gazetteer
from sitroom.resolve.pool_cache import cached_pool, pool_path

POOL = {("k", 5): ["kabul", "kandy"], ("m", 5): ["mosul"]}


def _reader(calls):
    def read():
        calls.append(1)
        return {k: list(v) for k, v in POOL.items()}
    return read


def test_pool_is_read_once_then_from_its_file(tmp_path):
    db = tmp_path / "g.sqlite"
    db.write_bytes(b"index")
    calls = []
    assert cached_pool(db, _reader(calls)) == POOL and calls == [1]
    assert pool_path(db).exists()
    assert cached_pool(db, _reader(calls)) == POOL and calls == [1], "the second read is the file's"
    assert not list(tmp_path.glob(".pool-*")), "no half-written file is left"


def test_rebuilt_index_or_damaged_file_reads_the_database_again(tmp_path):
    db = tmp_path / "g.sqlite"
    db.write_bytes(b"index")
    calls = []
    cached_pool(db, _reader(calls))
    pool_path(db).write_bytes(b"\x00garbage")
    assert cached_pool(db, _reader(calls)) == POOL and len(calls) == 2
    db.write_bytes(b"rebuilt index")
    os.utime(db, ns=(1, 1))
    assert cached_pool(db, _reader(calls)) == POOL and len(calls) == 3


def test_unwritable_folder_still_gives_the_pool(tmp_path, monkeypatch):
    from sitroom.resolve import pool_cache

    def refuse(path, pool):
        raise PermissionError(path)

    monkeypatch.setattr(pool_cache, "write_atomic", refuse)
    db = tmp_path / "g.sqlite"
    db.write_bytes(b"index")
    calls = []
    assert cached_pool(db, _reader(calls)) == POOL
    assert cached_pool(db, _reader(calls)) == POOL and len(calls) == 2


def test_installed_gazetteer_pool_equals_the_database():
    gaz = default_gazetteer()
    assert gaz._fuzzy_pool() == gaz._read_pool()
    assert gaz.fuzzy("Afghanistann") and gaz.fuzzy("Afghanistann")[0].cc == "AFG"
