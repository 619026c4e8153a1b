"""audit.changed: after a change, the judged facts that left the pool are counted by their verdict
and only the facts that changed or came new go on the judges' sheet."""

from __future__ import annotations

import json

import pytest

from audit import changed, sheet
from tests.test_audit import _doc, _event, _export


@pytest.fixture(autouse=True)
def _judgements(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet, "JUDGEMENTS", tmp_path / "judgements")


def _judge(tmp_path, export, verdict_of):
    out = tmp_path / "sheet.jsonl"
    sheet.main(["draw", "--export", str(export), "--kind", "events", "--n", "10", "--out", str(out)])
    items = [json.loads(line) for line in out.open()]
    verdicts = tmp_path / "v.jsonl"
    verdicts.write_text("".join(json.dumps({"key": it["key"], "verdict": verdict_of(it)}) + "\n" for it in items))
    sheet.main(["record", "--kind", "events", "--sheet", str(out), "--verdicts", str(verdicts)])


def test_changed_removed_and_added_facts_are_told_apart(tmp_path, capsys):
    before = _export(tmp_path, [_doc("d1", [_event(0), _event(1), _event(2, "ASSAULT")])])
    _judge(tmp_path, before, lambda it: "wrong" if it["shown"]["type"] == "ASSAULT" else "right")
    # after: event 0 unchanged, event 1 recast to ASSAULT, event 2 gone, event 3 new
    (tmp_path / "after").mkdir()
    after = _export(tmp_path / "after", [_doc("d1", [_event(0), _event(1, "ASSAULT"), _event(3)])])
    assert changed.main(["--before", str(before), "--after", str(after), "--kind", "events",
                         "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "events: changed, judged right before: 1" in printed
    assert "events: removed, judged wrong before: 1" in printed
    assert "events: added, unjudged before: 1" in printed
    todo = [json.loads(line) for line in (tmp_path / "out" / "events-sheet.jsonl").open()]
    assert sorted(t["shown"]["type"] for t in todo) == ["ASSAULT", "COERCE"]  # the recast and the new one
    recast = next(t for t in todo if t["shown"]["type"] == "ASSAULT")
    assert recast["before"]["type"] == "COERCE" and "Police" in recast["sentence"]


def test_documents_missing_from_one_export_are_not_counted_as_removed(tmp_path, capsys):
    before = _export(tmp_path, [_doc("d1", [_event(0)]), _doc("d2", [_event(0)])])
    (tmp_path / "after").mkdir()
    after = _export(tmp_path / "after", [_doc("d1", [_event(0)])])  # a subset rebuilt
    changed.main(["--before", str(before), "--after", str(after), "--kind", "events", "--out", str(tmp_path / "o")])
    assert "removed" not in capsys.readouterr().out


def test_a_missing_export_is_a_one_line_error(tmp_path, capsys):
    before = _export(tmp_path, [_doc("d1", [_event(0)])])
    assert changed.main(["--before", str(before), "--after", str(tmp_path / "nope.jsonl"), "--kind", "events",
                         "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "nope.jsonl" in err and err.count("\n") == 1
