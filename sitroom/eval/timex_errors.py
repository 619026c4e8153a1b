"""Error classes of the timex export against a folder of TimeML files (development aid).

    python -m sitroom.eval.timex_errors /path/to/TBAQ-cleaned [--show CLASS]

A gold timex that no system timex overlaps is a miss; a system timex that overlaps no gold one
is a false hit; an overlapping pair with another value (a range counting at its written ends,
as ``sitroom eval timex`` scores it) is a wrong value, classed by what differs.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

__all__ = ["classify", "value_class"]


def value_class(system: str, gold: str, system_type: str, gold_type: str) -> str:
    """What differs between a system value and the gold one it overlaps."""
    if system_type != gold_type and {system_type, gold_type} & {"DURATION", "SET"}:
        return f"type {gold_type}->{system_type}"
    both = system + gold
    if gold.endswith("_REF") or system.endswith("_REF"):
        return "ref"
    if gold.startswith("P") or system.startswith("P"):
        return "duration value"
    if "T" in both:
        return "time-of-day"
    if re.search(r"Q\d|H\d", both):
        return "quarter/half"
    if re.search(r"-(SP|SU|FA|WI)", both):
        return "season"
    if "W" in both:
        return "week"
    if system.startswith(gold) or gold.startswith(system):
        return "granularity"
    if len(gold) == len(system) == 10 and gold[:7] == system[:7]:
        return "day off"
    if len(gold) == len(system) and gold[4:] == system[4:]:
        return "year off"
    return "unknown X" if "X" in both else "other value"


def classify(pairs: list[tuple[list, list]]) -> tuple[Counter, dict[str, list]]:
    """Error counts by class, and the (system, gold) items of each, from (system, gold) lists."""
    from sitroom.eval.timex import _overlap, _value_hit

    counts: Counter = Counter()
    items: dict[str, list] = defaultdict(list)
    for system, gold in pairs:
        for g in gold:
            over = [s for s in system if _overlap(g, s)]
            if any(_value_hit(s, g) for s in over):
                continue
            kind = f"missed {g[2]}" if not over else "value " + value_class(over[0][3], g[3], over[0][2], g[2])
            counts[kind] += 1
            items[kind].append((over, g))
        for s in system:
            if not any(_overlap(g, s) for g in gold):
                counts[f"false {s[2]}"] += 1
                items[f"false {s[2]}"].append(([s], None))
    return counts, items


def main(argv: list[str]) -> int:
    from sitroom.eval.timex import exported, read_tml
    from sitroom.model import Article, Record
    from sitroom.nlp import build
    from sitroom.pipeline import process

    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    golds = [read_tml(f) for f in sorted(Path(argv[0]).rglob("*.tml"))]
    articles = [Article(text=g.text, source=g.name, published=g.dct or None) for g in golds]
    pairs = []
    for gold, record in zip(golds, process(articles, build()), strict=True):
        pairs.append((exported(record) if isinstance(record, Record) else [], list(gold.timexes)))
    counts, items = classify(pairs)
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")
    print(f"{sum(counts.values()):5d}  all errors")
    if show:
        for over, g in items.get(show, []):
            print(show, "| gold:", g and g[3], "| system:", [s[3] for s in over])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
