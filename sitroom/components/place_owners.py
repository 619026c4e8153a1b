"""A place's name followed by its own possessive is no word of a name ("Japan's military",
"Puerto Rico's residents", "Iran's Foreign Ministry", "Chicago's other sports franchises").

The model may tag the whole phrase after the name as an organisation ("Iran's Foreign
Ministry"), and the name then reads as embedded in it. But a possessive closes the name it
follows: whatever comes after the "'s" is owned by the place, not a name that holds it. Judged by
the places criteria, `embedded` there is wrong (issue 11). What the possessive owns decides the
use, as for any place before "'s" (place_cues._owns_place_thing): a part, a building, the people
or a team of the place is the place itself ("Puerto Rico's residents", "Pakistan's North West
Frontier Province"); anything else is its state's ("Japan's military", "Iran's diplomats").

A place inside a longer name keeps its claim: the possessive is then the whole name's ("the
University of Tehran's website", "the Bank of England's committee", "BBC Scotland's
correspondent"), and so does a name whose possessive a firm's word follows ("Moody's
Corporation")."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_cues import _owns_place_thing
from sitroom.components.place_firms import POSSESSIVE
from sitroom.resolve.actor_data import load_titles

__all__ = ["owner_use", "stands_for_state"]

# small words that join a place to the name before it ("the Bank of England", "Institute for
# Iran")
_NAME_JOINS = frozenset({"of", "for", "de", "du", "des", "del", "di"})


def _opens_possessive(span: Span) -> bool:
    """``span`` is followed by "'s" and no capitalised word or joining word before it makes it
    the last part of a longer name."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in POSSESSIVE:
        return False
    if span.end + 1 < len(doc) and doc[span.end + 1].text in load_titles().company_words:
        return False  # "Moody's Corporation": a firm's name that holds the possessive
    if span.start == 0:
        return True
    prev = doc[span.start - 1]
    if prev.text in {"-", "\u2013"} and not prev.whitespace_:
        return False  # "the Khaf-Herat railway"
    if prev.lower_ in _NAME_JOINS:  # "the Bank of England's", not "half of Guam's"
        return not (prev.i > 0 and _name_word(doc[prev.i - 1]))
    # "But Japan's ...": a word opening the sentence is no part of a name unless it is one itself
    return span[0].is_sent_start or (prev.is_sent_start and prev.pos_ != "PROPN") or not _name_word(prev)


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a name ("University", "BBC")."""
    return tok.is_alpha and (tok.is_title or tok.is_upper)


def owner_use(span: Span, use: str | None, place: str | None = "literal-ref") -> str | None:
    """The use of a place's reference ``span`` exported as ``use``: an embedded claim on a name
    its own possessive follows becomes the place itself (``place``: "literal-ref" among the
    references, None where a literal mention has no use) or its state ("metonym"), by what the
    possessive owns; every other claim is returned as it is."""
    if use not in ("embedded", "embedded-led") or not _opens_possessive(span):
        return use
    return place if _owns_place_thing(span) else "metonym"


def stands_for_state(cand) -> bool:
    """A place that can stand for its state before a possessive: a country, a first-order region
    or a capital, not a small town's namesake ("Moody's Investors Service")."""
    return cand.level <= 1 or cand.capital
