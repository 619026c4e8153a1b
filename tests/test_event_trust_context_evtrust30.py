"""The context experiment for the event-trust model (``audit.trust_context``): the contextual
vectors and sparse context it computes for an event, its fit, its threshold arithmetic, and a full
run from stored rows. Sentences are written for these tests."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

from audit import trust_context as tc


def test_the_fit_learns_a_signal_carried_only_by_the_dense_block():
    rng = np.random.default_rng(3)
    y = rng.random(400) < 0.7
    dense = rng.normal(size=(400, len(tc.SLOTS) * tc.WIDTH)).astype(np.float32)
    dense[:, 5] += np.where(y, 1.5, -1.5)  # the trigger vector's sixth number tells right from wrong
    rows = [{"sparse": {"type=ASSAULT": 1.0}, "extra": {}, "dense": d, "y": int(v), "doc": f"d{i % 50}",
             "part": "events-trust-3.jsonl", "shipped": 0.5} for i, (d, v) in enumerate(zip(dense, y))]
    sparse_only = tc.out_of_fold(lambda: tc.Design(False, False, None, 10.0, 0.0), rows, {})
    with_vectors = tc.out_of_fold(lambda: tc.Design(False, True, None, 10.0, 10.0), rows, {})
    projected = tc.out_of_fold(lambda: tc.Design(False, True, 8, 10.0, 3.0), rows, {})
    assert tc.auc(sparse_only, y.astype(float)) < 0.6
    assert tc.auc(with_vectors, y.astype(float)) > 0.75
    assert tc.auc(projected, y.astype(float)) > 0.6


def test_the_threshold_keeps_the_share_of_right_events_asked_for():
    probs = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    y = np.array([1, 1, 0, 1, 0, 1, 0, 0], float)
    assert tc.at_keep(probs, y, 1.0) == (0.4, 6, 4)
    assert tc.at_keep(probs, y, 0.75) == (0.6, 4, 3)
    assert tc.own_threshold(np.linspace(0.1, 0.9, 40), np.ones(40), keep=1.0) == 0.1


def test_a_run_from_stored_rows_compares_every_model_with_the_shipped_one(tmp_path, capsys):
    rng = np.random.default_rng(5)

    def row(i: int, part: str) -> dict:
        v = int(rng.random() < 0.75)
        return {"sparse": {f"lemma=w{i % 7}": 1.0, f"type=T{i % 3}": 1.0}, "extra": {f"gov_verb=v{i % 4}": 1.0},
                "dense": rng.normal(size=len(tc.SLOTS) * tc.WIDTH).astype(np.float32), "y": v,
                "doc": f"{part}-{i % 60}", "trigger": (i, i + 4), "part": part, "shipped": float(rng.random())}

    train = [row(i, f"events-trust-{5 + i % 23}.jsonl") for i in range(500)]
    held = [row(i, "events-trust-29.jsonl") for i in range(120)]
    path = tmp_path / "rows.pkl"
    path.write_bytes(pickle.dumps((train, held)))
    assert tc.main(["--rows", str(path), "--seeds", "1",
                    "--models", "sparse (retrained),sparse+verb+pca16,sparse parts12+"]) == 0
    out = capsys.readouterr().out
    assert "shipped (parts 1-11)" in out and out.count("held out") >= 4
    assert "sparse parts12+: " in out and "99%:" in out


@pytest.mark.model
def test_vectors_read_the_trigger_its_head_the_doer_and_the_sentence(real_nlp):
    from sitroom.components.event_trust import context

    doc = real_nlp("Kenyan troops attacked a militant camp near the border on Tuesday, the army said.")
    ctx = context(doc)
    spans = [s for s in doc.spans["events"] if s._.event.actors]
    assert spans
    for span in spans:
        v = tc.vectors(span, ctx)
        assert v.shape == (len(tc.SLOTS) * tc.WIDTH,) and np.isfinite(v).all()
        assert np.allclose(v[:tc.WIDTH], doc.tensor[span.root.i])
        assert np.allclose(v[-tc.WIDTH:], doc.tensor[span.sent.start:span.sent.end].mean(axis=0), atol=1e-5)
        extra = tc.extra(span)
        assert any(k.startswith("lemma_dep=") for k in extra)
        assert any(k.startswith("gov_verb=") for k in extra)


def test_labelled_documents_are_read_as_ingest_reads_them_and_kept_by_id(tmp_path):
    from sitroom.ingest import read
    from sitroom.model import Article

    path = tmp_path / "dev.jsonl"
    rows = [{"id": "a", "title": "Talks", "text": "Ministers of two neighbours met in Dakar on Friday."},
            {"id": "b", "title": "Port", "text": "A cargo ship docked at the northern port after a storm."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    ids = [a.id for a in read([path]) if isinstance(a, Article)]
    assert len(ids) == 2
    (doc,) = tc.labelled_documents([path], None, {ids[1]})
    assert doc["id"] == ids[1] and "cargo ship" in doc["text"]
