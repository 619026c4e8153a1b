"""Choose trafilatura's setting on pages we do not report on: Utomo & Leu's gold main text.

Usage: .venv/bin/python benchmarks/html_modes.py [SHARED] [SUBSET ...]
Scores sitroom's HTML article text (shingle P/R/F1, the Scrapinghub metric) for each of
trafilatura's precision, balanced and recall settings on ../shared/corpus/html_extraction/
msvcode_big9_chaos subsets (default: chaos-all and big5-17).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from sitroom.eval.html import shingle_counts, shingle_scores
from sitroom.ingest.html import article_from_extraction, extract_html
from sitroom.ingest.options import ReadError, ReadOptions
from sitroom.ingest.sniff import decode

MODES = ("precision", "balanced", "recall")


def main(argv: list[str]) -> None:
    shared = Path(argv[0]) if argv else Path(__file__).resolve().parents[1].parent / "shared"
    subsets = argv[1:] or ["chaos-all", "big5-17"]
    root = shared / "corpus/html_extraction/msvcode_big9_chaos"
    print("| subset | pages | setting | precision | recall | F1 |\n|---|---|---|---|---|---|")
    for subset in subsets:
        pages = sorted((root / subset / "html").glob("*.html.gz"))
        for mode in MODES:
            counts = []
            for page in pages:
                gold = (root / subset / "gold" / page.name.replace(".html.gz", ".txt")).read_text("utf-8", "replace")
                body, header = extract_html(decode(gzip.decompress(page.read_bytes()), None), mode)
                try:
                    text = article_from_extraction(body, header, page.name, ReadOptions(html_mode=mode)).text
                except ReadError:
                    text = ""
                counts.append(shingle_counts(gold, text))
            s = shingle_scores(counts)
            print(f"| {subset} | {len(pages)} | {mode} | {s['precision']:.1f} | {s['recall']:.1f} | {s['f1']:.1f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
