"""Learn the event-trust model from events judged on DEV articles (never the audit mix).

    python -m audit.mix --dev /tmp/evd/dev.jsonl    # and --dev2 /tmp/evd/dev2.jsonl, --dev3 .../dev3.jsonl
    sitroom ingest --db /tmp/evd/dev.db /tmp/evd/dev.jsonl    # likewise dev2, dev3
    sitroom export --db /tmp/evd/dev.db --format jsonl -o /tmp/evd/dev-export.jsonl
    python -m audit.train_events --export /tmp/evd/dev-export.jsonl --export /tmp/evd/dev2-export.jsonl \\
        --export /tmp/evd/dev3-export.jsonl --export /tmp/evd/dev4-export.jsonl \\
        --export /tmp/evd/dev5-export.jsonl \\
        --labels audit/dev/events-trust-1.jsonl ... --labels audit/dev/events-trust-11.jsonl \\
        --out sitroom/data/event_trust.yaml --cache /tmp/evd/trust-parsed.pkl \\
        [--heldout audit/dev/untrained/events-trust-12.jsonl]

It is deterministic (fixed fold draws, Newton's method) and takes a few minutes on two cores, most
of it parsing the dev documents once; ``--cache`` keeps them for the next run (delete it after an
extractor changes: the labels are matched against what the extractors produce now).

The labels (``audit/dev/events-trust-*.jsonl``) are document id, trigger offsets, the fingerprint
of the event as judged (``audit.sheet``), its category and status, verdict and error code, judged
with the events criteria of ``audit/README.md``. Part 1 was drawn from the shown events of
``--dev`` before the trust model existed, part 2 from every event with a doer of ``--dev2``,
part 3 (seed 2033) from the events with a doer of both, shown or doubted, that had no label yet,
plus a fresh verdict on every labelled event whose parties had changed since; part 4 (seed 2036)
from the events with a doer, shown or doubted, of ``--dev3`` (sources the other parts do not draw
on: Tehran Times on Russia and China, Reuters-21578, more BBC); part 5 (seed 2040) from the shown
or doubted events with a doer of all three that had no label yet; part 6 (seed 2050) from the
events with a doer of ``--dev4``, part 7 (seed 2060) from those of dev parts 1-4 not labelled
before; parts 8 (seed 1101, dev2-4) and 9 (seed 1102, dev and dev4) from shown events not labelled
before; parts 10 (seed 1201) and 11 (seed 1202) from the shown events of ``--dev5``, on its
documents at even and at odd positions. The shipped model is trained on parts 1-11 (turn 12).

A new part is first kept in ``audit/dev/untrained/`` and passed as ``--heldout``: the trainer
then compares the retrained model with the shipped one on it (shown events, right and wrong,
and the right and wrong events one hides or shows that the other does not), and the part moves
to ``audit/dev/`` once a retrain with it is kept. Parts drawn from shown events only say which of
them a retrain hides; the events it newly shows need judging on the dev diff. Turn 12 held parts
10 and 11 out in turn (``docs/accuracy-events-turn12.md``, "Trust model retrained"). Parts 12 (turn
13, seed 1301) and 13 (turn 14, seed 1401, shown events of ``--dev6`` with no label yet) are held
out in ``audit/dev/untrained/`` (``docs/accuracy-events-turn13.md``, ``-turn14.md``), and so is part 14
(turn 15, seed 1501: 150 shown events of ``--dev5`` at 7d6abc9 with no label yet, the first of a
600-event draw that had none), part 15 (turn 16, seed 1601: 150 shown events of ``--dev7``, fresh
articles, at a97370b; 115 right: non-event 11, status 10, category 7, actor 6, target 1), and part 16
(turn 17, seed 1701: 150 of the 1,247 shown events of dev parts 1-7 at 3d97d74 with no label yet;
114 right: non-event 12, actor 11, category 5, status 4, target 4).
Parts 30 and 31 (turn 39, seeds 3901 and 3903: 600 shown or doubted events with a doer of dev parts
1-10 at 99539f79 with no label yet, 453 right) are held out as well: the test of new features
(``docs/accuracy-event-trust-turn39.md``).

Each labelled document is parsed again (without the trust component) and its events matched by
trigger offsets; only events with a doer count (no other is ever shown). A label applies while
the event is as judged (``verdict``): otherwise only a non-event, or a category or status error
on an unchanged category and status, still holds. Each event is described by
``sitroom.components.event_trust.features``. An L2-regularised logistic regression (Newton's
method, numpy) is fitted; the threshold is chosen on out-of-fold probabilities (5 folds grouped
by document, averaged over 5 draws of the folds) as the highest that still keeps ``KEEP_RIGHT``
of the right events: the precision of the shown events rises as far as it can without fewer right
events per article. It prints the out-of-fold AUC, precision and share of right events kept per
label part and at a range of thresholds. The YAML it writes carries the weights, the threshold
and how they were measured.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

LAMBDA = 10.0  # L2 strength (summed log-likelihood units); 0.3-30 swept on dev folds: best AUC near 10
MIN_COUNT = 8  # a feature seen on fewer labelled events gets no weight of its own (3-12 swept: 8-12 best)
FOLDS = 5
# draws of the folds: the AUC is their mean (one draw varies by ~0.01) and the threshold is chosen on
# each event's out-of-fold probability averaged over them (one draw alone moved it from 0.05 to 0.28)
FOLD_SEEDS = 5
# the share of right dev events (out of fold) the picture must still show: what the model of turn 5
# kept at its threshold (0.34) on the same judged events, so that the number of right events per
# article does not drop while the shown events' precision rises. Hiding more bought little (0.50:
# +3 points of precision for 7% of the right events) and hid right events of the kind the seeds
# report (joint drills, a planned withdrawal), of which the dev articles have few.
KEEP_RIGHT = 0.986


def _labels(path: Path) -> list[dict]:
    """The labels of one file, each tagged with the file's name as its ``part``."""
    return [dict(json.loads(line), part=path.name) for line in path.open(encoding="utf-8") if line.strip()]


