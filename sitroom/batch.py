"""Batch mode: the same pipeline over a large input, on this machine or on a Ray cluster.

    sitroom batch --engine ray|local INPUT... (--db URL | --out DIR)

Input is what ``sitroom ingest`` reads (files, folders, JSON Lines, CSV) plus Parquet files with
one article per row (``text``, optional ``title``, ``date``, ``url``, ``authors``). The driver
reads the input as a stream and hands it on in chunks of ``CHUNK`` articles:

- ``local``: worker processes on this machine (``sitroom.parallel``);
- ``ray``: a Ray Data dataset per chunk, ``map_batches`` over a callable class so that each Ray
  actor builds the pipeline once (an existing engine: Ray schedules, retries and spreads the
  actors over the cluster that ``ray.init`` finds, or a local one).

Results go to the store (``--db``: one writer, the driver, exactly as ``sitroom ingest``) and/or
to Parquet (``--out``: one file per chunk, each row a document id, its source, the
``sitroom/document@1`` JSON and any failure). A re-run skips every document already in the store
or in ``--out``, so a run that was killed finishes the rest only. Ray and pyarrow come with the
``batch`` extra: ``pip install 'sitroom[batch]'``.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sitroom.errors import ConfigError
from sitroom.model import Article, Failure, Record

CHUNK = 2000  # articles per Ray dataset / Parquet file


@dataclass(frozen=True)
class BatchOptions:
    """What ``sitroom batch`` was asked to do."""

    engine: str = "local"  # local or ray
    db: str | None = None
    out: str | None = None
    workers: int = 0  # local: processes (0 one per core); ray: actors (0 one per CPU Ray offers)
    batch_size: int = 32


def _need(module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigError(f"sitroom batch needs {module.split('.')[0]}; pip install 'sitroom[batch]'") from None


def read_inputs(paths: Iterable[str], read_options) -> Iterator[Article | Failure]:
    """Articles from every input: Parquet files row by row, everything else as ``ingest`` reads it."""
    from sitroom.ingest import read
    from sitroom.ingest.batch import row_article
    from sitroom.ingest.options import ReadError

    others: list[str] = []
    for path in paths:
        if str(path).endswith(".parquet"):
            pq = _need("pyarrow.parquet")
            for number, row in enumerate(
                    (r for b in pq.ParquetFile(path).iter_batches(batch_size=256) for r in b.to_pylist()),
                    start=1):
                try:
                    yield row_article(row, f"{path}#{number}", "parquet", read_options)
                except ReadError as exc:
                    yield Failure(f"{path}#{number}", f"{path} row {number} {exc}")
        else:
            others.append(path)
    if others:
        yield from read(others, read_options)


def done_ids(options: BatchOptions, store) -> set[str]:
    """Documents finished by an earlier run: in every place asked for (the store, the Parquet files
    under ``--out``); a run killed inside a chunk has stored some documents but written no Parquet
    file for them yet, so with both those are done again (the store keeps them unchanged)."""
    found: list[set[str]] = []
    if store is not None:
        found.append({r["id"] for r in store.rows("SELECT id FROM documents")})
    if options.out:
        files = sorted(Path(options.out).glob("part-*.parquet")) if Path(options.out).is_dir() else []
        parquet: set[str] = set()
        if files:
            pq = _need("pyarrow.parquet")
            for f in files:
                parquet |= {i for i in pq.read_table(f, columns=["id"]).column("id").to_pylist() if i}
        found.append(parquet)
    return set.intersection(*found) if found else set()


class RecordMaker:
    """A Ray actor's work: build the pipeline once, turn batches of articles into records."""

    def __init__(self, nlp_options) -> None:
        from sitroom.nlp import build

        self.nlp = build(nlp_options)

    def __call__(self, batch: dict) -> dict:
        from sitroom.pipeline import process

        items = [pickle.loads(b) for b in batch["item"]]
        results = list(process(items, self.nlp, batch_size=len(items) or 1))
        return {"result": [pickle.dumps(r) for r in results]}


