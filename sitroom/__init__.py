"""sitroom: a sourced, living situation picture from news articles.

The library surface: read articles, process them with the one pipeline, keep them in a store.
"""

from sitroom.model import (
    Article, DateRange, Entity, EntityRef, Event, Failure, Mention, Place, PlaceRef, Quantity,
    Quote, Record, Timex,
)
from sitroom.nlp import NlpOptions, build
from sitroom.pipeline import process
from sitroom.store import open_store

__all__ = [
    "Article", "DateRange", "Entity", "EntityRef", "Event", "Failure", "Mention", "NlpOptions",
    "Place", "PlaceRef", "Quantity", "Quote", "Record", "Timex", "build", "open_store", "process",
]
