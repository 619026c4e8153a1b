"""The store keeps every fact with its offsets, is idempotent, and merges duplicates.

Every test taking ``store_url`` runs on SQLite and on a real PostgreSQL server (see conftest).
"""

from __future__ import annotations

import sqlite3

import pytest

from sitroom.errors import MigrationError, NotFound
from sitroom.model import (
    Article, DateRange, Entity, Event, Failure, Mention, Place, Quantity, Quote, Record, Timex,
    fact_id,
)
from sitroom.store import open_store

TEXT = "The Kremlin said Russia will hold drills with Tajikistan on 1 August. Moscow sent 7,000 troops."


def at(word: str, text: str = TEXT) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word)


def make_record(text: str = TEXT, published: str = "2021-08-01") -> Record:
    art = Article(text=text, source="a.txt", title="Drills", authors=("A. Writer",), published=published)
    doc = art.id
    rus = Entity("RUS", "Russia", "country", "RUS",
                 (at("Kremlin"), at("Russia"), at("Moscow")))
    tjk = Entity("TJK", "Tajikistan", "country", "TJK", (at("Tajikistan"),))
    place = Place("country:TJK", "Tajikistan", 38.5, 71.0, "TJK", "country", "country",
                  (at("Tajikistan"),))
    q = Quantity(start=at("7,000 troops").start, end=at("7,000 troops").end, text="7,000 troops", value=7000, unit="count", counted="troop",
                 subject="RUS", subject_name="Russia", attribute="troops", high=7500)
    ev = Event(id=fact_id(doc, "e", at("drills").start, at("drills").end),
               type="COOPERATE", trigger=at("drills"),
               sentence=Mention(0, 69, text[:69]), status="planned", actors=("RUS", "TJK"),
               date=DateRange("2021-08-01", "2021-08-01"), place="country:TJK",
               quantities=(fact_id(doc, "q", q.start, q.end),), mentions=(Mention(0, 69, text[:69]),))
    return Record(article=art, entities=(rus, tjk), places=(place,), events=(ev,), quantities=(q,),
                  quotes=(Quote(start=0, end=3, text="The", speaker="RUS", speaker_name="Kremlin"),),
                  timexes=(Timex(at("1 August").start, at("1 August").end, "1 August", "2021-08-01",
                                 range=DateRange("2021-08-01", "2021-08-01")),),
                  sentences=(Mention(0, 69, text[:69]), Mention(70, len(text), text[70:])))


def test_record_round_trips_with_offsets(store_url):
    store = open_store(store_url)
    rec = make_record()
    assert store.write(rec) == "stored"
    back = store.record(rec.id)
    assert back.article == rec.article
    assert back.quantities == rec.quantities
    assert back.events == rec.events
    assert back.timexes == rec.timexes
    assert {e.id: e.mentions for e in back.entities} == {e.id: e.mentions for e in rec.entities}
    for e in back.entities:
        for m in e.mentions:
            assert back.article.text[m.start:m.end] == m.text


def test_writing_the_same_document_twice_changes_nothing(store_url):
    store = open_store(store_url)
    rec = make_record()
    store.write(rec)
    before = store.stats()
    assert store.write(rec) == "unchanged"
    assert store.stats() == before


def test_entities_keep_one_identity_across_documents(store_url):
    store = open_store(store_url)
    store.write(make_record())
    store.write(make_record(TEXT + " More.", "2021-08-02"))
    rows = {r.id: r for r in store.entities()}
    assert rows["RUS"].documents == 2 and rows["RUS"].mentions == 6


def test_merge_moves_mentions_events_and_later_ingests(store_url):
    store = open_store(store_url)
    store.write(make_record())
    assert store.merge_entities("RUS", "TJK") == 1
    assert "TJK" not in {r.id for r in store.entities()}
    rec = store.record(make_record().id)
    assert rec.events[0].actors == ("RUS",)
    store.write(make_record(TEXT + " Again."))
    assert "TJK" not in {r.id for r in store.entities()}
    with pytest.raises(NotFound):
        store.merge_entities("RUS", "nobody")


def test_failures_are_recorded_with_file_and_reason(store_url):
    store = open_store(store_url)
    store.add_failure(Failure("bad.bin", "bad.bin is a binary file; convert it to text"))
    assert store.failures()[0]["source"] == "bad.bin"
    assert store.stats()["failures"] == 1


def test_search_finds_words_with_snippets(store_url):
    store = open_store(store_url)
    store.write(make_record())
    hits = store.search("drills Tajikistan")
    assert hits and "[drills]" in hits[0]["snippet"]
    assert store.search("nonexistentword") == []


def test_find_document_by_prefix_and_source(store_url):
    store = open_store(store_url)
    rec = make_record()
    store.write(rec)
    assert store.find_document(rec.id[:6]) == rec.id
    assert store.find_document("a.txt") == rec.id
    with pytest.raises(NotFound):
        store.find_document("zzzz")


def test_store_on_disk_survives_reopen_and_refuses_newer_schema(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.write(make_record())
    with open_store(path) as store:
        assert store.stats()["documents"] == 1
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(MigrationError):
        open_store(path)


def test_record_within_a_stretch_holds_only_the_facts_there(store_url):
    store = open_store(store_url)
    rec = make_record()
    store.write(rec)
    cut = TEXT.index("Moscow")
    first, second = store.record(rec.id, within=(0, cut)), store.record(rec.id, within=(cut, len(TEXT)))
    assert first.article == second.article == rec.article
    assert [m.text for e in first.entities for m in e.mentions] == ["Kremlin", "Russia", "Tajikistan"]
    assert [m.text for e in second.entities for m in e.mentions] == ["Moscow"]
    assert len(first.events) == 1 and not second.events
    assert not first.quantities and len(second.quantities) == 1


def test_postgres_store_refuses_a_newer_schema_and_reopens(pg_cluster):
    url = pg_cluster.create_database("reopen")
    with open_store(url) as store:
        store.write(make_record())
    with open_store(url) as store:
        assert store.stats()["documents"] == 1
        store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    with pytest.raises(MigrationError):
        open_store(url)


def test_an_unreachable_postgres_url_is_a_one_line_error():
    from sitroom.errors import StoreError

    with pytest.raises(StoreError, match="check the URL"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_a_figure_that_moved_keeps_where_it_started_in_the_store(store_url):
    from dataclasses import replace

    from sitroom.model import Figure

    store = open_store(store_url)
    rec = make_record()
    q = replace(rec.quantities[0], high=None, forms=(Figure(7000.0, None, None, "6,000 to 7,000", 6000.0),))
    rec = replace(rec, quantities=(q,))
    store.write(rec)
    assert store.record(rec.id).quantities[0].forms[0].previous == 6000.0
