"""spaCy components, one per extractor, each writing its own ``doc.spans[...]`` group.

Every span in a group carries its record in a span extension named after the kind
(``span._.timex``, ``span._.quantity``, ...). Each kind has its own attribute because spaCy
keys span extension values by character offsets: two kinds on the same characters must not
overwrite each other.
"""

from __future__ import annotations

# span group name -> span extension holding the record
GROUPS: dict[str, str] = {
    "actors": "actor",  # EntityRef
    "places": "place",  # PlaceRef
    "timexes": "timex",  # Timex
    "quantities": "quantity",  # Quantity
    "quotes": "quote",  # Quote
    "events": "event",  # Event
}

# document context set by the pipeline before the components run
DOC_ATTRS: dict[str, object] = {
    "published": None,  # ISO date of publication, the anchor for relative dates
    "doc_id": None,  # stable document id (hash of the cleaned text)
    "title": None,  # the article's headline when ingest moved it out of the text
    # set by sitroom_actors: ids of the bodies it read from names the NER took for people's
    # ("Freedom Caucus", person_plain.plain_body), which events take as parties
    "plain_bodies": None,
}


def ensure_extensions() -> None:
    """Register the extension attributes our components read and write (idempotent)."""
    from spacy.tokens import Doc, Span  # here, so that reading a component's data does not load spaCy

    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for attr in GROUPS.values():
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
