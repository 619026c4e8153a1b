"""Every core on one machine: ``process`` over worker processes, one model each, results in order.

The parent reads the input and writes the store (one writer); each worker process builds the
pipeline once (spaCy's ``cli/apply.py`` does the same) and turns batches of articles into
records. At most ``2 x workers`` batches are in flight, so memory stays bounded however long the
input is, and each worker is replaced by a fresh one after ``RECYCLE`` batches, so its string
store and caches do not grow over a long run (spaCy's ``memory_zone`` would be lighter, but some
of our components keep string hashes from one document to the next, which a zone invalidates). A worker that dies (killed, out of memory) turns its batch into
failures and is replaced; the run goes on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from sitroom.model import Article, Failure, Record

_NLP = None  # the worker process's pipeline, built once by _init
RECYCLE = 200  # batches a worker processes before a fresh one replaces it


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
    from sitroom.pipeline import process

    return list(process(batch, _NLP, batch_size=len(batch), seconds=seconds))


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
    ctx = mp.get_context("spawn")  # a clean interpreter per worker: no inherited threads or locks

    def pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                                      initargs=(nlp_options,), max_tasks_per_child=RECYCLE)

    executor = pool()
    try:
        # one call per worker, submitted together: the pool starts a process for each call that
        # finds none idle, so every worker loads its model at once instead of one after another
        for started in [executor.submit(_ready) for _ in range(workers)]:
            started.result()
    except BrokenProcessPool:
        # a worker could not build the pipeline (a bad --actors file ...): say why, once, here
        executor.shutdown(cancel_futures=True)
        from sitroom.nlp import build

        build(nlp_options)
        raise RuntimeError("worker processes could not start; run with --workers 1") from None
    pending: deque = deque()

    def submit() -> bool:
        batch = list(islice(it, batch_size))
        if batch:
            pending.append((batch, executor.submit(_work, batch, seconds)))
        return bool(batch)

    try:
        while len(pending) < 2 * workers and submit():
            pass
        while pending:
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # every batch still in flight died with the pool: report them, start a new pool
                lost = [batch] + [b for b, _ in pending]
                pending.clear()
                executor.shutdown(cancel_futures=True)
                executor = pool()
                results = [r for b in lost for r in _lost(b, "it was killed or ran out of memory")]
            submit()
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

        yield from process(stream, nlp_factory(), batch_size=batch_size, seconds=seconds)
    else:
        yield from process_parallel(stream, nlp_options, workers=workers, batch_size=batch_size,
                                    seconds=seconds)
