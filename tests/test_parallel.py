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