def read_exports(exports: list[Path], ids: set[str] | None) -> tuple[list[dict], dict[str, dict[str, str]]]:
    """The documents of the exports (only ``ids`` when given) and, for each, the names a judge saw
    of its entities (``audit.sheet``, for fingerprints), in one pass over each export."""
    from audit.sheet import _names as names_of

    documents, names = [], {}
    for export in exports:
        with export.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if ids is None or d["document"]["id"] in ids:
                    documents.append(d["document"])
                    names[d["document"]["id"]] = names_of(d)
    return documents, names


def parsed(documents: list[dict], cache: Path | None = None) -> dict[str, Doc]:
    """The documents (exported ``document`` objects) parsed without the trust component.

    ``cache``: a pickle of parsed documents, read when it exists and written otherwise, so that
    trying new features does not parse the dev sets again (delete it after a pipeline change)."""
    import pickle

    from sitroom import nlp as nlp_mod
    from sitroom.components import ensure_extensions

    ensure_extensions()
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            docs = pickle.load(fh)
        wanted = {d["id"] for d in documents}
        return {k: doc for k, doc in docs.items() if k in wanted}
    comps = tuple(c for c, _, _ in nlp_mod.COMPONENTS if c != "sitroom_event_trust")
    nlp = nlp_mod.build(nlp_mod.NlpOptions(components=comps))
    todo = []
    for d in documents:
        doc = nlp.make_doc(d["text"])
        doc._.published, doc._.doc_id = d.get("published"), d["id"]
        todo.append(doc)
    docs = {doc._.doc_id: doc for doc in nlp.pipe(todo, batch_size=16)}
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(docs, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return docs


def fingerprint(ev, names: dict[str, str]) -> str:
    """The fingerprint ``audit.sheet`` gives an exported event (category, status, parties, trigger)."""
    from audit.sheet import _event_fields, _fp

    as_exported = {"type": ev.type, "mode": ev.mode, "status": ev.status, "actors": ev.actors,
                   "targets": ev.targets, "trigger": {"start": ev.trigger.start, "end": ev.trigger.end}}
    return _fp(_event_fields({}, as_exported, names))


def verdict(labs: list[dict], ev, fact: str) -> int | None:
    """1 (right) or 0 (wrong) from the labels of one trigger, or None when none still applies.

    A label on the event as it is now (same fingerprint) applies, the latest first; a judged
    non-event stays wrong whatever it is now coded as (the trigger names no act); a category or
    status error stays wrong while the category and status are unchanged. Any other label judged
    parties or a coding that has changed since: it is left out rather than guessed."""
    for lab in reversed(labs):
        if lab.get("fact") == fact:
            return int(lab["verdict"] == "right")
    for lab in reversed(labs):
        same = (lab.get("type"), lab.get("status")) in ((None, None), (ev.type, ev.status))
        if lab.get("error") == "non-event" or (same and lab.get("error") in ("category", "status")):
            return 0
        if same and "fact" not in lab:  # an old label without a fingerprint: judged on this coding
            return int(lab["verdict"] == "right")
    return None


def examples(exports: list[Path], labels: list[dict],
             cache: Path | None = None) -> list[tuple[dict[str, float], int, str, str]]:
    """(features, 1 if right, document id, label part) for every labelled event whose verdict
    still applies; the part is the file of the trigger's latest label."""
    from sitroom.components.event_trust import context, features

    wanted: dict[str, dict[tuple[int, int], list[dict]]] = {}
    for lab in labels:  # in the order given: a later file's label on the same fact wins
        wanted.setdefault(lab["doc"], {}).setdefault(tuple(lab["trigger"]), []).append(lab)
    # with a cache every document is parsed, so that a later run with more labels finds its own
    documents, names = read_exports(exports, None if cache else set(wanted))
    docs = parsed(documents, cache)
    out, missing, stale, no_doer = [], 0, 0, 0
    for doc_id in sorted(wanted):
        doc = docs.get(doc_id)
        if doc is None:
            missing += len(wanted[doc_id])
            continue
        by_trigger = {(s.start_char, s.end_char): s for s in doc.spans.get("events", ())}
        ctx = context(doc)
        for trig, labs in sorted(wanted[doc_id].items()):
            span = by_trigger.get(trig)
            if span is None:
                missing += 1
                continue
            ev = span._.event
            if not ev.actors:  # never shown, whatever the model says: not what it must decide
                no_doer += 1
                continue
            y = verdict(labs, ev, fingerprint(ev, names.get(doc_id, {})))
            if y is None:
                stale += 1
                continue
            out.append((features(span, ctx), y, doc_id, labs[-1].get("part", "-")))
    print(f"{len(out)} labelled events with a doer found again; {missing} no longer produced, {no_doer} "
          f"without a doer, {stale} judged on a category, status or parties that have changed since "
          "(left out)", file=sys.stderr)
    return out


def fit(X: np.ndarray, y: np.ndarray, lam: float = LAMBDA) -> np.ndarray:
    """Weights (bias last, unpenalised) by Newton's method on the L2-penalised log-likelihood."""
    Xb = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    pen = np.full(Xb.shape[1], lam)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(Xb @ w, -30, 30)))
        grad = Xb.T @ (p - y) + pen * w
        hess = (Xb * (p * (1 - p))[:, None]).T @ Xb + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _matrix(feats: list[dict[str, float]], vocab: list[str]) -> np.ndarray:
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(feats), len(vocab)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    return X


