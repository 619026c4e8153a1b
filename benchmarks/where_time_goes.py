"""Where sitroom's pipeline spends its CPU, by sampling: per component and per function.

    .venv/bin/python benchmarks/where_time_goes.py [--limit 150] [--corpus bbc|reuters] [--top 25]

Builds the pipeline, runs it once over the built-in warm-up text (one-time set-up is not
counted), then runs ``sitroom.pipeline.process`` over the texts while a CPU-time timer
(``SIGPROF``, every 5 ms of CPU) records the Python stack. Unlike cProfile, sampling adds no cost
per call, so code that makes many cheap calls (token loops, extension attributes) is not
overstated. Each sample is counted for the component whose ``__call__``/``pipe`` is on the stack
(none: spaCy's own components, whose generators our memo wrappers drive, and the batching), for
the innermost sitroom function, and for the innermost function of all. C code (the model's
layers, the Matcher) counts for the Python function that called it.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time

from scale_speed import CORPORA, _rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, default="bbc")
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if not CORPORA[args.corpus].exists():
        print(f"{CORPORA[args.corpus]} is not present; this benchmark needs ../shared", file=sys.stderr)
        return 2
    from sitroom.model import Article
    from sitroom.nlp import NlpOptions, build
    from sitroom.parallel import WARM_UP
    from sitroom.pipeline import process

    nlp = build(NlpOptions())
    list(process([Article(text=WARM_UP, source="warm-up", published="2021-03-03")], nlp))
    articles = [Article(text=r["text"], source=f"{args.corpus}{i}", published=r["date"][:10])
                for i, r in enumerate(_rows(args.corpus, args.limit))]
    component, ours, inner = collections.Counter(), collections.Counter(), collections.Counter()

    last = [0.0]

    def sample(_sig, frame) -> None:
        # a signal that falls in a long C call is delivered once when it returns: weigh each
        # sample by the CPU time since the last one, so that call's caller gets all of it
        now = time.process_time()
        weight, last[0] = now - last[0], now
        inner[f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_code.co_name}"] += weight
        comp = own = None
        while frame is not None and not frame.f_code.co_filename.endswith("spacy/language.py"):
            name = frame.f_code.co_filename
            if own is None and "/sitroom/" in name:
                own = f"{name.rsplit('/sitroom/', 1)[-1]}:{frame.f_code.co_name}"
            if comp is None and "/sitroom/components/" in name and frame.f_code.co_name in ("__call__", "pipe"):
                comp = name.rsplit("/", 1)[-1]
            frame = frame.f_back
        component[comp or "(spaCy's components, batching)"] += weight
        ours[own or "(no sitroom frame)"] += weight

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.005, 0.005)
    start = last[0] = time.process_time()
    list(process(articles, nlp))
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(component.values()) or 1
    print(f"{len(articles)} {args.corpus} articles: {time.process_time() - start:.1f} CPU s, {total:.1f} s sampled")
    for title, counts in (("component", component), ("innermost sitroom function", ours),
                          ("innermost function", inner)):
        print(f"== {title}")
        for key, n in counts.most_common(args.top):
            print(f"  {100 * n / total:5.1f}%  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