def _ray_results(chunk: list[Article | Failure], nlp_options, options: BatchOptions) -> Iterator[Record | Failure]:
    ray = _need("ray")
    if not ray.is_initialized():
        import logging

        ray.init(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
        ray.data.DataContext.get_current().enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    actors = options.workers or max(1, cpus)
    ds = ray.data.from_items([{"item": pickle.dumps(a)} for a in chunk])
    ds = ds.map_batches(RecordMaker, fn_constructor_args=(nlp_options,), batch_size=options.batch_size,
                        concurrency=min(actors, max(1, len(chunk) // options.batch_size or 1)),
                        num_cpus=1, batch_format="default")
    # ordered: the same documents in the same order as the input, like `sitroom ingest`
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    for row in ds.iter_rows():
        yield pickle.loads(row["result"])


def _local_results(chunk: list[Article | Failure], nlp_options, options: BatchOptions) -> Iterator[Record | Failure]:
    from sitroom.nlp import build
    from sitroom.parallel import process_auto

    yield from process_auto(chunk, lambda: build(nlp_options), nlp_options,
                            workers=options.workers, batch_size=options.batch_size)


def _write_parquet(out: Path, part: int, results: list[Record | Failure]) -> None:
    pa, pq = _need("pyarrow"), _need("pyarrow.parquet")
    from sitroom.export.contract import document

    def row(r: Record | Failure) -> dict:
        if isinstance(r, Failure):
            return {"id": None, "source": r.source, "document": None, "failure": r.reason}
        return {"id": r.id, "source": r.article.source,
                "document": json.dumps(document(r), ensure_ascii=False), "failure": None}

    table = pa.Table.from_pylist([row(r) for r in results],
                                 schema=pa.schema([(c, pa.string()) for c in ("id", "source", "document", "failure")]))
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".part-{part:06d}.parquet.tmp"
    pq.write_table(table, tmp)
    tmp.rename(out / f"part-{part:06d}.parquet")  # a killed run never leaves half a file


def run_batch(paths: Iterable[str], options: BatchOptions, read_options, nlp_options,
              notify: Callable[[str, object], None]) -> None:
    """Process every input not done before; ``notify(outcome, item)`` as ``ingest`` does."""
    if options.engine not in ("local", "ray"):
        raise ConfigError(f"unknown engine {options.engine!r}; use local or ray")
    if not options.db and not options.out:
        raise ConfigError("say where results go: --db URL (a store) and/or --out DIR (Parquet)")
    from contextlib import nullcontext

    from sitroom.analyze.crossdoc import link
    from sitroom.store import open_store

    results_of = _ray_results if options.engine == "ray" else _local_results
    with (open_store(options.db) if options.db else nullcontext()) as store:
        done = done_ids(options, store)
        stored = False
        part = len(list(Path(options.out).glob("part-*.parquet"))) if options.out and Path(options.out).is_dir() else 0
        stream = iter(read_inputs(paths, read_options))
        while chunk := list(islice(stream, CHUNK)):
            todo = []
            for item in chunk:
                if isinstance(item, Article) and item.id in done:
                    notify("unchanged", item)
                else:
                    todo.append(item)
            if not todo:
                continue
            results = []
            for r in results_of(todo, nlp_options, options):  # stored as they come: a kill loses little
                results.append(r)
                if isinstance(r, Failure):
                    if store is not None:
                        store.add_failure(r)
                    notify("failed", r)
                    continue
                outcome = "stored"
                if store is not None:
                    outcome = store.write(r)
                    if outcome == "stored":
                        link(store, r)
                        stored = True
                done.add(r.id)
                notify(outcome, r)
            if options.out:
                _write_parquet(Path(options.out), part, results)
                part += 1
        if stored:
            from sitroom.analyze.identity import link_surnames

            link_surnames(store)  # as `sitroom ingest` does: "Obama" alone, on the store's evidence
