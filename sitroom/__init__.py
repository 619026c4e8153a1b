"""sitroom: a sourced, living situation picture from news articles.

The library surface: read articles, process them with the one pipeline, keep them in a store.
Names are imported on first use (PEP 562), so ``sitroom --help`` and the store commands start
without loading spaCy.
"""

from __future__ import annotations

import importlib

_HOMES = {
    **dict.fromkeys(("Article", "DateRange", "Entity", "EntityRef", "Event", "Failure", "Mention",
                     "Place", "PlaceRef", "Quantity", "Quote", "Record", "Timex"), "sitroom.model"),
    "NlpOptions": "sitroom.nlp", "build": "sitroom.nlp",
    "process": "sitroom.pipeline",
    "open_store": "sitroom.store",
}

__all__ = [
    "Article", "DateRange", "Entity", "EntityRef", "Event", "Failure", "Mention", "NlpOptions",
    "Place", "PlaceRef", "Quantity", "Quote", "Record", "Timex", "build", "open_store", "process",
]


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'sitroom' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
