"""What the CLI prints, on hand-made stores (no model): text verbatim, dates structured, errors
on one line, no store created by reading."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_records import entity, event, sentences

from sitroom.cli import main
from sitroom.model import Article, Record
from sitroom.store import open_store

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("[t]he new reality is that 5,000 [troops] crossed the border. "
        "Russia sent troops to Tajikistan [/b] on 5 August. [bold]Nothing[/bold] else happened.")
TITLE = "Markup [/b] in a title, [red]red[/red] and :smile:"
RUS = ("RUS", "Russia", "country", "RUS")
TJK = ("TJK", "Tajikistan", "country", "TJK")


@pytest.fixture(scope="module")
def brackets(tmp_path_factory) -> tuple[str, Record]:
    db = str(tmp_path_factory.mktemp("cli-out") / "brackets.db")
    art = Article(text=TEXT, source="brackets.txt", title=TITLE, published="2021-08-06")
    rec = Record(article=art,
                 entities=(entity(RUS, TEXT, "Russia"), entity(TJK, TEXT, "Tajikistan")),
                 events=(event(art.id, TEXT, "sent", "MOBILIZE", ["RUS"], ["TJK"],
                               ("2021-08-05", "2021-08-05")),
                         event(art.id, TEXT, "crossed", "MOBILIZE", [], [], (None, "2021-08-01"))),
                 sentences=sentences(TEXT))
    with open_store(db) as store:
        store.write(rec)
    return db, rec


def run(*args: str, width: int = 80) -> tuple[int, str]:
    result = CliRunner(env={"COLUMNS": str(width)}).invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_documents_prints_a_title_with_markup_verbatim(brackets):
    db, _ = brackets
    code, out = run("documents", "--db", db, width=200)
    assert code == 0, out
    assert TITLE in out


def test_show_prints_text_verbatim_and_keeps_the_sentence_readable_at_80_columns(brackets):
    db, rec = brackets
    code, out = run("show", "--db", db, rec.article.id[:8])
    assert code == 0, out
    flat = " ".join(out.split())
    for piece in ("[t]he new reality", "5,000 [troops]", "Tajikistan [/b] on 5 August",
                  TITLE):
        assert piece in flat, piece
    lines = out.splitlines()
    # the sentence keeps the terminal's width instead of a squeezed column
    assert any("Russia sent troops to Tajikistan [/b] on 5 August." in ln for ln in lines), out
    assert max(len(ln.rstrip()) for ln in lines) <= 80


def test_an_open_range_is_written_one_way(brackets):
    db, rec = brackets
    _, shown = run("show", "--db", db, rec.article.id[:8])
    _, listed = run("timeline", "--db", db, "--unshown")  # the open-range event has no party
    for out in (shown, listed):
        assert "… – 2021-08-01" in out
        for other in ("? – ", "None – ", "until ", "from 2021"):
            assert other not in out


def test_timeline_json_and_csv_give_iso_dates_and_named_offsets(brackets):
    db, rec = brackets
    code, out = run("timeline", "--db", db, "--format", "json", "--unshown")
    assert code == 0, out
    rows = json.loads(out)
    sent = next(r for r in rows if r["type"] == "MOBILIZE" and r["actor_ids"] == ["RUS"])
    assert (sent["date_start"], sent["date_end"], sent["precision"]) == ("2021-08-05", "2021-08-05", "day")
    assert "start" not in sent and "end" not in sent and "date" not in sent
    assert TEXT[sent["sentence_start"]:sent["sentence_end"]] == sent["sentence"]
    open_row = next(r for r in rows if r["date_start"] is None)
    assert open_row["date_end"] == "2021-08-01"
    code, out = run("timeline", "--db", db, "--format", "csv", "--unshown")
    table = list(csv.DictReader(io.StringIO(out)))
    assert {"date_start", "date_end", "precision", "sentence_start", "sentence_end"} <= set(table[0])
    assert {r["date_start"] for r in table} == {"2021-08-05", ""}


def test_from_and_start_are_the_same_option_and_bad_dates_fail_in_one_line(brackets):
    db, _ = brackets
    _, a = run("timeline", "--db", db, "--from", "2021-08-03", "--format", "json")
    _, b = run("timeline", "--db", db, "--start", "2021-08-03", "--format", "json")
    assert a == b and len(json.loads(a)) == 1
    for bad in ("2021-13", "2021-02-30", "yesterday", "21-08-01"):
        code, out = run("timeline", "--db", db, "--from", bad)
        assert code == 2
        assert out.strip().count("\n") == 0 and "--from" in out and bad in out


def test_reading_a_missing_store_says_which_file_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITROOM_DB", raising=False)
    for args in (["documents"], ["timeline"], ["stats"], ["show", "abc"]):
        code, out = run(*args)
        assert code == 2, args
        assert "sitroom.db" in out and "sitroom ingest" in out and out.strip().count("\n") == 0
    assert list(tmp_path.iterdir()) == []


def test_the_cli_starts_without_loading_spacy():
    code = ("import sys; from sitroom.cli import main; import sitroom.store;"
            " print(sorted({'spacy', 'fastapi', 'numpy'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.strip()
    assert out == "[]"  # spaCy alone took 0.85 s of the 1.2-1.8 s start-up
