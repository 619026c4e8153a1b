"""The hand-audit tool: fixed draws, verdicts kept by fact, only changed facts re-judged."""

from __future__ import annotations

import json

import pytest

from audit import sheet


def _doc(doc_id: str, events: list[dict]) -> dict:
    text = "Police arrested 12 protesters in Kabul. The army shelled the town on Monday."
    return {"schema": "sitroom/document@1",
            "document": {"id": doc_id, "title": "t", "authors": [], "published": "2021-08-01",
                         "source": "x", "text": text},
            "entities": [{"id": "AFG", "name": "Afghanistan", "kind": "country", "country": "AFG",
                          "mentions": []}],
            "places": [], "events": events, "quantities": [], "quotes": [], "timexes": []}


def _event(i: int, type_: str = "COERCE", actors: tuple[str, ...] = ("AFG",), date=None) -> dict:
    return {"id": f"e{i}", "type": type_, "actors": list(actors), "targets": [], "date": date,
            "place": None, "status": "occurred", "sentence": {"start": 0, "end": 38, "text": "s"},
            "trigger": {"start": 7 + i, "end": 15 + i, "text": "arrested"}}


def _export(tmp_path, docs: list[dict]):
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _judgements(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet, "JUDGEMENTS", tmp_path / "judgements")


def test_the_same_export_gives_the_same_sample(tmp_path):
    export = _export(tmp_path, [_doc(f"d{k}", [_event(i) for i in range(5)]) for k in range(10)])
    first, total, docs = sheet.draw(export, "events", 20, 11)
    again, _, _ = sheet.draw(export, "events", 20, 11)
    other, _, _ = sheet.draw(export, "events", 20, 12)
    assert (total, docs) == (50, 10)
    assert [f["key"] if "key" in f else sheet._key(f) for f in first] == [sheet._key(f) for f in again]
    assert [sheet._key(f) for f in first] != [sheet._key(f) for f in other]


def test_only_changed_facts_go_back_on_the_sheet(tmp_path, capsys):
    export = _export(tmp_path, [_doc("d1", [_event(0), _event(1)])])
    out = tmp_path / "sheet.jsonl"
    assert sheet.main(["draw", "--export", str(export), "--kind", "events", "--n", "10", "--out", str(out)]) == 0
    items = [json.loads(line) for line in out.open()]
    assert len(items) == 2 and "Police arrested" in items[0]["sentence"]
    verdicts = tmp_path / "v.jsonl"
    verdicts.write_text("".join(json.dumps({"key": it["key"], "verdict": "right"}) + "\n" for it in items))
    assert sheet.main(["record", "--kind", "events", "--sheet", str(out), "--verdicts", str(verdicts)]) == 0
    stored = (tmp_path / "judgements" / "events.jsonl").read_text()
    assert "Police" not in stored  # ids, offsets and verdicts only: no article text in the repo
    # the second event changes its category: it alone must be judged again
    changed = _export(tmp_path, [_doc("d1", [_event(0), _event(1, type_="ASSAULT")])])
    assert sheet.main(["draw", "--export", str(changed), "--kind", "events", "--n", "10", "--out", str(out)]) == 0
    again = [json.loads(line) for line in out.open()]
    assert len(again) == 1 and again[0]["shown"]["type"] == "ASSAULT"
    capsys.readouterr()
    assert sheet.main(["score", "--export", str(changed), "--kind", "events", "--n", "10"]) == 1  # one unjudged
    result = json.loads(capsys.readouterr().out)
    assert (result["judged"], result["right"], result["unjudged"]) == (1, 1, 1)
    # pooled: every fact of the export that some draw judged, here the unchanged one
    assert sheet.main(["pooled", "--export", str(changed), "--kind", "events"]) == 0
    pooled = json.loads(capsys.readouterr().out)
    assert (pooled["facts"], pooled["judged"], pooled["right"], pooled["precision"]) == (2, 1, 1, 100.0)


def test_events_hidden_from_the_picture_are_not_drawn(tmp_path):
    hidden = dict(_event(1), shown=False)
    export = _export(tmp_path, [_doc("d1", [_event(0), hidden])])
    sample, total, _ = sheet.draw(export, "events", 10, 11)
    assert total == 1
    dated = _export(tmp_path, [_doc("d1", [_event(0, date={"start": "2021-08-01", "end": "2021-08-01"}), _event(1)])])
    assert sheet.draw(dated, "dates", 10, 12)[1] == 1


def test_wilson_interval():
    lo, hi = sheet.wilson(85, 100)
    assert round(lo, 3) == 0.767 and round(hi, 3) == 0.907
    assert sheet.wilson(0, 0) == (0.0, 0.0)


def test_the_in_sample_figure_leaves_out_the_listed_facts(tmp_path, capsys):
    from audit import insample

    export = _export(tmp_path, [_doc("d1", [_event(0), _event(1), _event(2)])])
    items, _, _ = sheet.draw(export, "events", 10, 11)
    keys = sorted(sheet._key(f) for f in items)
    sheet_file, verdicts = tmp_path / "sheet.jsonl", tmp_path / "v.jsonl"
    sheet_file.write_text("".join(json.dumps(dict(f, key=sheet._key(f))) + "\n" for f in items))
    verdicts.write_text("".join(json.dumps({"key": k, "verdict": "wrong" if k == keys[0] else "right"}) + "\n"
                                for k in keys))
    assert sheet.main(["record", "--kind", "events", "--sheet", str(sheet_file), "--verdicts", str(verdicts)]) == 0
    left_out = tmp_path / "left-out.jsonl"
    left_out.write_text(json.dumps({"kind": "events", "key": keys[0]}) + "\n"
                        + json.dumps({"kind": "places", "key": keys[1]}) + "\n")
    capsys.readouterr()
    assert insample.main(["--export", str(export), "--kind", "events", "--left-out", str(left_out)]) == 0
    result = json.loads(capsys.readouterr().out)
    # the wrong fact is left out; the places row does not touch events
    assert (result["judged"], result["right"], result["precision"]) == (2, 2, 100.0)


def test_figures_are_drawn_with_what_a_reader_is_shown_of_them(tmp_path):
    doc = _doc("d1", [])
    doc["quantities"] = [{"id": "q1", "text": "12", "start": 16, "end": 18, "value": 12.0, "unit": None,
                          "kind": "count", "display": "12 protesters", "counted_phrase": "protester",
                          "subject_name": None, "attribute": None}]
    export = _export(tmp_path, [doc])
    [fact] = list(sheet.facts(export, "figures"))
    assert fact["sentence"].startswith("Police arrested 12 protesters")
    assert fact["shown"]["display"] == "12 protesters" and fact["shown"]["counted"] == "protester"
    # what is shown changes, so the verdict no longer holds: the figure goes back on the sheet
    doc["quantities"][0]["counted_phrase"] = "police"
    [changed] = list(sheet.facts(_export(tmp_path, [doc]), "figures"))
    assert changed["fact"] != fact["fact"]
