"""A district's name that stands for what is seated there: a trade, no place; a body, a metonym.

News writes "Hollywood" for the American film industry ("a Hollywood producer", "Hollywood is
bracing for a strike", "scandals in sport, Hollywood and the press") and
"Broadway" for New York's theatre ("her Broadway debut"). An industry is
no place by the audit's criteria, so such a name (data/place_seated.yaml ``trade_names``) is
dropped from the places unless its words put something in the town:

* a region after a comma ("Hollywood, Fla.", "Broadway, Va."): the town by its address;
* a possessive before a named building ("Hollywood's Kodak Theatre"; areas.yaml
  ``named_thing_heads``);
* a move "from" one place "to" the name or the reverse ("moved its offices from Chicago to
  Hollywood", "flew from Hollywood to Cannes");
* a named building before "in" ("the Apollo Theatre in Hollywood"), or "home" that someone
  calls the town ("it is Hollywood that he calls home");
* a preposition of place whose head is a verb of holding, staging or finding there ("the
  gala will be held in Hollywood", ``site_verbs``) or a noun of a site or a gathering ("a
  grocery store in Hollywood", "a house in Hollywood", ``site_nouns``).

"actresses in Hollywood", "twenty years in Hollywood", "back to Hollywood" stay the trade: the
people and the years of an industry, not of a town.

A district named for the parliament seated there (``seat_names``: "Westminster") stands for that
body, as a capital for its government ("a law left to Westminster", "Welsh MPs at Westminster"):
exported as a metonym, unless the same words put something in the district, or a word of a
name or a list of places stands before it ("the Palace of Westminster", "Cities of London and
Westminster"), or the story reads it as a namesake in another country.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists, yaml_data
from sitroom.components.place_cues import _PLACE_PREPS
from sitroom.components.place_frames import area_words
from sitroom.resolve.place_names import _DIRECTIONS

__all__ = ["names_trade", "stands_for_body"]

_POSSESSIVES = frozenset(["'s", "\u2019s"])


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    return word_lists("place_seated", "trade_names", "site_verbs", "site_nouns")


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    return {str(k): str(v) for k, v in (yaml_data("place_seated").get("seat_names") or {}).items()}


def names_trade(span: Span) -> bool:
    """The words of ``span`` are a trade's name (``trade_names``) that nothing places in the town."""
    names, verbs, nouns = _lists()
    if span.text not in names:
        return False
    return not (_addressed(span) or _owns_building(span) or _sited(span, verbs, nouns) or _called_home(span))


def stands_for_body(span: Span, cand) -> bool:
    """The words of ``span`` (read as ``cand``) are a district named for the body seated there
    (``seat_names``) that nothing places in the district."""
    seat = _seats().get(span.text)
    if seat is None or seat != cand.cc:
        return False
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("of", "and", "&", ","):
        return False  # "the Palace of Westminster", "Cities of London and Westminster"
    _names, verbs, nouns = _lists()
    return not (_addressed(span) or _owns_building(span) or _sited(span, verbs, nouns))


def _addressed(span: Span) -> bool:
    """ "Hollywood, Fla.", "Broadway, Virginia", "Westminster, central London": a region's name or
    abbreviation after a comma, a word of direction ("central", "north") allowed before it."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    i = span.end + 1
    if doc[i].lower_ in _DIRECTIONS and i + 1 < len(doc):
        i += 1
    region = doc[i]
    return region.is_title and (region.ent_type_ == "GPE" or region.text.endswith("."))


def _owns_building(span: Span) -> bool:
    """ "Hollywood's Kodak Theatre": the possessive before a named building or venue."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _POSSESSIVES:
        return False
    heads = area_words("named_thing_heads")
    return any(t.lower_ in heads and t.is_title for t in doc[span.end + 1 : span.end + 5])


def _sited(span: Span, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """A preposition of place before the name whose head is a verb of holding or finding there
    or a noun of a site or a gathering."""
    doc = span.doc
    if span.start == 0:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ not in _PLACE_PREPS or span.root.head.i != prep.i:
        return False
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and (before.lower_ in nouns or before.lemma_.lower() in nouns):
        return True  # "its weekly briefings in Westminster", however the parse hangs "in"
    head = prep.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head  # "the first meeting of the year at Westminster": the meeting's place
    if _between(prep):
        return True
    if prep.head.is_title and prep.head.lower_ in area_words("named_thing_heads"):
        return True  # "the Apollo Theatre in Hollywood": a named building's town
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in verbs
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def _between(prep) -> bool:
    """ "from Chicago to Hollywood": the other end of a move, "from" or "to" a few words away on
    its side of the name, is a proper name (a place the model may call a firm)."""
    doc = prep.doc
    if prep.lower_ == "to":
        ends = doc[max(0, prep.i - 8) : prep.i]
        other = "from"
    elif prep.lower_ == "from":
        ends = doc[prep.i + 1 : prep.i + 10]
        other = "to"
    else:
        return False
    return any(t.lower_ == other and any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN" for g in t.children)
               for t in ends)


def _called_home(span: Span) -> bool:
    """ "the town he calls home", "it is Hollywood that she calls home": a verb of calling with
    "home" hangs on the name or on the word the name hangs on."""
    near = [span.root, span.root.head]
    return any(v.lemma_.lower() == "call" and any(c.lower_ == "home" for c in v.children)
               for t in near for v in t.children)
