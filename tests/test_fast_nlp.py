"""The fast pipeline (memoised attribute ruler and lemmatizer, numpy's BLAS) gives exactly what the model's own give."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest
from conftest import need_shared

from sitroom.model import Article

pytestmark = pytest.mark.model


def _texts(n_each: int) -> list[Article]:
    """Real news: the first BBC articles and the first Reuters-21578 bodies (not the seeds)."""
    bbc = need_shared("corpus", "news_text", "bbc_fulltext_2004_2005", "bbc_fulltext.jsonl")
    reuters = need_shared("corpus", "news_text", "reuters21578", "reuters21578.jsonl.gz")
    out: list[Article] = []
    for path, opener in ((bbc, open), (reuters, gzip.open)):
        with opener(path, "rt", encoding="utf-8") as fh:
            rows = (json.loads(line) for line in fh)
            bodies = (r["text"] for r in rows if (r.get("text") or "").strip())
            out += [Article(text=t, source=f"{path.stem}-{i}.txt", published="2005-01-01")
                    for i, t in enumerate(islice(bodies, n_each))]
    return out


@pytest.fixture(scope="module")
def pipelines():
    from sitroom.nlp import NlpOptions, build

    return build(NlpOptions(fast=False)), build(NlpOptions())


def test_fast_pipeline_stores_the_records_of_the_full_one_on_real_news(pipelines):
    from sitroom.pipeline import process

    from sitroom.nlp import single_thread_blas

    full, fast = pipelines
    assert type(fast.get_pipe("lemmatizer")).__name__ == "MemoLemmatizer"
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "MemoAttributeRuler"
    # where numpy's OpenBLAS can run on one thread the fast pipeline multiplies with it, the full
    # one with blis: the records below must not tell them apart
    assert fast.get_pipe("ner").model.ops.use_blis is not single_thread_blas()
    assert full.get_pipe("ner").model.ops.use_blis
    articles = _texts(100)
    assert len(articles) == 200
    expected = list(process(articles, full))
    got = list(process(articles, fast))
    assert sum(1 for r in expected if hasattr(r, "events") and r.events) > 30  # real facts compared
    assert got == expected  # records are frozen dataclasses: every fact and offset


def test_memoised_tokens_are_the_models_and_the_memos_stay_bounded(pipelines):
    full, fast = pipelines
    texts = [a.text for a in _texts(20)]
    memos = [fast.get_pipe("attribute_ruler"), fast.get_pipe("lemmatizer")]
    limits = [m.limit for m in memos]
    try:
        for m in memos:
            m.limit = 300
            m.memo.clear()
        got = [[(t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_) for t in d] for d in fast.pipe(texts)]
        assert all(0 < len(m.memo) <= 300 for m in memos)
    finally:
        for m, limit in zip(memos, limits):
            m.limit = limit
    expected = [[(t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_) for t in d] for d in full.pipe(texts)]
    assert got == expected


def test_the_lemmatizers_word_lists_answer_from_a_set_and_hold_the_models_words(pipelines):
    from sitroom.components.model_memo import IndexList

    full, fast = pipelines
    ours = fast.get_pipe("lemmatizer").inner.lookups.get_table("lemma_index")
    model = full.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert sorted(ours.keys()) == sorted(model.keys()) and len(model) >= 4
    for key in model.keys():
        assert isinstance(ours.get(key), IndexList) and not isinstance(model.get(key), IndexList)
        assert ours.get(key) == model.get(key)  # the same words, in the same order


def test_index_list_answers_in_as_the_list_would():
    from sitroom.components.model_memo import IndexList

    words = ["bridge", "run", "bridge", "soldier"]
    fast = IndexList(words)
    assert fast == words and isinstance(fast, list)
    for probe in ("bridge", "soldier", "bridges", "", "Run"):
        assert (probe in fast) == (probe in words)
