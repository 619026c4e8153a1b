"""The one streaming core: articles in, records (or failures) out.

The CLI, the web app and batch mode all call ``process``. A component that fails on one
document turns that document into a ``Failure``; the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.components import ensure_extensions
from sitroom.model import Article, Failure, Record
from sitroom.records import from_doc


def process(
    items: Iterable[Article | Failure],
    nlp: Language,
    *,
    batch_size: int = 32,
) -> Iterator[Record | Failure]:
    """Run ``nlp`` over every article in order; failures pass through unchanged."""
    ensure_extensions()
    it = iter(items)
    while batch := list(islice(it, batch_size)):
        articles = [a for a in batch if isinstance(a, Article)]
        done = dict(zip(map(id, articles), _run(nlp, articles)))
        for item in batch:
            yield done[id(item)] if isinstance(item, Article) else item


def _run(nlp: Language, articles: list[Article]) -> list[Record | Failure]:
    docs = [_prepare(nlp, a) for a in articles]
    ready = [d for d in docs if isinstance(d, Doc)]
    try:
        out = iter(list(nlp.pipe(ready, batch_size=len(ready) or 1)))
    except Exception:  # noqa: BLE001 - isolate the bad document by retrying one at a time
        out = iter([_one(nlp, d) for d in ready])
    results: list[Record | Failure] = []
    for article, doc in zip(articles, docs):
        if not isinstance(doc, Doc):
            results.append(doc)
            continue
        processed = next(out)
        if isinstance(processed, Failure):
            results.append(Failure(article.source, processed.reason, "nlp"))
        else:
            results.append(from_doc(processed, article))
    return results


def _prepare(nlp: Language, article: Article) -> Doc | Failure:
    if len(article.text) > nlp.max_length:
        return Failure(
            article.source,
            f"{article.source}: {len(article.text):,} characters is over the "
            f"{nlp.max_length:,} that one document may have; split it into articles",
            "nlp",
        )
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.doc_id = article.id
    return doc


def _one(nlp: Language, doc: Doc) -> Doc | Failure:
    try:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc
    except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
        return Failure("", f"processing failed in the NLP pipeline ({type(exc).__name__}: {exc}); "
                           "please report this document", "nlp")
