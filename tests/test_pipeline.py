"""The streaming core keeps order, passes failures through and isolates a bad document."""

from __future__ import annotations

import spacy
from spacy.language import Language

from sitroom.model import Article, Failure, Record
from sitroom.nlp import NlpOptions, add_components
from sitroom.pipeline import process


@Language.component("test_explode_on_boom")
def explode_on_boom(doc):
    if "boom" in doc.text:
        raise ValueError("component failed")
    return doc


def blank():
    return add_components(spacy.blank("en"), NlpOptions(components=()))


def test_records_come_out_in_order_with_failures_passed_through():
    items = [Article("one text", "a"), Failure("b", "b is empty"), Article("two text", "c")]
    out = list(process(items, blank(), batch_size=2))
    assert [type(x) for x in out] == [Record, Failure, Record]
    assert [x.article.source for x in out if isinstance(x, Record)] == ["a", "c"]


def test_one_bad_document_does_not_stop_the_batch():
    nlp = blank()
    nlp.add_pipe("test_explode_on_boom")
    items = [Article(f"text {i}", f"d{i}") for i in range(3)] + [Article("boom", "bad")]
    out = list(process(items, nlp, batch_size=4))
    assert [isinstance(x, Record) for x in out] == [True, True, True, False]
    assert out[3].source == "bad" and out[3].stage == "nlp" and "ValueError" in out[3].reason


def test_too_long_document_is_a_failure_that_says_what_to_do():
    nlp = blank()
    nlp.max_length = 10
    out = list(process([Article("x" * 11, "long.txt")], nlp))
    assert isinstance(out[0], Failure) and "split it" in out[0].reason


def test_publication_date_reaches_the_components():
    seen = []

    @Language.component("test_see_published")
    def see(doc):
        seen.append((doc._.published, doc._.doc_id))
        return doc

    nlp = blank()
    nlp.add_pipe("test_see_published")
    art = Article("text", "a", published="2021-08-01")
    list(process([art], nlp))
    assert seen == [("2021-08-01", art.id)]


def test_a_document_that_cannot_be_stored_fails_alone():
    from sitroom.ingest_run import IngestOptions, ingest_articles
    from sitroom.store import open_store

    class Fussy:
        """A store that refuses one document, as a full disk or a bad row would."""

        def __init__(self):
            self.inner = open_store(":memory:")
            self.failures = []

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def write(self, record):
            if "bad" in record.article.text:
                raise RuntimeError("disk full")
            return self.inner.write(record)

        def add_failure(self, failure):
            self.failures.append(failure)

    store, seen = Fussy(), []
    items = [Article("good one", "a"), Article("bad one", "b"), Article("good two", "c")]
    ingest_articles(items, store, blank(), IngestOptions(progress=False),
                    lambda outcome, _: seen.append(outcome))
    assert seen == ["stored", "failed", "stored"]
    assert store.failures[0].source == "b" and "disk full" in store.failures[0].reason
