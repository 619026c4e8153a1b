"""sitroom batch: the same documents, entities and events as `sitroom ingest`, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import sitroom

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.model




def _input(tmp_path: Path, n: int, name: str) -> Path:
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").split("\n\n", 3)[-1] for p in seeds]
    rows = [{"title": f"Report {i}", "date": f"2021-08-{1 + i:02d}",
             "text": f"Report {i}. " + texts[i % 2][: 1200 + 150 * i]} for i in range(n)]
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _export(db: str) -> list[str]:
    r = sitroom("export", "--db", db)
    assert r.returncode == 0, r.stderr
    return sorted(r.stdout.splitlines())


def _facts(lines: list[str]) -> list[dict]:
    """Documents with everything found in them; the source file name differs by design."""
    docs = [json.loads(line) for line in lines]
    for d in docs:
        d["document"].pop("source")
    return sorted(docs, key=lambda d: d["document"]["id"])


@pytest.mark.parametrize("engine", ["local", "ray"])
def test_batch_stores_what_ingest_stores_and_a_rerun_finishes_the_rest_only(tmp_path, engine):
    if engine == "ray":
        pytest.importorskip("ray", reason="Ray is the optional 'batch' extra: pip install 'sitroom[batch]'")
    pytest.importorskip("pyarrow", reason="pyarrow comes with the optional 'batch' extra")
    full, half = _input(tmp_path, 6, "all.jsonl"), _input(tmp_path, 3, "half.jsonl")
    reference = str(tmp_path / "ingest.db")
    assert sitroom("ingest", "--db", reference, "-q", str(full)).returncode == 0

    db, out = str(tmp_path / "batch.db"), str(tmp_path / "parquet")
    first = sitroom("batch", "--engine", engine, "--db", db, "--out", out, "--workers", "2", "-q", str(half))
    assert first.returncode == 0, first.stderr
    assert "3 stored, 0 unchanged, 0 failed" in first.stdout
    # as if the first run had been killed after three documents: the re-run does the rest only
    again = sitroom("batch", "--engine", engine, "--db", db, "--out", out, "--workers", "2", "-q", str(full))
    assert again.returncode == 0, again.stderr
    assert "3 stored, 3 unchanged, 0 failed" in again.stdout
    assert _facts(_export(db)) == _facts(_export(reference))

    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == sorted(json.loads(d)["document"]["id"] for d in _export(reference))
    docs = {json.loads(d)["document"]["id"]: json.loads(d) for d in table.column("document").to_pylist()}
    ref = {json.loads(d)["document"]["id"]: json.loads(d) for d in _export(reference)}
    assert {k: len(v["events"]) for k, v in docs.items()} == {k: len(v["events"]) for k, v in ref.items()}


def test_batch_says_where_results_go():
    r = sitroom("batch", "--engine", "local", str(ROOT / "examples"))
    assert r.returncode == 2 and "--db" in r.stderr and "Traceback" not in r.stderr


def test_batch_joins_a_lone_surname_to_the_person_as_ingest_does(tmp_path):
    pytest.importorskip("pyarrow", reason="pyarrow comes with the optional 'batch' extra")
    rows = [{"title": "Talks in Berlin", "date": "2016-11-17",
             "text": "President Barack Obama met NATO leaders in Berlin on Thursday to discuss Russia."},
            {"title": "Summit in Brussels", "date": "2016-11-18",
             "text": "Barack Obama told NATO allies in Brussels on Friday that the alliance would stand firm."},
            {"title": "Leaders meet again", "date": "2016-11-19",
             "text": "Obama praised NATO again on Saturday before flying home."}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    reference, db = str(tmp_path / "ingest.db"), str(tmp_path / "batch.db")
    assert sitroom("ingest", "--db", reference, "-q", str(path)).returncode == 0
    assert sitroom("batch", "--engine", "local", "--db", db, "--workers", "1", "-q", str(path)).returncode == 0
    ref = _facts(_export(reference))
    last = next(d for d in ref if d["document"]["title"] == "Leaders meet again")
    assert "person:barack-obama" in {e["id"] for e in last["entities"]}  # ingest joined "Obama"
    assert _facts(_export(db)) == ref


def test_a_document_is_done_only_when_it_is_in_every_place_asked_for(tmp_path):
    from sitroom.batch import BatchOptions, done_ids

    class Store:  # documents a killed run had stored before it wrote its chunk's Parquet file
        def rows(self, sql):
            return [{"id": "a"}, {"id": "b"}]

    assert done_ids(BatchOptions(engine="local", db="x.db", out=None), Store()) == {"a", "b"}
    out = tmp_path / "parquet"
    assert done_ids(BatchOptions(engine="local", db="x.db", out=str(out)), Store()) == set()