def _vocab(feats: list[dict[str, float]], min_count: int = MIN_COUNT) -> list[str]:
    counts = Counter(k for f in feats for k in f)
    return sorted(k for k, n in counts.items() if n >= min_count)


def out_of_fold(rows: list[tuple], seed: int = 0, lam: float = LAMBDA,
                min_count: int = MIN_COUNT) -> np.ndarray:
    """Each example's probability from a model fitted without its document's fold (``rows``:
    features, 0/1 and document id first; ``lam`` and ``min_count`` as in ``fit`` and ``_vocab``)."""
    docs = sorted({r[2] for r in rows})
    random.Random(seed).shuffle(docs)
    fold = {d: i % FOLDS for i, d in enumerate(docs)}
    probs = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [r for r in rows if fold[r[2]] != k]
        test = [i for i, r in enumerate(rows) if fold[r[2]] == k]
        vocab = _vocab([r[0] for r in train], min_count)
        w = fit(_matrix([r[0] for r in train], vocab), np.array([r[1] for r in train], float), lam)
        Xt = np.hstack([_matrix([rows[i][0] for i in test], vocab), np.ones((len(test), 1))])
        probs[test] = 1 / (1 + np.exp(-np.clip(Xt @ w, -30, 30)))
    return probs


def threshold_for(probs: np.ndarray, y: np.ndarray, target: float | None = None,
                  beta: float | None = None, keep_right: float = KEEP_RIGHT) -> tuple[float, float, float]:
    """(threshold, precision, kept share). With ``target``: the lowest threshold whose kept events
    reach that precision. With ``beta``: the one that maximises F-beta of precision and the share
    of right events kept. Otherwise (the default): the highest threshold that keeps at least
    ``keep_right`` of the right events: the precision rises only as far as no right event is lost
    beyond that share."""
    cuts = [float(t) for t in np.round(np.arange(0.05, 0.96, 0.01), 2) if (probs >= t).sum() >= 10]
    if target is not None:
        for t in cuts:
            if y[probs >= t].mean() >= target:
                return t, float(y[probs >= t].mean()), float((probs >= t).mean())
    if beta is None:
        safe = [t for t in cuts if y[probs >= t].sum() >= keep_right * y.sum()]
        t = max(safe, default=cuts[0])
        return t, float(y[probs >= t].mean()), float((probs >= t).mean())

    def fbeta(t: float) -> float:
        kept = probs >= t
        p, r = y[kept].mean(), y[kept].sum() / max(1.0, y.sum())
        return (1 + beta ** 2) * p * r / max(1e-9, beta ** 2 * p + r)

    t = max(cuts, key=fbeta)
    return t, float(y[probs >= t].mean()), float((probs >= t).mean())


