"""Worker processes for the concurrency and kill -9 tests: open a store, ingest, report."""

from __future__ import annotations

import json
import sys

GOOD = ("Government forces retook the town of Kunduz on Tuesday after a week of fighting, "
        "officials said. Aid agencies said about {n} families had fled the northern districts.")


def articles(count: int, offset: int = 0):
    from sitroom.model import Article

    return [Article(GOOD.format(n=n) + " More text follows here." * (n % 7), f"doc{n}.txt",
                    published="2021-03-01") for n in range(offset, offset + count)]


def open_only(db: str) -> str:
    from sitroom.store import open_store

    try:
        open_store(db).close()
        return "ok"
    except Exception as exc:  # noqa: BLE001 - reported to the test
        return f"{type(exc).__name__}: {exc}"


def ingest(db: str, count: int, offset: int = 0) -> dict:
    import spacy

    from sitroom.ingest_run import IngestOptions, ingest_articles
    from sitroom.nlp import NlpOptions, add_components
    from sitroom.store import open_store

    nlp = add_components(spacy.blank("en"), NlpOptions(components=()))
    outcomes: dict[str, int] = {}
    reasons: list[str] = []

    def notify(outcome, item):
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome == "failed":
            reasons.append(item.reason)

    with open_store(db) as store:
        ingest_articles(articles(count, offset), store, nlp, IngestOptions(progress=False, batch_size=4), notify)
    return {"outcomes": outcomes, "reasons": reasons}


if __name__ == "__main__":
    print(json.dumps(ingest(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)),
          flush=True)
