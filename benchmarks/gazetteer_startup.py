"""Gazetteer start-up and place-resolution cost.

Prints the time to open the built gazetteer and answer the first lookups (goal: under 3 s),
the fuzzy pool's first load, and, with --corpus DIR, the places component's share of the
pipeline time over the .txt files of DIR (goal: under 15% of spaCy's time).
Run: .venv/bin/python benchmarks/gazetteer_startup.py [--corpus ../shared/corpus/bbc]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def startup() -> None:
    from sitroom.resolve.gazetteer import default_gazetteer

    default_gazetteer().find("Kabul")  # make sure the index is built (not timed)
    default_gazetteer.cache_clear()
    t0 = time.perf_counter()
    gaz = default_gazetteer()
    for name in ("Bishkek", "Kant", "Georgia", "Xinjiang", "Springfield"):
        gaz.find(name)
    t1 = time.perf_counter()
    gaz.fuzzy("Gorno-Badakshchan")
    t2 = time.perf_counter()
    print(f"gazetteer open + 5 lookups: {t1 - t0:.3f} s (goal < 3 s)")
    print(f"first fuzzy lookup (loads the fuzzy pool): {t2 - t1:.3f} s")


def corpus_share(folder: Path, limit: int) -> None:
    from sitroom import nlp as nlp_mod

    nlp = nlp_mod.build(nlp_mod.NlpOptions())
    texts = [
        p.read_text("utf-8", "replace") for p in sorted(folder.rglob("*.txt"))[:limit]
    ]
    totals: dict[str, float] = {}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            totals[name] = totals.get(name, 0.0) + time.perf_counter() - t
    ours = {k: v for k, v in totals.items() if k.startswith("sitroom_")}
    spacy_time = sum(v for k, v in totals.items() if k not in ours)
    for k in ("sitroom_actor_ruler", "sitroom_actors", "sitroom_places"):
        if k in totals:
            print(
                f"{k}: {totals[k]:.2f} s = {100 * totals[k] / spacy_time:.1f}% of spaCy's {spacy_time:.2f} s"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    startup()
    if args.corpus:
        corpus_share(args.corpus, args.limit)


if __name__ == "__main__":
    main()
