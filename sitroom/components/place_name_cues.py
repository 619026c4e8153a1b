"""Whether a name the story gives a person in full is also used as a place somewhere in it.

A story that names a person in full ("Lewis Hamilton", "Harvey Weinstein", "Daniel Pearl") uses
the lone name for that person unless somewhere the words around it say place plainly: a
preposition of location ("in Hamilton", "near Pearl", "at Randwick"), a kind of place before
it ("the town of Hamilton"), a direction ("eastern
Hamilton"), a place beside it in a list or after a comma ("Hamilton, Ontario"), a kind of place
or a place's part after it ("the Hamilton area", "Hamilton's streets", "Hamilton-based"), a dateline in capitals.
The looser cues of ``place_cues._place_cue`` stand as often around a person's name as around a
town's and decide nothing here: "the" before a noun ("the Clinton campaign", "the Pearl
tragedy"), "to", "from" ("a pass from Scholes", "a letter to Clinton").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.components.place_cues import _COUNTY_WORDS, _FEATURES, _KIND_WORDS, WHERE_PREPS, _place_possessions
from sitroom.resolve.places import _DIRECTIONS

__all__ = ["cued_as_place", "loose_from"]

# "from" comes before a person's name as often as a place's ("a call from Clinton"): no
# evidence; "at" is a venue's ("the horses stabled at Randwick", beside "Randwick Racecourse")
_LOCATION_PREPS = WHERE_PREPS - {"from"} | {"at"}
_LIST_WORDS = frozenset([",", "and", "or"])
_PLACE_LABELS = frozenset(["GPE", "LOC"])


def _plain_place_cue(span: Span) -> bool:
    """Words around a one-word name that say place whoever bears the name (see the module)."""
    doc = span.doc
    if span.text.isupper():
        return True  # "HAMILTON (Reuters)"
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if prev is not None and (prev.lower_ in _LOCATION_PREPS or prev.lower_ in _DIRECTIONS):
        return True
    if prev is not None and prev.lower_ == "of" and span.start > 1 \
            and doc[span.start - 2].lower_ in _KIND_WORDS | _COUNTY_WORDS:
        return True  # "the town of Hamilton", "the county of Harvey"
    if prev is not None and prev.text in _LIST_WORDS and span.start > 1 \
            and doc[span.start - 2].ent_type_ in _PLACE_LABELS:
        return True  # "Toronto, Hamilton"
    if nxt is None:
        return False
    if nxt.text in _LIST_WORDS and after is not None and after.ent_type_ in _PLACE_LABELS:
        return True  # "Hamilton, Ontario", "Hamilton and Toronto"
    if nxt.lower_ in _KIND_WORDS | _COUNTY_WORDS | _FEATURES | {"area", "areas"}:
        return True
    if nxt.text == "-" and after is not None and after.lower_ == "based":
        return True
    return nxt.tag_ == "POS" and after is not None and after.lower_ in _place_possessions()


def cued_as_place(doc: Doc, word: str) -> bool:
    """A lone occurrence of ``word`` (no part of a person's longer name) has plain words of place
    around it somewhere in the document (``_plain_place_cue``)."""
    return any(
        tok.text == word
        and not (tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or tok.i + 1 < len(doc)
                                                 and doc[tok.i + 1].ent_iob_ == "I"))
        and _plain_place_cue(doc[tok.i:tok.i + 1])
        for tok in doc
    )


def loose_from(span: Span) -> bool:
    """"from" before a person's name where nothing in the story says the name is a place ("a
    save from Scholes", "a call from Clinton"): the caller knows the name to be a person's."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == "from" and not cued_as_place(doc, span.text)
