"""Hostile inputs (tests/hostile.py): each becomes an Article or a one-line Failure, fast and small;
good files beside them are all stored; a batch always finishes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from hostile import GOOD, write_corpus

from sitroom.ingest import ReadOptions, read
from sitroom.ingest.sniff import binary_kind
from sitroom.ingest_run import IngestOptions, ingest_articles
from sitroom.model import Article, Failure
from sitroom.nlp import NlpOptions, add_components
from sitroom.store import open_store


def _read_peak_kib(folder) -> int:
    """The peak memory (KiB) of reading ``folder`` in a fresh process: the reading's own, not the
    whole test session's (whose models and caches, loaded by earlier tests, stand near 1 GiB). The
    high-water mark of the new process's memory (``VmHWM``): Linux carries ``ru_maxrss`` over from
    the forking parent, so it would report the session's peak again."""
    code = ("import re, resource, sys; from pathlib import Path; from sitroom.ingest import ReadOptions, read; "
            "list(read([Path(sys.argv[1])], ReadOptions(seconds=30))); "
            "status = Path('/proc/self/status'); "
            "hwm = status.exists() and re.search(r'VmHWM:\\s*(\\d+)', status.read_text()); "
            "print(hwm.group(1) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                          timeout=120, cwd=root, env=env, check=True)
    return int(done.stdout.split()[-1])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder)
    yield folder
    (folder / "locked").chmod(0o755)


def blank():
    return add_components(spacy.blank("en"), NlpOptions(components=()))


def test_every_hostile_file_is_read_or_refused_in_one_line(corpus):
    start = time.monotonic()
    items = list(read([corpus], ReadOptions(seconds=30)))
    assert time.monotonic() - start < 60
    sources = [i.source for i in items]
    for item in items:
        if isinstance(item, Failure):
            assert "\n" not in item.reason and item.reason.startswith(item.source.split("#")[0]), item
    failed = {os.path.basename(i.source.split("#")[0]) for i in items if isinstance(i, Failure)}
    assert {"a-fifo.txt", "attributes.html", "zip-bomb.txt.gz", "zip-bomb-named.txt", "nul.txt",
            "pdf-broken.pdf", "empty.txt"} <= failed
    # texts that start like BMP or EXE magic bytes are articles
    magic = [i for i in items if i.source.endswith(("bmw.txt", "again.txt", "mz.txt"))]
    assert len(magic) == 2 and all(isinstance(i, Article) for i in magic)
    # a symlink loop is walked once; the file a second link points at is read once
    assert sum(s.endswith("inside.txt") for s in sources) == 1
    assert sum(s.endswith(("bmw.txt", "again.txt")) for s in sources) == 1
    # an undecodable file name and markup-like characters are kept, printable
    assert any("caf\\xe9" in s for s in sources) and any("[/red]" in s for s in sources)
    # impossible dates are unknown, not stored as given; javascript: URLs are dropped
    by_name = {os.path.basename(i.source): i for i in items if isinstance(i, Article)}
    assert by_name["date-zero.md"].published is None and by_name["date-far.md"].published is None
    assert all(i.url is None for i in items if isinstance(i, Article))
    assert _read_peak_kib(corpus) < 1024 * 1024  # KiB: the reading's own peak under 1 GiB


