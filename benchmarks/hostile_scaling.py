"""Pathological inputs cost time linear in their size (no quadratic or exponential blow-up).

    .venv/bin/python benchmarks/hostile_scaling.py [--base N] [--steps 4]

For each hostile shape, builds inputs of size base, 2·base, 4·base, ... and times what sitroom
does with them in CPU time (reading, and the tokenizer where the input is accepted), then fits the exponent
of time against size on a log-log scale: 1.0 is linear, 2.0 quadratic. Exit status 1 when an
exponent is over 1.3. Shapes:

- long-tokens: text of many 4,000-character words (just under the 5,000 limit), tokenized by
  spaCy (its tokenizer is quadratic in the length of one token; the limit keeps that bounded)
- no-spaces: one run without spaces (refused before the tokenizer)
- attributes: one HTML element with many attributes (refused before the parser)
- nesting: a JSON Lines row nested deeply (refused by the JSON parser)
- yaml-aliases: front matter whose aliases nest ("billion laughs"; refused at the first alias)
- wrapped-lines: one paragraph of many short lines (each joined to the paragraph)
- broken-paragraphs: many paragraphs, each continuing the sentence before it (all rejoined)
- gzip-bomb: gzip inflating to many times the size limit (stopped at the limit while inflating)
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitroom.ingest import ReadOptions, read_bytes  # noqa: E402
from sitroom.model import Article  # noqa: E402

GOOD = "Government forces retook the town of Kunduz on Tuesday, officials said. "


def long_tokens(n: int) -> tuple[str, bytes]:
    word = "x" * 4000
    return "text", (GOOD + " ".join([word] * max(1, n // 4000))).encode()


def no_spaces(n: int) -> tuple[str, bytes]:
    return "text", GOOD.encode() + b"y" * n


def attributes(n: int) -> tuple[str, bytes]:
    attrs = " ".join(f"a{i}=\"{i}\"" for i in range(n // 10))
    return "html", f"<html><body><div {attrs}><p>{GOOD * 3}</p></div></body></html>".encode()


def nesting(n: int) -> tuple[str, bytes]:
    return "jsonl", b'{"text": ' + b"[" * (n // 2) + b"]" * (n // 2) + b"}\n"


def yaml_aliases(n: int) -> tuple[str, bytes]:
    lines = ["---", "title: x", "a0: &a0 [lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, max(2, n // 40))]
    return "md", ("\n".join(lines) + "\n---\n" + GOOD).encode()


def wrapped_lines(n: int) -> tuple[str, bytes]:
    return "text", (GOOD + "\n" + "\n".join(f"line {i} of one endless paragraph" for i in range(n // 32))).encode()


def broken_paragraphs(n: int) -> tuple[str, bytes]:
    return "text", (GOOD + "\n\n" + "\n\n".join(f"and then part {i} of a sentence that" for i in range(n // 36))).encode()


def gzip_bomb(n: int) -> tuple[str, bytes]:
    return "txt.gz", gzip.compress(b"a" * (n * 1024), 9, mtime=0)


SHAPES = {"long-tokens": long_tokens, "no-spaces": no_spaces, "attributes": attributes,
          "nesting": nesting, "yaml-aliases": yaml_aliases, "wrapped-lines": wrapped_lines,
          "broken-paragraphs": broken_paragraphs, "gzip-bomb": gzip_bomb}


def run(shape: str, n: int, nlp) -> float:
    """CPU seconds to read the input and, for long-tokens, to check and tokenize it.

    Only long-tokens is about the tokenizer; for the other shapes an accepted text is checked
    (``_longest_run``) but not tokenized, since spaCy's tokenizer on any large ordinary text
    grows a little faster than linearly (about n^1.2, measured on prose) up to nlp.max_length.
    """
    from sitroom.pipeline import _longest_run, _prepare

    ext, data = SHAPES[shape](n)
    start = time.process_time()
    for item in read_bytes(data, f"bench.{ext}", ReadOptions(max_bytes=32 * 1024 * 1024), name=f"bench.{ext}"):
        if isinstance(item, Article):
            if shape == "long-tokens":
                _prepare(nlp, item)
            else:
                _longest_run(item.text)
    return time.process_time() - start


def slope(sizes: list[int], times: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    import spacy

    from sitroom.components import ensure_extensions

    ensure_extensions()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=250_000, help="smallest input, in bytes (about)")
    parser.add_argument("--steps", type=int, default=4, help="sizes: base, 2 base, 4 base, ...")
    args = parser.parse_args()
    nlp = spacy.blank("en")
    nlp.max_length = 10**8
    sizes = [args.base * 2**i for i in range(args.steps)]
    print(f"{'shape':<14}" + "".join(f"{s // 1000:>9}k" for s in sizes) + "   exponent")
    worst = 0.0
    for shape in SHAPES:
        run(shape, sizes[0], nlp)  # warm-up (imports, caches)
        times = [min(run(shape, s, nlp) for _ in range(5)) for s in sizes]
        k = slope(sizes, times)
        if shape != "gzip-bomb":  # capped: constant once past the limit
            worst = max(worst, k)
        print(f"{shape:<14}" + "".join(f"{t * 1000:>8.1f}ms" for t in times) + f"   {k:5.2f}")
    print(f"worst exponent (1.0 = linear): {worst:.2f}")
    return 1 if worst > 1.3 else 0


if __name__ == "__main__":
    sys.exit(main())
