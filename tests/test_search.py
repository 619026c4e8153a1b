"""Full-text search: phrases, title matches first, filters, paging, snippets with offsets."""

from __future__ import annotations

import pytest
from web_records import entity

from sitroom.analyze.search import SearchQuery, fts_query, search
from sitroom.model import Article, Record
from sitroom.store import open_store

DOCS = [  # (title, text, published, source)
    ("Border talks resume", "Officials met on Monday. The troop withdrawal was not discussed.",
     "2021-08-01", "wire/a.txt"),
    ("Troop withdrawal completed", "The last soldiers left the base on Tuesday.", "2021-08-30",
     "wire/b.txt"),
    ("Markets", "Withdrawal of troop support [troops] was rumoured; a withdrawal troop convoy "
     "passed.", "2020-01-05", "other/c.txt"),
    ("Russia and the withdrawal", "Russia said the troop withdrawal changes the region.",
     "2019-03-01", "other/d.txt"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("search") / "s.db"))
    for title, text, published, source in DOCS:
        art = Article(text=text, source=source, title=title, published=published)
        ents = (entity(("RUS", "Russia", "country", "RUS"), text, "Russia"),) if "Russia" in text else ()
        s.write(Record(article=art, entities=ents))
    yield s
    s.close()


def titles(result: dict) -> list[str]:
    return [r["title"] for r in result["results"]]


def test_a_quoted_phrase_needs_the_words_together(store):
    words = titles(search(store, SearchQuery("troop withdrawal")))
    phrase = titles(search(store, SearchQuery('"troop withdrawal"')))
    assert "Markets" in words and "Markets" not in phrase
    assert set(phrase) == {"Border talks resume", "Troop withdrawal completed", "Russia and the withdrawal"}


def test_a_title_match_ranks_first_and_minus_excludes(store):
    assert titles(search(store, SearchQuery('"troop withdrawal"')))[0] == "Troop withdrawal completed"
    assert "Russia and the withdrawal" not in titles(search(store, SearchQuery("withdrawal -russia")))


def test_filters_by_date_source_and_actor(store):
    assert set(titles(search(store, SearchQuery("withdrawal", start="2021")))) == {
        "Troop withdrawal completed", "Border talks resume"}
    assert set(titles(search(store, SearchQuery("withdrawal", source="other/")))) == {
        "Markets", "Russia and the withdrawal"}
    assert titles(search(store, SearchQuery("withdrawal", actor="RUS"))) == ["Russia and the withdrawal"]
    assert titles(search(store, SearchQuery("withdrawal", end="2019-12"))) == ["Russia and the withdrawal"]


def test_pages_count_every_match(store):
    first = search(store, SearchQuery("withdrawal", sort="newest", limit=2))
    second = search(store, SearchQuery("withdrawal", sort="newest", limit=2, offset=2))
    assert first["total"] == second["total"] == 4
    assert titles(first) + titles(second) == ["Troop withdrawal completed", "Border talks resume",
                                              "Markets", "Russia and the withdrawal"]


def test_excerpts_are_plain_text_with_match_offsets(store):
    hit = search(store, SearchQuery("convoy"))["results"][0]
    assert "[troops]" in hit["excerpt"]  # the article's own brackets, not a match marker
    assert [hit["excerpt"][a:b] for a, b in hit["matches"]] == ["convoy"]
    assert "[convoy]" in hit["snippet"]  # the bracketed form, as before, for old readers


def test_query_syntax():
    assert fts_query('"Troop withdrawal" russia -"talks"') == '"Troop withdrawal" AND "russia" NOT "talks"'
    assert fts_query("  ") == "" and fts_query("-only") == ""
    assert fts_query('5,000 "unclosed phrase') == '"5 000" AND "unclosed phrase"'
