"""Ingestion as a whole: read, skip what is stored, process, store, count; with progress.

Whatever goes wrong with one input (reading, analysing or storing it) becomes a ``Failure`` row
and a printed line at once, and the batch goes on. Read failures are stored and shown as they
are met, not after the spaCy batch they would have joined.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from sitroom.ingest.metadata import FIRST_YEAR, LAST_YEAR, iso_date
from sitroom.limits import one_line
from sitroom.model import Article, Failure, Record

__all__ = ["IngestOptions", "ingest_articles", "run_ingest"]


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
    seconds: float | None = None  # time limit per document (settings.doc_seconds); None: none


def ingest_articles(items: Iterable[Article | Failure], store, nlp, options: IngestOptions,
                    notify: Callable[[str, Article | Record | Failure], None],
                    nlp_options=None) -> None:
    """Store what ``items`` hold, calling ``notify(outcome, item)`` for each document.

    Outcomes are 'stored', 'unchanged' (already in the store: never reprocessed), 'updated'
    (already stored with another publication date: analysed again against the new date and
    replaced) and 'failed'.
    With ``nlp`` None, the pipeline is built from ``nlp_options``: in this process, or once in
    each of ``options.workers`` worker processes when the input is long (``sitroom.parallel``).
    """
    from sitroom.analyze.crossdoc import link
    from sitroom.parallel import process_auto

    replacing: set[str] = set()

    def fail(failure: Failure) -> None:
        try:
            store.add_failure(failure)
        except Exception:  # noqa: BLE001, S110 - the failure is still reported below
            pass
        notify("failed", failure)

    def fresh() -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article) and item.published is not None and iso_date(item.published) != item.published:
                item = Failure(item.source, f"{item.source} has the publication date {item.published!r}, which is "
                                            f"not a real date between {FIRST_YEAR} and {LAST_YEAR} (YYYY-MM-DD); "
                                            "correct it or leave it out")
            if isinstance(item, Failure):
                fail(item)
            elif not store.has_document(item.id):
                yield item
            elif item.published and _stored_date(store, item.id) not in (None, item.published):
                replacing.add(item.id)
                yield item
            else:
                notify("unchanged", item)

    if nlp is not None:
        from sitroom.pipeline import process

        results = process(fresh(), nlp, batch_size=options.batch_size, seconds=options.seconds)
    else:
        results = process_auto(fresh(), lambda: _build(nlp_options), nlp_options,
                               workers=options.workers, batch_size=options.batch_size,
                               seconds=options.seconds)
    for result in results:
        if isinstance(result, Failure):
            fail(result)
            continue
        try:
            if result.article.id in replacing:
                store.replace(result)
                outcome = "updated"
            else:
                outcome = store.write(result)
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            source = result.article.source
            fail(Failure(source, f"{source}: could not be stored ({one_line(exc)}); "
                                 "please report it", "store"))
            continue
        if outcome in ("stored", "updated"):
            try:
                link(store, result)
            except Exception as exc:  # noqa: BLE001 - stored all the same; only the cross-links are missing
                source = result.article.source
                store.add_failure(Failure(source, f"{source}: stored, but not linked to reports of the same "
                                                  f"events ({one_line(exc)}); please report it", "link"))
        notify(outcome, result)


def _build(nlp_options):
    """The pipeline in this process (imports spaCy only when the input stays in this process)."""
    from sitroom.nlp import build

    return build(nlp_options)


def _stored_date(store, doc_id: str) -> str | None:
    rows = store.rows("SELECT published FROM documents WHERE id = ?", (doc_id,))
    return rows[0]["published"] if rows else None


def run_ingest(paths: Iterable[str], db: str, options: IngestOptions, console: Console) -> Counter:
    """The ``sitroom ingest`` command: returns the count of each outcome."""
    from sitroom.ingest import ReadOptions, read
    from sitroom.nlp_options import NlpOptions  # not sitroom.nlp: workers import spaCy, the parent need not
    from sitroom.store import open_store

    nlp_options = NlpOptions(actors_file=options.actors_file)
    read_options = ReadOptions(published=options.published, password=options.password,
                               max_bytes=options.max_bytes, seconds=options.seconds)
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
                elif outcome == "updated":
                    article = item.article if isinstance(item, Record) else item
                    progress.console.print(Text(f"updated: {article.source} (new publication date "
                                                f"{article.published}; facts re-dated)"), soft_wrap=True)
                progress.update(task, advance=1, description=_summary(counts))

            ingest_articles(read(paths, read_options), store, None, options, notify, nlp_options)
        if counts.get("stored"):
            from sitroom.analyze.identity import link_surnames

            link_surnames(store)  # "Trump" alone: Donald Trump, on the store's evidence
    console.print(Text(f"{_summary(counts)} -> {db}"))
    return counts


def _summary(counts: Counter) -> str:
    keys = ("stored", "updated", "unchanged", "failed") if counts.get("updated") else ("stored", "unchanged", "failed")
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in keys)
