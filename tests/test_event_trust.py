"""The event-trust model: every event gets a confidence; doubtful ones stay stored and exported
but the picture hides them by default. Sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitroom.analyze.timeline import TimelineFilter, query
from sitroom.components.event_trust import load, model
from sitroom.errors import ConfigError
from sitroom.store import open_store
from test_store import make_record


def test_the_shipped_model_loads_with_a_threshold_and_weights():
    m = model()
    assert 0.0 < m.threshold < 1.0 and len(m.weights) > 50


def test_a_bad_weights_file_is_a_one_line_error_naming_it():
    with pytest.raises(ConfigError, match="event_trust.yaml.*bias"):
        load("weights: {a: 1}\n")
    with pytest.raises(ConfigError, match="threshold"):
        load("bias: 0\nthreshold: 2\nweights: {}\n")


@pytest.mark.model
def test_every_event_gets_a_confidence_and_doubtful_follows_the_threshold():
    from sitroom.nlp import build

    doc = build()("Afghan police arrested three militants in Kabul on Monday, officials said. "
                  "The striker attacked the left wing and beat the goalkeeper in the second half.")
    events = [s._.event for s in doc.spans["events"]]
    assert events
    for e in events:
        assert 0.0 <= e.confidence <= 1.0
        assert e.doubtful == (e.confidence < model().threshold)
        assert e.shown == (bool(e.actors) and not e.doubtful)


def test_a_doubtful_event_is_stored_exported_and_hidden_from_the_timeline_by_default(store_url):
    store = open_store(store_url)
    rec = make_record()
    (ev,) = rec.events
    rec = replace(rec, events=(replace(ev, confidence=0.2, doubtful=True),))
    store.write(rec)
    (back,) = store.record(rec.id).events
    assert back.confidence == 0.2 and back.doubtful and not back.shown
    assert query(store, TimelineFilter()) == []
    assert [i.event_id for i in query(store, TimelineFilter(unshown=True))] == [ev.id]


@pytest.mark.model
def test_a_list_of_headlines_is_trusted_less_than_a_reported_attack_with_its_doer():
    from sitroom.nlp import build

    nlp = build()
    reported = nlp("Russian forces attacked the Ukrainian town of Bakhmut on Monday, killing four "
                   "civilians, the regional governor said.")
    headlines = nlp("Most read: Russia attacks Ukraine, Iran threatens Israel, Trump slams media")
    (attack,) = [s._.event for s in reported.spans["events"]]
    listed = [s._.event for s in headlines.spans["events"]]
    assert attack.shown and listed
    assert all(e.confidence < attack.confidence for e in listed)


def test_a_verdict_applies_only_to_the_event_as_it_was_judged():
    from types import SimpleNamespace

    from audit.train_events import verdict

    ev = SimpleNamespace(type="ASSAULT", status="occurred")
    judged = {"type": "ASSAULT", "status": "occurred", "fact": "aaa", "verdict": "wrong", "error": "actor"}
    assert verdict([judged], ev, "aaa") == 0
    assert verdict([judged], ev, "bbb") is None  # the doer has changed since: the verdict is stale
    assert verdict([dict(judged, error="non-event")], SimpleNamespace(type="COERCE", status="planned"),
                   "bbb") == 0  # a trigger that names no act stays wrong however it is coded
    rejudged = dict(judged, fact="bbb", verdict="right", error=None)
    assert verdict([judged, rejudged], ev, "bbb") == 1


@pytest.mark.model
def test_the_evidence_names_the_clause_of_the_trigger_and_whether_both_sides_are_one_country():
    from sitroom.components.event_trust import context, features
    from sitroom.nlp import build

    nlp = build()
    doc = nlp("The Iranian minister, who visited Moscow last week, said Russia attacked Ukraine on Monday.")
    ctx = context(doc)
    by_trigger = {s.text: features(s, ctx) for s in doc.spans["events"]}
    assert "under=relcl" in by_trigger["visited"]  # background, not the news of the sentence
    assert "under=ccomp" in by_trigger["attacked"] and "under_speech" in by_trigger["attacked"]
    home = nlp("Russian forces attacked Russian protesters in Moscow on Monday, police said.")
    abroad = nlp("Pakistani police arrested three Afghan militants in Peshawar on Monday.")
    (own,) = [features(s, context(home)) for s in home.spans["events"]]
    (other,) = [features(s, context(abroad)) for s in abroad.spans["events"]]
    assert "same_country" in own and "other_country" in other


def test_the_threshold_is_the_highest_that_keeps_the_share_of_right_events_asked_for():
    import numpy as np

    from audit.train_events import threshold_for

    rng = np.random.default_rng(0)
    y = (rng.random(600) < 0.7).astype(float)
    probs = np.clip(0.5 + 0.4 * (y - 0.5) + rng.normal(0, 0.2, 600), 0.0, 1.0)
    t, precision, kept = threshold_for(probs, y, keep_right=0.95)
    assert y[probs >= t].sum() >= 0.95 * y.sum()
    assert y[probs >= t + 0.01].sum() < 0.95 * y.sum()  # one step stricter loses right events
    assert precision > y.mean() and kept < 1.0


def test_each_label_knows_the_part_it_comes_from(tmp_path):
    from audit.train_events import _labels

    path = tmp_path / "events-trust-9.jsonl"
    path.write_text('{"doc": "d1", "trigger": [0, 4], "verdict": "right"}\n\n', encoding="utf-8")
    (label,) = _labels(path)
    assert label["part"] == "events-trust-9.jsonl" and label["doc"] == "d1"


def test_the_training_script_reads_each_export_once_for_texts_and_names(tmp_path, monkeypatch):
    import json
    from pathlib import Path

    from audit.train_events import read_exports

    line = {"document": {"id": "d1", "text": "Police arrested him.", "published": "2020-01-02"},
            "entities": [{"id": "e1", "name": "police", "kind": "sector", "country": "AFG"}],
            "places": [], "events": []}
    other = dict(line, document=dict(line["document"], id="d2"))
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    documents, names = read_exports([path], {"d1"})
    assert opened == [path]
    assert [d["text"] for d in documents] == ["Police arrested him."]
    assert names == {"d1": {"e1": "police (sector, AFG)"}}


def test_the_shipped_model_is_trained_on_every_judged_part_of_the_dev_labels():
    from pathlib import Path

    import yaml
    from importlib import resources

    shipped = yaml.safe_load(resources.files("sitroom.data").joinpath("event_trust.yaml").read_text("utf-8"))
    parts = sorted(p.name for p in (Path(__file__).parent.parent / "audit" / "dev").glob("events-trust-*.jsonl"))
    assert parts and sorted(Path(p).name for p in shipped["trained_on"]["labels"]) == parts


def test_held_out_events_show_what_a_retrained_model_hides_or_shows_against_the_shipped_one():
    from audit.train_events import held_out
    from sitroom.components.event_trust import TrustModel

    rows = [({"trigger=attack": 1.0}, 1, "d1", "p"), ({"trigger=say": 1.0}, 0, "d1", "p"),
            ({"trigger=meet": 1.0}, 1, "d2", "p"), ({"trigger=hint": 1.0}, 0, "d2", "p")]
    shipped = TrustModel({"trigger=hint": -3.0}, 0.0, 0.4)  # hides one wrong event
    retrained = TrustModel({"trigger=hint": -3.0, "trigger=say": -3.0}, 0.0, 0.4)
    lines = held_out(rows, {"shipped": shipped, "retrained": retrained})
    assert "shipped: 3 shown, 2 right, 1 wrong, precision shown 66.7%" in lines[1]
    assert "retrained: 2 shown, 2 right, 0 wrong, precision shown 100.0%" in lines[2]
    assert "hides 0 right and 1 wrong, shows 0 right and 0 wrong more" in lines[3]
    # control: the same model against itself hides and shows nothing more
    same = held_out(rows, {"shipped": shipped, "again": shipped})
    assert "hides 0 right and 0 wrong, shows 0 right and 0 wrong more" in same[3]
