"""--workers N: every core, one model per worker, the same records as one process, in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import sitroom

from sitroom.model import Article, Failure

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model


def _articles(n: int) -> list[Article | Failure]:
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    out: list[Article | Failure] = []
    for i in range(n):
        body = texts[i % len(texts)].split("\n\n", 3)[-1][: 1500 + 97 * i]
        out.append(Article(text=f"Report {i}. {body}", source=f"r{i}.txt", published=f"2021-08-{1 + i % 28:02d}"))
        if i == 3:
            out.append(Failure("bad.bin", "bad.bin is a binary file; convert it to text"))
    return out


def test_workers_give_the_records_of_one_process_in_input_order(real_nlp):
    from sitroom.nlp import NlpOptions
    from sitroom.parallel import process_parallel
    from sitroom.pipeline import process

    items = _articles(9)
    one = list(process(items, real_nlp, batch_size=2))
    two = list(process_parallel(items, NlpOptions(), workers=2, batch_size=2))
    assert [getattr(r, "source", None) or r.article.source for r in two] == \
        [getattr(r, "source", None) or r.article.source for r in one]
    assert two == one  # records are frozen dataclasses: equal means every fact and offset


def test_ingest_with_two_workers_stores_what_one_worker_stores(tmp_path):
    rows = [{"title": a.source, "date": a.published, "text": a.text}
            for a in _articles(12) if isinstance(a, Article)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    exports = []
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        r = sitroom("ingest", "--db", db, "--workers", workers, "--batch-size", "2", "-q", str(batch))
        assert r.returncode == 0, r.stderr
        assert "12 stored" in r.stdout + r.stderr
        out = sitroom("export", "--db", db)
        exports.append(sorted(out.stdout.splitlines()))
    assert exports[0] == exports[1] and len(exports[0]) == 12


# a pipeline without the trained model: these tests check the worker pool, not the facts
_SMALL = dict(model="blank:en", components=("sitroom_timexes", "sitroom_quantities"))


def _small_articles(n: int, kill: int | None = None) -> list[Article]:
    return [Article(text=f"On Monday {i + 2} people were killed, police said." + (" KILL" if i == kill else ""),
                    source=f"a{i}.txt", published="2021-03-03") for i in range(n)]


def test_workers_share_the_pipeline_the_parent_built_once(tmp_path, monkeypatch):
    """Workers are forks of a parent that built the pipeline: no worker loads the model again,
    not even the fresh workers that replace them after RECYCLE batches."""
    import spacy

    import sitroom.parallel as parallel
    from sitroom.nlp import build
    from sitroom.nlp_options import NlpOptions

    if not parallel._forking():
        pytest.skip("this system cannot fork: each worker builds its own pipeline")
    loads = tmp_path / "loads"
    real_load = spacy.load

    def counted_load(*args, **kwargs):
        with loads.open("a") as fh:
            fh.write("load\n")
        return real_load(*args, **kwargs)

    monkeypatch.setattr(spacy, "load", counted_load)
    monkeypatch.setattr(parallel, "RECYCLE", 1)
    options = NlpOptions(**_SMALL, config=(("sitroom_timexes", ()),))  # not cached by another test
    items = _small_articles(7)
    two = list(parallel.process_parallel(items, options, workers=2, batch_size=1))
    assert loads.read_text().count("load") == 1
    assert two == list(parallel._process(items, build(options)))


def test_a_killed_worker_fails_its_batch_and_the_run_goes_on(monkeypatch):
    import os

    import sitroom.parallel as parallel
    from sitroom.model import Record
    from sitroom.nlp_options import NlpOptions

    if not parallel._forking():
        pytest.skip("this system cannot fork: the test's killer cannot reach a spawned worker")
    real_process = parallel._process

    def killing_process(batch, nlp, seconds=None):
        if any("KILL" in a.text for a in batch):
            os._exit(1)  # as the kernel's out-of-memory killer would
        return real_process(batch, nlp, seconds)

    monkeypatch.setattr(parallel, "_process", killing_process)
    out = list(parallel.process_parallel(_small_articles(12, kill=5), NlpOptions(**_SMALL), workers=2, batch_size=1))
    assert [getattr(r, "source", None) or r.article.source for r in out] == [f"a{i}.txt" for i in range(12)]
    assert isinstance(out[5], Failure) and "stopped" in out[5].reason and "--workers 1" in out[5].reason
    # batches in flight with it die with it; those before and after are analysed
    assert all(isinstance(r, Record) for r in out[:2] + out[-3:])


def test_the_parent_reads_the_fuzzy_place_names_once_for_every_worker(monkeypatch):
    """The gazetteer's pool of names for misspelt places (324,000 names) and the town names are
    read before the workers are forked, so that no worker reads them again."""
    import sitroom.parallel as parallel
    from sitroom.components.actor_ents import _city_names
    from sitroom.resolve.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    gazetteer._fuzzy.cache_clear()
    _city_names.cache_clear()
    monkeypatch.setattr(gazetteer, "_pool", None)
    monkeypatch.setattr("sitroom.nlp.build", lambda options: None)
    monkeypatch.setattr(parallel, "_process", lambda batch, nlp, seconds=None: [])
    parallel._warm(None)
    assert gazetteer._pool
    assert _city_names.cache_info().currsize == 1
