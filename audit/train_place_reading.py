"""Learn the place-reading model from country and capital names judged on DEV articles (never the
audit mix): whether each is the land (literal) or the state (metonym).

    python -m audit.train_place_reading --export /tmp/t38/exp/i6-dev1.jsonl ... \\
        --labels audit/dev/places-plmeto38-change.jsonl ... --labels audit/dev/places-reading-1.jsonl \\
        --out sitroom/data/place_reading.yaml --cache /tmp/plread/parsed.pkl

Deterministic (fixed fold draws, Newton's method); most of its time goes to parsing the labelled
documents once (``--cache`` keeps them; delete it after a places change: the labels are matched
against what the rules produce now).

The labels of turn 39: ``places-reading-1.jsonl`` (450 country and capital names drawn from
dev parts 1-10 and judged by three judges for their reading) and ``places-reading-2.jsonl`` (260
names the rules left literal that a first model scored highest, judged by plread39; "unclear"
ones are not trained on), besides the earlier ``places-*`` change and use labels.

A label file may say the reading outright (``reading``: literal, metonym or other, as
``places-reading-1.jsonl`` does), or through a judged change of use (``change`` "literal ->
metonym" with verdict right-after or wrong->right: a metonym; wrong-after or right->wrong: a
literal place), a judged use (``use`` and ``verdict``), a judged before and after use
(``before``, ``after``, ``verdict`` of the after), or a judged fact (``fact``, ``verdict``,
``error``) that the base export still shows at those words: right, the use shown; wrong for its
use, the other reading. A later file's label on the same words wins. Every labelled document is
parsed again without the reading component, and each country's or capital's name the rules read
as a literal place or a metonym (``place_reading.candidates``) is matched by its offsets.

An L2-regularised logistic regression (numpy, Newton's method, as ``audit/train_events``) is
fitted to P(metonym). Out-of-fold probabilities (5 folds grouped by document, averaged over 5
draws) choose each threshold: ``to_metonym`` the one, among the literal names, whose flips are
right at least ``MIN_RIGHT`` of the time with the most right flips over wrong ones; ``to_literal``
likewise among the metonyms. It prints the out-of-fold AUC and, at each threshold, how many
labelled names the model would flip and how many of those flips are right.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from audit.train_events import FOLD_SEEDS, _matrix, _vocab, auc, fit, out_of_fold

LAMBDA = 3.0  # L2 strength; 3 and 10 swept on dev folds: 3 ranks the rules' literal names a little better
MIN_COUNT = 3  # a feature seen on fewer labelled names gets no weight (3 and 8 swept: 3 better)
MIN_RIGHT = 0.8  # a wrong flip costs a right place: at least four flips in five must be right
MIN_FLIPS = 5  # a threshold is chosen only where this many labelled names would flip
READINGS = ("literal", "metonym")
_RIGHT = frozenset({"right-after", "wrong->right", "added-right"})
_WRONG = frozenset({"wrong-after", "right->wrong"})


def _labels(path: Path) -> list[dict]:
    return [dict(json.loads(line), part=path.name) for line in path.open(encoding="utf-8") if line.strip()]


def _other(use: str) -> str | None:
    return {"literal": "metonym", "metonym": "literal"}.get(use)


def _judged(use: str, lab: dict) -> str | None:
    """The reading of words shown with ``use`` that ``lab`` judged: the use itself when right, the
    other reading when wrong on its use; None for any use but literal or metonym (a team, a name)."""
    if use not in READINGS:
        return None
    return use if lab.get("verdict") == "right" else _other(use) if lab.get("error") == "use" else None


def reading_of(lab: dict, shown: dict[tuple[str, int, int], tuple[str, str]]) -> str | None:
    """The reading a label gives its words (literal or metonym), or None when it gives neither.
    ``shown``: (doc, start, end) -> (fact, use) of the base export, for labels of a judged fact."""
    if "reading" in lab:
        return lab["reading"] if lab["reading"] in READINGS else None
    verdict = lab.get("verdict")
    if "change" in lab:
        parts = [p.strip() for p in str(lab["change"]).split("->")]
        if len(parts) != 2 or "(" in parts[1]:
            return None
        before, after = parts
        got = after if verdict in _RIGHT else before if verdict in _WRONG else None
        return got if got in READINGS else None
    if "use" in lab:
        return _judged(lab["use"] or "literal", lab)
    if "after" in lab and "before" in lab and lab.get("kind", "place") == "place":
        return lab["after"] if verdict == "right" and lab["after"] in READINGS else None
    if "fact" in lab:
        fact, use = shown.get((lab["doc"], lab["start"], lab["end"]), (None, None))
        if fact != lab["fact"]:
            return None  # judged on what the export no longer shows
        return _judged(use, lab)
    return None


def read_exports(exports: list[Path], ids: set[str]) -> tuple[list[dict], dict]:
    """The documents ``ids`` of the exports and the (fact, use) of each of their place mentions."""
    from audit.sheet import _fp

    documents, shown = [], {}
    for export in exports:
        with export.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["document"]["id"] not in ids:
                    continue
                documents.append(d["document"])
                for p in d["places"]:
                    fields = {"name": p["name"], "lat": round(p["lat"], 2), "lon": round(p["lon"], 2),
                              "country": p.get("country"), "feature": p.get("feature")}
                    for m in p["mentions"]:
                        use = m.get("use") or "literal"
                        used = dict(fields, use=use) if use != "literal" else fields
                        shown[(d["document"]["id"], m["start"], m["end"])] = (_fp(used), use)
    return documents, shown


def parsed(documents: list[dict], cache: Path | None = None) -> dict:
    """The documents parsed up to the places component (the reading component reads them there)."""
    import pickle

    from sitroom import nlp as nlp_mod
    from sitroom.components import ensure_extensions

    ensure_extensions()
    wanted = {d["id"] for d in documents}
    docs = {}
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            docs = pickle.load(fh)
    todo_docs = [d for d in documents if d["id"] not in docs]
    if todo_docs:
        comps = ("sitroom_actor_ruler", "sitroom_actors", "sitroom_places")
        nlp = nlp_mod.build(nlp_mod.NlpOptions(components=comps))
        todo = []
        for d in todo_docs:
            doc = nlp.make_doc(d["text"])
            doc._.published, doc._.doc_id = d.get("published"), d["id"]
            todo.append(doc)
        docs.update({doc._.doc_id: doc for doc in nlp.pipe(todo, batch_size=16)})
        if cache is not None:
            with cache.open("wb") as fh:
                pickle.dump(docs, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return {k: doc for k, doc in docs.items() if k in wanted}


def examples(exports: list[Path], labels: list[dict], cache: Path | None = None) -> list[tuple]:
    """(features, 1 if a metonym, document id, label part, rule's reading, character offsets) for
    every labelled country's or capital's name found again."""
    from sitroom.components.place_reading import candidates
    from sitroom.components.place_reading_features import ReadingContext, features
    from sitroom.components.place_cues import SPORT_CUES
    from sitroom.components.sports import sports_story

    documents, shown = read_exports(exports, {lab["doc"] for lab in labels})
    wanted: dict[str, dict[tuple[int, int], tuple[str, str]]] = {}
    for lab in labels:  # in the order given: a later file's label on the same words wins
        got = reading_of(lab, shown)
        if got is not None:
            wanted.setdefault(lab["doc"], {})[(lab["start"], lab["end"])] = (got, lab["part"])
    docs = parsed([d for d in documents if d["id"] in wanted], cache)
    out, missing = [], 0
    for doc_id in sorted(wanted):
        doc = docs.get(doc_id)
        if doc is None:
            missing += len(wanted[doc_id])
            continue
        found = candidates(doc)
        ctx = ReadingContext.of(doc, sports_story(doc, SPORT_CUES), [s for s, _, _ in found])
        by_chars = {(s.start_char, s.end_char): (s, rule, kind) for s, rule, kind in found}
        for chars, (got, part) in sorted(wanted[doc_id].items()):
            if chars not in by_chars:
                missing += 1
                continue
            span, rule, kind = by_chars[chars]
            out.append((features(span, rule, kind, ctx), int(got == "metonym"), doc_id, part, rule, chars))
    print(f"{len(out)} labelled country or capital names found again; {missing} labelled words are no "
          "such name now (another place, another use, or no place)", file=sys.stderr)
    return out


def flips(probs: np.ndarray, y: np.ndarray, rule: np.ndarray, t: float, to: str) -> tuple[int, int]:
    """(flips, right flips) at threshold ``t``: literal names at or over it become metonyms
    (``to`` metonym), metonyms at or under it literal names."""
    if to == "metonym":
        flip = (rule == "literal") & (probs >= t)
        return int(flip.sum()), int((flip & (y == 1)).sum())
    flip = (rule == "metonym") & (probs <= t)
    return int(flip.sum()), int((flip & (y == 0)).sum())


def choose(probs: np.ndarray, y: np.ndarray, rule: np.ndarray, to: str) -> float | None:
    """The threshold with the most right flips over wrong ones among those whose flips are right at
    least ``MIN_RIGHT`` of the time (and number ``MIN_FLIPS``); None where none is."""
    cuts = np.round(np.arange(0.5, 0.991, 0.01) if to == "metonym" else np.arange(0.01, 0.501, 0.01), 2)
    best, best_net = None, 0
    for t in cuts:
        n, right = flips(probs, y, rule, float(t), to)
        if n >= MIN_FLIPS and right >= MIN_RIGHT * n and 2 * right - n > best_net:
            best, best_net = float(t), 2 * right - n
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m audit.train_place_reading", description=__doc__.split("\n\n")[0])
    ap.add_argument("--export", type=Path, action="append", required=True, help="base export of a dev part")
    ap.add_argument("--labels", type=Path, action="append", required=True, help="judged dev place mentions")
    ap.add_argument("--out", type=Path, required=True, help="YAML to write (sitroom/data/place_reading.yaml)")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the parsed dev documents")
    args = ap.parse_args(argv)
    rows = examples(args.export, [lab for p in args.labels for lab in _labels(p)], args.cache)
    y = np.array([r[1] for r in rows], float)
    rule = np.array([r[4] for r in rows])
    draws = [out_of_fold(rows, seed=s, lam=LAMBDA, min_count=MIN_COUNT) for s in range(FOLD_SEEDS)]
    aucs = [auc(p, y) for p in draws]
    probs = np.mean(draws, axis=0)
    to_metonym, to_literal = choose(probs, y, rule, "metonym"), choose(probs, y, rule, "literal")
    lit, met = rule == "literal", rule == "metonym"
    summary = (f"{len(rows)} judged dev names ({int(lit.sum())} literal by the rules, {int(y[lit].sum())} of them "
               f"metonyms; {int(met.sum())} metonyms by the rules, {int((1 - y[met]).sum())} of them literal); "
               f"out-of-fold AUC {np.mean(aucs):.3f} ({min(aucs):.3f}-{max(aucs):.3f}), within the rules' literal "
               f"names {auc(probs[lit], y[lit]):.3f}, within their metonyms {auc(probs[met], y[met]):.3f}")
    print(summary)
    for to, cuts in (("metonym", (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)),
                     ("literal", (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5))):
        print(f"  to {to}: threshold  flips  right")
        for t in cuts:
            n, right = flips(probs, y, rule, t, to)
            print(f"  {t:20.2f}  {n:5d}  {right:5d}")
    print(f"chosen: to_metonym {to_metonym}, to_literal {to_literal}")
    vocab = _vocab([r[0] for r in rows], MIN_COUNT)
    w = fit(_matrix([r[0] for r in rows], vocab), y, LAMBDA)
    chosen = {}
    for to, t in (("metonym", to_metonym), ("literal", to_literal)):
        if t is not None:
            n, right = flips(probs, y, rule, t, to)
            chosen[f"oof_to_{to}"] = {"flips": n, "right": right}
    header = ("# Place-reading model: logistic weights (P(metonym)) over\n"
              "# sitroom.components.place_reading_features.features. Written by\n"
              "# `python -m audit.train_place_reading` from names judged on dev articles (never the\n"
              f"# audit mix); do not edit by hand.\n# {summary}\n")
    body = {"to_metonym": to_metonym, "to_literal": to_literal, "bias": round(float(w[-1]), 4),
            "trained_on": {"labels": [str(p) for p in args.labels], "names": len(rows),
                           "metonyms": int(y.sum()), "oof_auc": round(float(np.mean(aucs)), 3), **chosen},
            "weights": dict(sorted({k: round(float(v), 4) for k, v in zip(vocab, w[:-1]) if abs(v) >= 1e-4}.items()))}
    import yaml

    args.out.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
