"""The one streaming core: articles in, records (or failures) out.

The CLI, the web app and batch mode all call ``process``. A component that fails on one
document turns that document into a ``Failure``; the rest of the batch goes on. Work per
document is bounded: a run of text without spaces longer than ``MAX_TOKEN`` (the tokenizer is
quadratic in token length) is refused, and ``seconds`` limits each document's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.components import ensure_extensions
from sitroom.limits import TimeLimit, deadline, one_line
from sitroom.model import Article, Failure, Record
from sitroom.records import from_doc

MAX_TOKEN = 5000  # characters without a space: no word or URL is longer; base64 blobs and tables are
_RUN = re.compile(r"\S+")


def process(
    items: Iterable[Article | Failure],
    nlp: Language,
    *,
    batch_size: int = 32,
    seconds: float | None = None,
) -> Iterator[Record | Failure]:
    """Run ``nlp`` over every article in order; failures pass through unchanged.

    ``seconds`` is the time limit per document (None: no limit; it only acts in the main thread).
    """
    ensure_extensions()
    it = iter(items)
    while batch := list(islice(it, max(1, batch_size))):
        articles = [a for a in batch if isinstance(a, Article)]
        done = dict(zip(map(id, articles), _run(nlp, articles, seconds)))
        for item in batch:
            yield done[id(item)] if isinstance(item, Article) else item


def _run(nlp: Language, articles: list[Article], seconds: float | None) -> list[Record | Failure]:
    docs = [_prepare(nlp, a) for a in articles]
    ready = [d for d in docs if isinstance(d, Doc)]
    try:
        with deadline(seconds * len(ready) if seconds else None):
            out = iter(list(nlp.pipe(ready, batch_size=len(ready) or 1)))
    except Exception:  # noqa: BLE001 - isolate the bad document by retrying one at a time
        out = iter([_one(nlp, d, seconds) for d in ready])
    results: list[Record | Failure] = []
    for article, doc in zip(articles, docs):
        if not isinstance(doc, Doc):
            results.append(doc)
            continue
        processed = next(out)
        if isinstance(processed, Failure):
            results.append(Failure(article.source, f"{article.source}: {processed.reason}", "nlp"))
            continue
        try:
            results.append(from_doc(processed, article))
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            results.append(Failure(article.source, f"{article.source}: its facts could not be built "
                                   f"({one_line(exc)}); please report this document", "nlp"))
    return results


def _prepare(nlp: Language, article: Article) -> Doc | Failure:
    if len(article.text) > nlp.max_length:
        return Failure(
            article.source,
            f"{article.source}: {len(article.text):,} characters is over the "
            f"{nlp.max_length:,} that one document may have; split it into articles",
            "nlp",
        )
    length = _longest_run(article.text)
    if length > MAX_TOKEN:
        return Failure(article.source, f"{article.source}: has {length:,} characters without a space "
                       f"(over {MAX_TOKEN:,}: data, not prose); remove that part and ingest it again", "nlp")
    try:
        doc = nlp.make_doc(article.text)
    except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
        return Failure(article.source, f"{article.source}: could not be tokenized ({one_line(exc)}); "
                       "please report this document", "nlp")
    doc._.published = article.published
    doc._.doc_id = article.id
    doc._.title = article.title
    return doc


def _longest_run(text: str) -> int:
    """Length of the longest stretch without whitespace (linear: each match is maximal)."""
    if len(text) <= MAX_TOKEN:
        return 0
    return max((m.end() - m.start() for m in _RUN.finditer(text)), default=0)


def _one(nlp: Language, doc: Doc, seconds: float | None = None) -> Doc | Failure:
    try:
        with deadline(seconds):
            for _, proc in nlp.pipeline:
                doc = proc(doc)
        return doc
    except TimeLimit:
        return Failure("", f"analysis took over {seconds:g} s (a pathological text?); split it, "
                           "or raise SITROOM_DOC_SECONDS", "nlp")
    except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
        return Failure("", f"processing failed in the NLP pipeline ({one_line(exc)}); "
                           "please report this document", "nlp")
