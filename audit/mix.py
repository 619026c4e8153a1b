"""Build the hand-audit corpus: a fixed mix of >= 500 real articles from ../shared/corpus/news_text.

The mix (deterministic, no randomness beyond a fixed seed): every giveme5w1h article (511:
news_cluster, google_news and gold_standard; several outlets'
reports of the same events), the first 150 ISOT Reuters rows, and 60 Tehran Times articles drawn
with seed 2026. The JSON Lines it writes (text, title, date, url) go to a scratch path, never
into the repository: the article text belongs to its publishers.

    python -m audit.mix /tmp/audit/mix.jsonl
    python -m audit.mix --dev /tmp/audit/dev.jsonl   # tuning material, disjoint from the mix
    python -m audit.mix --dev2 /tmp/audit/dev2.jsonl # more of it, disjoint from both
    python -m audit.mix --dev3 /tmp/audit/dev3.jsonl # other sources, disjoint from all three
    python -m audit.mix --dev4 /tmp/audit/dev4.jsonl # conflict-region news, disjoint from all four
    python -m audit.mix --dev5 /tmp/audit/dev5.jsonl # fresh labelling material, disjoint from all five
    python -m audit.mix --dev6 /tmp/audit/dev6.jsonl # held-out labelling material, disjoint from all six
    python -m audit.mix --dev7 /tmp/audit/dev7.jsonl # fresh held-out material (turn 16), disjoint from all seven
    python -m audit.mix --dev9 /tmp/audit/dev9.jsonl # fresh labelling material (turn 25), disjoint from all eight
    python -m audit.mix --dev10 /tmp/audit/dev10.jsonl # fresh labelling material (turn 26), disjoint from all nine
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_text"


def _giveme() -> list[dict]:
    rows = [json.loads(line) for line in (SHARED / "giveme5w1h_news" / "giveme5w1h_news.jsonl").open()]
    return [{"id": r["id"], "title": r["title"], "text": r["text"], "date": r.get("published"),
             "url": r.get("url")} for r in rows]


def _isot() -> list[dict]:
    with (SHARED / "isot_true_sample" / "True_head544.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:150]
    return [{"id": f"isot-{i}", "title": r["title"], "text": r["text"], "date": r["date"]}
            for i, r in enumerate(rows)]


def _tehran() -> list[dict]:
    path = SHARED / "tehran_times_subset" / "tehran_times_afghanistan_central_asia.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    pick = random.Random(2026).sample(rows, 60)
    return [{"id": f"tehran-{r['news_id']}", "title": r["title_from_filename"], "text": r["text"],
             "url": r.get("url_guess")} for r in pick]


def build() -> list[dict]:
    return _giveme() + _isot() + _tehran()


def build_dev(part: int = 1) -> list[dict]:
    """Dev material, disjoint from the audit mix. Part 1: ISOT rows 150-349, 80 other Tehran Times
    articles and 150 BBC 2004-2005 articles (30 per section, sport and entertainment included).
    Part 2, disjoint from part 1: ISOT rows 350-543, 80 more Tehran Times, 150 more BBC."""
    lo, hi = (150, 350) if part == 1 else (350, 544)
    with (SHARED / "isot_true_sample" / "True_head544.csv").open(newline="", encoding="utf-8") as fh:
        isot = [{"id": f"isot-{i}", "title": r["title"], "text": r["text"], "date": r["date"]}
                for i, r in enumerate(csv.DictReader(fh)) if lo <= i < hi]
    path = SHARED / "tehran_times_subset" / "tehran_times_afghanistan_central_asia.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    taken = {r["news_id"] for r in random.Random(2026).sample(rows, 60)}
    rest = [r for r in rows if r["news_id"] not in taken]
    first = random.Random(7).sample(rest, 80)
    if part == 2:
        used = {r["news_id"] for r in first}
        first = random.Random(8).sample([r for r in rest if r["news_id"] not in used], 80)
    tehran = [{"id": f"tehran-{r['news_id']}", "title": r["title_from_filename"], "text": r["text"],
               "url": r.get("url_guess")} for r in first]
    bbc_rows = [json.loads(line) for line in (SHARED / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl").open()]
    bbc = []
    for section in sorted({r["category"] for r in bbc_rows}):
        pool = [r for r in bbc_rows if r["category"] == section]
        pick = random.Random(7).sample(pool, 30)
        if part == 2:
            used = {r["id"] for r in pick}
            pick = random.Random(8).sample([r for r in pool if r["id"] not in used], 30)
        bbc += [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in pick]
    return isot + tehran + bbc


def build_dev3() -> list[dict]:
    """Dev part 3, disjoint from the mix and parts 1-2, from sources they do not draw on: 120
    Tehran Times articles of the Russia-China subset, 120 Reuters-21578 bodies (1987 newswire, at
    least 600 characters) and 120 more BBC articles (24 per section)."""
    path = SHARED / "tehran_times_subset" / "tehran_times_russia_china_titles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    tehran = [{"id": f"tehran-{r['news_id']}", "title": r["title_from_filename"], "text": r["text"],
               "url": r.get("url_guess")} for r in random.Random(9).sample(rows, 120)]
    with gzip.open(SHARED / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        bodies = [r for r in map(json.loads, fh) if len(r.get("text") or "") >= 600]
    reuters = [{"id": r["id"], "title": r["title"], "text": r["text"], "date": _reuters_date(r["date"])}
               for r in random.Random(9).sample(bodies, 120)]
    used = {r["id"] for part in (1, 2) for r in build_dev(part)}
    bbc_rows = [json.loads(line) for line in (SHARED / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl").open()]
    bbc = []
    for section in sorted({r["category"] for r in bbc_rows}):
        pool = [r for r in bbc_rows if r["category"] == section and r["id"] not in used]
        bbc += [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in random.Random(9).sample(pool, 24)]
    taken = {r["id"] for r in build()} | used
    return [r for r in tehran + reuters + bbc if r["id"] not in taken]


def build_dev4() -> list[dict]:
    """Dev part 4 (labelled events for the trust model), disjoint from the mix and parts 1-3:
    200 Tehran Times articles on Afghanistan and Central Asia, 80 of the Russia-China subset and
    80 Reuters-21578 bodies (at least 600 characters), all drawn with seed 10."""
    used = {r["id"] for r in build()} | {r["id"] for part in (1, 2) for r in build_dev(part)}
    used |= {r["id"] for r in build_dev3()}
    return _unique(_tehran_and_reuters(used, 200, 80, 80, seed=10))


def _tehran_and_reuters(used: set[str], afghanistan: int, russia_china: int, reuters: int,
                        seed: int) -> list[dict]:
    """Tehran Times articles of the two subsets and Reuters-21578 bodies (at least 600
    characters) that no earlier part used, drawn with ``seed``."""
    rows = []
    for name, n in (("tehran_times_afghanistan_central_asia", afghanistan),
                    ("tehran_times_russia_china_titles", russia_china)):
        with gzip.open(SHARED / "tehran_times_subset" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            pool = [r for r in map(json.loads, fh) if f"tehran-{r['news_id']}" not in used]
        rows += [{"id": f"tehran-{r['news_id']}", "title": r["title_from_filename"], "text": r["text"],
                  "url": r.get("url_guess")} for r in random.Random(seed).sample(pool, n)]
    with gzip.open(SHARED / "reuters21578" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as fh:
        bodies = [r for r in map(json.loads, fh) if len(r.get("text") or "") >= 600 and r["id"] not in used]
    rows += [{"id": r["id"], "title": r["title"], "text": r["text"], "date": _reuters_date(r["date"])}
             for r in random.Random(seed).sample(bodies, reuters)]
    return rows


def _unique(rows: list[dict]) -> list[dict]:
    seen: set[str] = set()
    return [r for r in rows if not (r["id"] in seen or seen.add(r["id"]))]


def build_dev5() -> list[dict]:
    """Dev part 5 (fresh material to label once parts 1-4 were judged through), disjoint from the
    mix and parts 1-4: 150 more BBC articles (30 per section), 80 Tehran Times articles on
    Afghanistan and Central Asia, 40 of the Russia-China subset and 90 Reuters-21578 bodies (at
    least 600 characters), all drawn with seed 11."""
    return _fresh_part((build_dev3, build_dev4), seed=11)


def build_dev6() -> list[dict]:
    """Dev part 6 (turn 13: events judged here are first held out from the trust model), disjoint
    from the mix and parts 1-5, drawn as part 5 is with seed 13: 150 BBC articles (30 per section),
    80 Tehran Times articles on Afghanistan and Central Asia, 40 of the Russia-China subset and 90
    Reuters-21578 bodies (at least 600 characters)."""
    return _fresh_part((build_dev3, build_dev4, build_dev5), seed=13)


def build_dev7() -> list[dict]:
    """Dev part 7 (turn 16: every earlier part is mostly labelled, so a random draw of its events
    is no longer fresh), disjoint from the mix and parts 1-6, drawn as part 6 is with seed 17."""
    return _fresh_part((build_dev3, build_dev4, build_dev5, build_dev6), seed=17)


def build_dev9() -> list[dict]:
    """Dev part 9 (turn 25: the shown events of parts 1-8 are nearly all labelled, so fresh draws
    ran dry), disjoint from the mix and parts 1-7, drawn as part 7 is with seed 19. (Part 8, the
    web pages of ``../shared/corpus/html_extraction``, shares no source with these.)"""
    return _fresh_part((build_dev3, build_dev4, build_dev5, build_dev6, build_dev7), seed=19)


def build_dev10() -> list[dict]:
    """Dev part 10 (turn 26: the shown events of part 9's tuning half were judged through),
    disjoint from the mix and parts 1-7 and 9, drawn as part 9 is with seed 23."""
    return _fresh_part((build_dev3, build_dev4, build_dev5, build_dev6, build_dev7, build_dev9), seed=23)


def _fresh_part(earlier: tuple, seed: int) -> list[dict]:
    """150 BBC articles (30 per section), 80 + 40 Tehran Times articles and 90 Reuters-21578 bodies
    that neither the mix, parts 1-2 nor the parts ``earlier`` builds hold, drawn with ``seed``."""
    used = {r["id"] for r in build()} | {r["id"] for part in (1, 2) for r in build_dev(part)}
    used |= {r["id"] for build_part in earlier for r in build_part()}
    rows = []
    bbc_rows = [json.loads(line) for line in (SHARED / "bbc_fulltext_2004_2005" / "bbc_fulltext.jsonl").open()]
    for section in sorted({r["category"] for r in bbc_rows}):
        pool = [r for r in bbc_rows if r["category"] == section and r["id"] not in used]
        rows += [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in random.Random(seed).sample(pool, 30)]
    return _unique(rows + _tehran_and_reuters(used, 80, 40, 90, seed=seed))


def _reuters_date(stamp: str) -> str | None:
    """'26-FEB-1987 15:01:01.79' -> '1987-02-26'."""
    from datetime import datetime
    try:
        return datetime.strptime(stamp.strip().split()[0].title(), "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


def main(argv: list[str]) -> int:
    parts = {"--dev": 1, "--dev2": 2, "--dev3": 3, "--dev4": 4, "--dev5": 5, "--dev6": 6, "--dev7": 7,
             "--dev9": 9, "--dev10": 10}
    dev = parts.get(argv[0] if argv else "", 0)
    argv = argv[1:] if dev else argv
    if len(argv) != 1 or argv[0].startswith("-"):
        print(f"usage: python -m audit.mix [{'|'.join(parts)}] OUT.jsonl", file=sys.stderr)
        return 2
    if not SHARED.is_dir():
        print(f"cannot build the audit mix: {SHARED} is missing; put ../shared beside the repo", file=sys.stderr)
        return 2
    rows = {3: build_dev3, 4: build_dev4, 5: build_dev5, 6: build_dev6, 7: build_dev7,
            9: build_dev9, 10: build_dev10}.get(dev, lambda: build_dev(dev) if dev else build())()
    with open(argv[0], "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles -> {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
