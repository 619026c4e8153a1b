"""End to end through the CLI: ingest the examples, export the contract, re-ingest, bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitroom.cli import main

from conftest import EXAMPLES, need_shared

pytestmark = pytest.mark.model

TITLES = {
    "2013-09-03": "NATO's Afghan draw-down stokes Kremlin's fears of clash with US",
    "2021-08-01": "Russia conducts military drills in Central Asia and China as US completes "
                  "troop withdrawal from Afghanistan",
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("cli") / "seeds.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--quiet", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return db


def export(db: str) -> list[dict]:
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_export_validates_against_the_contract(seeded):
    import jsonschema

    schema = json.loads(need_shared("contract", "document.schema.json").read_text())
    docs = export(seeded)
    assert len(docs) == 2
    for doc in docs:
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
        assert not errors, errors[0].message


def test_seed_metadata_and_cleaning(seeded):
    docs = {d["document"]["published"]: d["document"] for d in export(seeded)}
    assert set(docs) == set(TITLES)
    for published, doc in docs.items():
        assert doc["title"] == TITLES[published]
        assert doc["authors"] == ["Clara Weiss"]
        text = doc["text"]
        assert "\\$" not in text and "*Vzglyad*" not in text
        assert "wsws.org/contact" not in text and "To contact" not in text
        assert not text.startswith("#") and TITLES[published] not in text[:200]
    assert "Kyrgyzstan, Uzbekistan and Tajikistan have supported" in docs["2013-09-03"]["text"]
    assert "$200 million" in docs["2013-09-03"]["text"]
    assert "between the two militaries," in docs["2021-08-01"]["text"]


def test_offsets_point_at_their_text(seeded):
    for doc in export(seeded):
        text = doc["document"]["text"]
        for kind in ("entities", "places"):
            for item in doc[kind]:
                for m in item["mentions"]:
                    assert text[m["start"]:m["end"]] == m["text"]
        for kind in ("quantities", "timexes", "quotes"):
            for item in doc[kind]:
                assert text[item["start"]:item["end"]] == item["text"]
        for ev in doc["events"]:
            s = ev["sentence"]
            assert text[s["start"]:s["end"]] == s["text"]


def test_reingesting_changes_no_count(seeded):
    runner = CliRunner()
    before = runner.invoke(main, ["stats", "--db", seeded, "--format", "json"]).output
    result = runner.invoke(main, ["ingest", "--db", seeded, "--quiet", str(EXAMPLES)])
    assert result.exit_code == 0
    assert "0 stored, 2 unchanged, 0 failed" in result.output
    assert runner.invoke(main, ["stats", "--db", seeded, "--format", "json"]).output == before


def test_a_bad_file_fails_alone_and_the_exit_code_says_so(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text("Russia and China held joint drills in Ningxia on Monday.\n")
    (folder / "empty.txt").write_text("")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--quiet", str(folder)])
    assert result.exit_code == 1
    assert "1 stored, 0 unchanged, 2 failed" in result.output
    rows = json.loads(CliRunner().invoke(main, ["failures", "--db", db, "--format", "json"]).output)
    assert {r["source"].rsplit("/", 1)[-1] for r in rows} == {"empty.txt", "image.png"}
    assert all("\n" not in r["reason"] for r in rows)


def test_conflicts_json_is_a_list(seeded):
    result = CliRunner().invoke(main, ["conflicts", "--db", seeded, "--format", "json"])
    assert result.exit_code == 0
    assert isinstance(json.loads(result.output), list)


def test_user_actors_file_is_merged_over_the_dictionary(tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - {key: zorbek-front, name: Zorbek Liberation Front, "
                      "kind: armed_group, country: TJK, variants: [ZLF, Zorbek Front]}\n")
    text = tmp_path / "a.txt"
    text.write_text("The ZLF attacked a convoy near Dushanbe on Monday, officials said.\n")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--quiet", "--actors", str(actors),
                                       "--published", "2021-08-02", str(text)])
    assert result.exit_code == 0, result.output
    doc = export(db)[0]
    zlf = [e for e in doc["entities"] if e["id"] == "zorbek-front"]
    assert zlf and zlf[0]["kind"] == "armed_group" and zlf[0]["country"] == "TJK"
