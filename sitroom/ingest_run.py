"""Ingestion as a whole: read, skip what is stored, process, store, count; with progress."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from sitroom.model import Article, Failure, Record


@dataclass(frozen=True)
class IngestOptions:
    """What ``sitroom ingest`` was asked to do."""

    published: str | None = None
    password: str | None = None
    max_bytes: int = 25 * 1024 * 1024
    batch_size: int = 32
    actors_file: str | None = None
    progress: bool = True
    workers: int = 0  # worker processes; 0: one per core (small inputs stay in this process)


def ingest_articles(items: Iterable[Article | Failure], store, nlp, options: IngestOptions,
                    notify: Callable[[str, Article | Record | Failure], None],
                    nlp_options=None) -> None:
    """Store what ``items`` hold, calling ``notify(outcome, item)`` for each document.

    Outcomes are 'stored', 'unchanged' (already in the store: never reprocessed) and 'failed'.
    With ``nlp`` None, the pipeline is built from ``nlp_options``: in this process, or once in
    each of ``options.workers`` worker processes when the input is long (``sitroom.parallel``).
    """
    from sitroom.analyze.crossdoc import link
    from sitroom.parallel import process_auto
    from sitroom.pipeline import process

    def fresh() -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article) and store.has_document(item.id):
                notify("unchanged", item)
            else:
                yield item

    if nlp is not None:
        results = process(fresh(), nlp, batch_size=options.batch_size)
    else:
        from sitroom.nlp import build

        results = process_auto(fresh(), lambda: build(nlp_options), nlp_options,
                               workers=options.workers, batch_size=options.batch_size)
    for result in results:
        if isinstance(result, Failure):
            store.add_failure(result)
            notify("failed", result)
        else:
            try:
                outcome = store.write(result)
                if outcome == "stored":
                    link(store, result)
            except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
                failure = Failure(result.article.source, f"{result.article.source}: could not be "
                                  f"stored ({type(exc).__name__}: {exc}); please report it", "store")
                store.add_failure(failure)
                notify("failed", failure)
                continue
            notify(outcome, result)


def run_ingest(paths: Iterable[str], db: str, options: IngestOptions, console: Console) -> Counter:
    """The ``sitroom ingest`` command: returns the count of each outcome."""
    from sitroom.ingest import ReadOptions, read
    from sitroom.nlp import NlpOptions
    from sitroom.store import open_store

    nlp_options = NlpOptions(actors_file=options.actors_file)
    read_options = ReadOptions(published=options.published, password=options.password,
                               max_bytes=options.max_bytes)
    counts: Counter = Counter()
    with open_store(db) as store:
        progress = Progress(SpinnerColumn(), TextColumn("[bold]ingesting[/bold]"), BarColumn(),
                            TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                            TextColumn("{task.description}"), console=console,
                            disable=not options.progress, transient=False)
        with progress:
            task = progress.add_task("", total=None)

            def notify(outcome: str, item: Article | Record | Failure) -> None:
                counts[outcome] += 1
                if isinstance(item, Failure):
                    # the reason names the file: print it as written, never as markup
                    progress.console.print(Text.assemble(("failed: ", "red"), item.reason),
                                           soft_wrap=True)
                progress.update(task, advance=1, description=_summary(counts))

            ingest_articles(read(paths, read_options), store, None, options, notify, nlp_options)
        if counts.get("stored"):
            from sitroom.analyze.identity import link_surnames

            link_surnames(store)  # "Trump" alone: Donald Trump, on the store's evidence
    console.print(Text(f"{_summary(counts)} -> {db}"))
    return counts


def _summary(counts: Counter) -> str:
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in ("stored", "unchanged", "failed"))
