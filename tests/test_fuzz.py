"""Fuzzing reader, pipeline and store together: any bytes under any name end as a stored record
or a one-line Failure, never an exception (bounded: a fixed number of examples)."""

from __future__ import annotations

import gzip
import json
import os

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.ingest import ReadOptions, read_bytes
from sitroom.ingest_run import IngestOptions, ingest_articles
from sitroom.model import Article, Failure
from sitroom.store import open_store

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.jsonl", "a.csv", "a.txt.gz", "a.jsonl.gz", "a", ""])
WORDS = st.sampled_from(["Kunduz", "BMW", "MZ", "---", "title:", "date:", "0000-00-00", "9999-12-31", "2021-02-30",
                         "<p>", "</div>", "<a href='javascript:x'>", "&amp;", "{", "}", "\"text\":", "\\ud800",
                         "[/red]", "**", "#", "\n", "\n\n", " ", "said", "on Tuesday", "%PDF-1.4", "\x00", "\u202e"])


def _texty(parts: list[str]) -> bytes:
    return " ".join(parts).encode("utf-8", "surrogatepass")


def _jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(r) for r in rows).encode()


ROW = st.fixed_dictionaries({"text": st.text(max_size=300)},
                            optional={"date": st.text(max_size=20), "url": st.text(max_size=30),
                                      "title": st.text(max_size=30), "authors": st.lists(st.text(max_size=10), max_size=3)})
CONTENT = st.one_of(
    st.binary(max_size=2000),
    st.lists(WORDS, max_size=80).map(_texty),
    st.lists(ROW, max_size=4).map(_jsonl),
    st.lists(WORDS, max_size=40).map(lambda w: gzip.compress(_texty(w), mtime=0)),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")),
)

_NLP = None


def nlp():
    global _NLP
    if _NLP is None:
        _NLP = spacy.blank("en")
        _NLP.add_pipe("sentencizer")
    return _NLP


@settings(max_examples=int(os.environ.get("SITROOM_FUZZ_EXAMPLES", "150")), deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(name=NAMES, data=CONTENT, published=st.one_of(st.none(), st.sampled_from(["2021-03-01", "1999-12-31"])))
def test_any_input_is_stored_or_fails_in_one_line(name, data, published):
    items = list(read_bytes(data, f"fuzz:{name}", ReadOptions(published=published, max_bytes=50_000, seconds=20),
                            name=name))
    for item in items:
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Failure):
            assert item.reason and "\n" not in item.reason
    store, seen = open_store(":memory:"), []
    ingest_articles(items, store, nlp(), IngestOptions(progress=False, seconds=20),
                    lambda outcome, item: seen.append(outcome))
    assert len(seen) == len(items)
    stats = store.stats()
    assert stats["documents"] == sum(o == "stored" for o in seen)
    assert stats["failures"] == sum(o == "failed" for o in seen)
    for row in store.documents():
        record = store.record(row.id)
        assert record.article.url is None or record.article.url.startswith(("http://", "https://"))
