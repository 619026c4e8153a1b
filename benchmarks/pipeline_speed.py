"""Throughput of sitroom against bare spaCy on the same texts, in one run.

    .venv/bin/python benchmarks/pipeline_speed.py [--corpus bbc|tehran|giveme] [--limit N]

Prints: articles per second and peak memory for full ingestion (read, clean, NLP, extractors,
store); the ratio of that time to bare ``nlp.pipe`` of the trained model over the same cleaned
texts; and each component's share of the time, so that the cost of our extractors can be read
against the spaCy model's own components.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "news_text"
CORPORA = {
    "bbc": SHARED / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl",
    "tehran": SHARED / "tehran_times_subset" / "tehran_times_afghanistan_central_asia.jsonl.gz",
    "giveme": SHARED / "giveme5w1h_news" / "giveme5w1h_news.jsonl",
}
MODEL_PIPES = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}


def per_component(nlp, texts: list[str], published: str | None, batch: int = 64) -> dict[str, float]:
    """Seconds spent in each pipeline component over ``texts``."""
    from sitroom.components import ensure_extensions

    ensure_extensions()
    spent: dict[str, float] = defaultdict(float)
    for i in range(0, len(texts), batch):
        t = time.perf_counter()
        docs = [nlp.make_doc(x) for x in texts[i:i + batch]]
        for d in docs:
            d._.published = published
        spent["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            spent[name] += time.perf_counter() - t
    return dict(spent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=CORPORA, default="bbc")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--published", default="2005-01-01",
                        help="anchor date for corpora without dates")
    args = parser.parse_args()
    path = CORPORA[args.corpus]
    if not path.exists():
        print(f"{path} is not present; this benchmark needs ../shared", file=sys.stderr)
        return 2

    from sitroom.ingest import ReadOptions, read
    from sitroom.ingest_run import IngestOptions, ingest_articles
    from sitroom.nlp import bare, build
    from sitroom.store import open_store

    t0 = time.perf_counter()
    nlp = build()
    load_s = time.perf_counter() - t0
    articles = [a for a in read([path], ReadOptions(published=args.published))
                if hasattr(a, "text")][: args.limit]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    counts: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        ingest_articles(iter(articles), store, nlp, IngestOptions(progress=False),
                        lambda outcome, _: counts.update([outcome]))
        full_s = time.perf_counter() - t0

    plain = bare()
    t0 = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=64):
        pass
    bare_s = time.perf_counter() - t0

    spent = per_component(nlp, texts, args.published)
    spacy_s = sum(v for k, v in spent.items() if k in MODEL_PIPES or k == "tokenizer")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus {args.corpus}: {len(texts)} articles, {words:,} words; pipeline load {load_s:.1f}s")
    print(f"outcomes: {dict(counts)}")
    print(f"sitroom ingest (read+clean excluded, NLP+extract+store): {full_s:.1f}s = "
          f"{len(texts) / full_s:.1f} articles/s, {words / full_s:,.0f} words/s")
    print(f"bare nlp.pipe, same texts: {bare_s:.1f}s = {len(texts) / bare_s:.1f} articles/s")
    print(f"ratio sitroom / bare spaCy: {full_s / bare_s:.2f}")
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")
    print("\ncomponent            seconds   share of spaCy model time")
    for name, secs in spent.items():
        share = "" if name in MODEL_PIPES or name == "tokenizer" else f"{100 * secs / spacy_s:6.1f}%"
        print(f"{name:20s} {secs:8.2f}   {share}")
    ours = sum(v for k, v in spent.items() if k not in MODEL_PIPES and k != "tokenizer")
    print(f"{'all sitroom components':20s} {ours:8.2f}   {100 * ours / spacy_s:6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