def measured(probs: np.ndarray, y: np.ndarray, t: float) -> str:
    """AUC, precision of the kept events and share of the right ones kept at ``t``, in words."""
    kept = probs >= t
    return (f"AUC {auc(probs, y):.3f}, precision shown {y[kept].mean():.1%}, right kept "
            f"{y[kept].sum() / max(1.0, y.sum()):.1%}, kept {kept.mean():.1%}")


def auc(probs: np.ndarray, y: np.ndarray) -> float:
    pos, neg = probs[y == 1], probs[y == 0]
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / max(1, len(pos) * len(neg)))


def held_out(rows: list[tuple[dict, int, str, str]], models: dict) -> list[str]:
    """How each model (name -> ``TrustModel``) does on judged events kept out of training, in words:
    the shown events' precision, the right and wrong ones shown, and, for every model after the
    first, the right and wrong events it hides or shows that the first does not."""
    y = np.array([r[1] for r in rows], bool)
    shown = {name: np.array([m.confidence(r[0]) >= m.threshold for r in rows], bool)
             for name, m in models.items()}
    lines = [f"held out: {len(rows)} judged events with a doer, {int(y.sum())} right"]
    for name, s in shown.items():
        lines.append(f"  {name}: {int(s.sum())} shown, {int((s & y).sum())} right, {int((s & ~y).sum())} wrong, "
                     f"precision shown {(s & y).sum() / max(1, s.sum()):.1%}")
    (first, base), *rest = shown.items()
    for name, s in rest:
        lines.append(f"  {name} against {first}: hides {int((base & ~s & y).sum())} right and "
                     f"{int((base & ~s & ~y).sum())} wrong, shows {int((~base & s & y).sum())} right and "
                     f"{int((~base & s & ~y).sum())} wrong more")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.train_events", description=__doc__.split("\n\n")[0])
    ap.add_argument("--export", type=Path, action="append", required=True,
                    help="export of a dev store (JSON Lines); repeat for several")
    ap.add_argument("--labels", type=Path, action="append", required=True, help="judged dev events")
    ap.add_argument("--out", type=Path, required=True, help="YAML to write (sitroom/data/event_trust.yaml)")
    ap.add_argument("--target", type=float, default=None, help="precision the shown events must reach")
    ap.add_argument("--beta", type=float, default=None, help="maximise F-beta instead")
    ap.add_argument("--keep-right", type=float, default=KEEP_RIGHT,
                    help=f"share of the right events the threshold must keep (default {KEEP_RIGHT})")
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the parsed dev documents (written once, then read)")
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="judged dev events kept out of training, to compare the new model with the shipped one")
    args = ap.parse_args(argv)
    if {p.name for p in args.heldout} & {p.name for p in args.labels}:
        ap.error("a --heldout file is also among the --labels: it would not be held out")
    from sitroom.components.event_trust import TrustModel, model

    shipped = model() if args.heldout else None  # read before --out may overwrite it
    labels = [lab for path in args.labels for lab in _labels(path)]
    rows = examples(args.export, labels, args.cache)
    y = np.array([r[1] for r in rows], float)
    draws = [out_of_fold(rows, seed=s) for s in range(FOLD_SEEDS)]
    aucs = [auc(p, y) for p in draws]
    probs = np.mean(draws, axis=0)  # still out of fold; one draw alone moves the threshold by 0.2
    t, prec, kept = threshold_for(probs, y, args.target, args.beta, args.keep_right)
    vocab = _vocab([r[0] for r in rows])
    w = fit(_matrix([r[0] for r in rows], vocab), y)
    right_kept = float(y[probs >= t].sum() / max(1.0, y.sum()))
    summary = (f"{len(rows)} judged dev events with a doer, {int(y.sum())} right ({y.mean():.1%}); "
               f"out-of-fold AUC {np.mean(aucs):.3f} (mean of {FOLD_SEEDS} draws of the folds, "
               f"{min(aucs):.3f}-{max(aucs):.3f}); "
               f"threshold {t:.2f} keeps {kept:.1%} at precision {prec:.1%}, {right_kept:.1%} of the "
               "right events")
    print(summary)
    parts = np.array([r[3] for r in rows])
    for part in sorted(set(parts)):
        at = parts == part
        print(f"  {part}: {at.sum()} events, {y[at].mean():.1%} right; {measured(probs[at], y[at], t)}")
    print("  threshold  precision shown  right kept  kept   right among hidden")
    for cut in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        kept_at = probs >= cut
        if kept_at.any() and not kept_at.all():
            print(f"  {cut:9.2f}  {y[kept_at].mean():15.1%}  {y[kept_at].sum() / y.sum():10.1%}  "
                  f"{kept_at.mean():5.1%}  {y[~kept_at].mean():8.1%}")
    weights = {k: round(float(v), 4) for k, v in zip(vocab, w[:-1]) if abs(v) >= 1e-4}
    header = ("# Event-trust model: logistic weights over sitroom.components.event_trust.features.\n"
              "# Written by `python -m audit.train_events` from events judged on dev articles\n"
              "# (`python -m audit.mix --dev`, never the audit mix); do not edit by hand.\n"
              f"# {summary}\n")
    body = {"threshold": t, "bias": round(float(w[-1]), 4), "trained_on": {
        "labels": [str(p) for p in args.labels], "events": len(rows), "right": int(y.sum()),
        "oof_auc": round(float(np.mean(aucs)), 3), "oof_precision_shown": round(prec, 3),
        "oof_kept": round(kept, 3), "oof_right_kept": round(right_kept, 3)},
        "weights": dict(sorted(weights.items()))}
    import yaml

    args.out.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"-> {args.out}")
    if args.heldout:
        held = examples(args.export, [lab for p in args.heldout for lab in _labels(p)], args.cache)
        retrained = TrustModel(weights, body["bias"], t)
        print("\n".join(held_out(held, {"shipped": shipped, "retrained": retrained})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