def test_a_batch_of_hostile_and_good_files_finishes_and_stores_every_good_one(corpus, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    for n in range(5):
        (good / f"good{n}.txt").write_text(f"{GOOD} Report number {n} from the province.")
    store, seen = open_store(tmp_path / "s.db"), []
    ingest_articles(read([good / "good0.txt", corpus, good]), store, blank(),
                    IngestOptions(progress=False, batch_size=32, seconds=30),
                    lambda outcome, item: seen.append((outcome, item)))
    stored = {i.article.source if hasattr(i, "article") else i.source for o, i in seen if o == "stored"}
    assert {str(good / f"good{n}.txt") for n in range(5)} <= stored
    failures = [i for o, i in seen if o == "failed"]
    assert len(store.failures(1000)) == len(failures) > 5
    # failures were reported as they were met: the first one before any document was stored
    first_fail = next(n for n, (o, _) in enumerate(seen) if o == "failed")
    assert first_fail < [o for o, _ in seen].index("stored") + 2


def test_a_long_run_without_spaces_is_refused_quickly():
    from sitroom.pipeline import process

    start = time.monotonic()
    [out] = list(process([Article("x" * 300_000, "blob.txt")], blank()))
    assert isinstance(out, Failure) and "without a space" in out.reason
    assert time.monotonic() - start < 5


def test_a_folder_that_cannot_be_listed_is_a_failure_and_the_walk_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD + " Second.")
    real = os.scandir

    def refuse(path):
        if str(path).endswith("/a"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    items = list(read([tmp_path]))
    assert isinstance(items[0], Failure) and "cannot be listed" in items[0].reason
    assert isinstance(items[1], Article) and items[1].source.endswith("b.txt")


@pytest.mark.parametrize("text", [b"BMW sold more cars in 2020.", b"MZ motorcycles were made in Saxony.",
                                  b"ID3 is a tag format.", b"BZh said the minister."])
def test_text_that_starts_like_magic_bytes_is_text(text):
    assert binary_kind(text) is None


def test_a_pdf_that_trips_pypdf_limits_is_a_failure(tmp_path, monkeypatch):
    import pypdf
    from ingest_support import make_pdf
    from pypdf.errors import LimitReachedError

    def bomb(self):
        raise LimitReachedError("Limit reached while decompressing")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", lambda self, *a, **k: bomb(self))
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdf([["Some text on a page."]]))
    [item] = list(read([path]))
    assert isinstance(item, Failure) and "compression bomb" in item.reason


def test_an_unforeseen_reader_error_is_a_failure_and_the_batch_goes_on(tmp_path, monkeypatch):
    import sitroom.ingest as ingest

    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD + " Second.")

    def explode(data, source, fmt, options):
        if source.endswith("a.txt"):
            raise MemoryError("boom")
        return real(data, source, fmt, options)

    real = ingest.read_text
    monkeypatch.setattr(ingest, "read_text", explode)
    items = list(read([tmp_path]))
    assert isinstance(items[0], Failure) and "MemoryError" in items[0].reason
    assert isinstance(items[1], Article)


def test_a_fifo_and_a_device_are_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        [item] = list(read([path]))
        assert isinstance(item, Failure) and "not a file" in item.reason


@pytest.mark.parametrize("value", ["2021-02-30", "9999-12-31", "0001-01-01", "garbage"])
def test_an_impossible_published_option_is_refused_before_anything_is_read(tmp_path, value):
    from click.testing import CliRunner

    from sitroom.cli import main

    (tmp_path / "a.txt").write_text(GOOD)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"),
                                       "--published", value, "-q"])
    assert result.exit_code == 2 and "not a real date" in result.output
    assert not (tmp_path / "s.db").exists()


def test_an_impossible_date_from_the_api_is_a_failure_not_half_stored(tmp_path):
    store, seen = open_store(tmp_path / "s.db"), []
    items = [Article(GOOD, "a", published="0001-01-01"), Article(GOOD + " Two.", "b", published="2021-03-01")]
    ingest_articles(items, store, blank(), IngestOptions(progress=False), lambda o, i: seen.append(o))
    assert seen == ["failed", "stored"] and store.stats()["documents"] == 1


def test_a_new_date_on_a_stored_article_updates_it(tmp_path):
    store, seen = open_store(tmp_path / "s.db"), []
    for date in ("2021-03-01", "2021-03-01", "2022-04-05", None):
        ingest_articles([Article(GOOD, "a", published=date)], store, blank(), IngestOptions(progress=False),
                        lambda o, i: seen.append(o))
    assert seen == ["stored", "unchanged", "updated", "unchanged"]
    assert [r.published for r in store.documents()] == ["2022-04-05"]
    assert store.search("Kunduz")[0]["published"] == "2022-04-05"
