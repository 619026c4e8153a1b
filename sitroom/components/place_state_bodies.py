"""A country's name before a body its state owns, runs or sits in judgement through (plstate44).

- the owner of the press or an agency the words say the state runs: "Chile's state news agency",
  "Peru's state-run broadcaster", "Kenya's official news agency", "Peru's State Railway Company",
  "Norway state television": the state, a metonym (not "Peru's state of emergency", "a U.S. state
  legislature", a land's part; nor a firm the state owns, "Peru's state-run defence major", which
  stays the land's as the arms trade does: test_places_geo34);
- a court in small letters over the words of its rank ("a U.S. district court", "the U.S. appeals
  court"): the state's judiciary, a metonym; not after a word of place ("filed in a U.S. court"),
  which stays where it is, as "in U.S. District Court" does (places.py);
- a capitalised name after an ordinal ("the U.S. 9th Circuit Court of Appeals", "the U.S. 7th
  Fleet"): the name of the state's court or unit, ``embedded``, as "the U.S. Supreme Court" is;
- a country's name before "side" outside a match report ("the excessive demands of the Peru side",
  "the Chile side is engaged in flip-flopping"): the party to the talks or the quarrel, the state;
  not the side of a border or a land ("in the Peru side", "the Chile side of the border").

Word lists: place_state_bodies.yaml."""

from __future__ import annotations

import re

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_cues import _PLACE_PREPS
from sitroom.components.place_firms import POSSESSIVE_MARKS

__all__ = ["party_side", "state_body_use"]

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
# what a noun phrase's modifiers may be between the marker and its head ("state feed agency",
# "English-language state Press TV")
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _words(key: str) -> frozenset[str]:
    return word_lists("place_state_bodies", key)[0]


def state_body_use(span: Span) -> str | None:
    """ "metonym" for a country's name before a body its state runs or a court of its state,
    "embedded" before a numbered court or unit of its state, else None."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_ and doc[span.end].is_alpha:
        return None  # "Peru" of "Peruvian"
    start = span.end + 1 if doc[span.end].lower_ in POSSESSIVE_MARKS else span.end
    owned = start > span.end
    if _state_run(doc, start, owned):
        return "metonym"
    if _after_place_word(span):
        return None  # "sued in a U.S. court", "filed in U.S. 9th Circuit Court": where it is
    if not owned and not _owned_by_other(span) and _court(doc, start):
        return "metonym"
    if not owned and _numbered_name(doc, start):
        return "embedded"
    return None


def _state_run(doc, start: int, owned: bool) -> bool:
    """A marker of the state's ownership opens the phrase after the name (after its possessive,
    within its modifiers) before a word of the press or an agency: "state-run", "state", or, after a
    possessive, "official"; or a capitalised name after the possessive holds "State"."""
    press = _words("state_press")
    window = doc[start : min(len(doc), start + 5)]
    for k, tok in enumerate(window):
        if k and not owned:
            break  # no possessive: the marker must come first ("Peru state television")
        if tok.is_sent_start or tok.is_punct and tok.text not in ("-", "\u2013"):
            return False
        after = _owner_marker(doc, tok.i)
        if after is not None and _names_body(doc, after, press):
            return True
        if owned and tok.lower_ == "official" and _names_body(doc, tok.i + 1, press):
            return True
        if owned and tok.text == "State" and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            return True  # "Peru's State Railway Company", "Chile's State Council"
        if tok.pos_ not in _PHRASE_POS and tok.text not in ("-", "\u2013"):
            return False
    return False


def _owner_marker(doc, i: int) -> int | None:
    """The index after "state-run" as one token, or after "state" and "run" with a hyphen or none
    between, or after "state" alone (before "of" or a hyphen, None: "state of emergency")."""
    tok = doc[i]
    if tok.lower_ in _words("owner_markers"):
        return i + 1
    if tok.lower_ not in _words("owner_heads") or not tok.is_lower:
        return None
    j = i + 1
    if j < len(doc) and doc[j].text in ("-", "\u2013"):
        j += 1
        return j + 1 if j < len(doc) and doc[j].lower_ in _words("owner_participles") else None
    if j < len(doc) and doc[j].lower_ in _words("owner_participles"):
        return j + 1
    return j if tok.lower_ == "state" and j < len(doc) and doc[j].lower_ != "of" else None


def _names_body(doc, i: int, heads: frozenset[str]) -> bool:
    """A word of ``heads`` within the next three words, over modifiers only ("state feed agency")."""
    for tok in doc[i : min(len(doc), i + 3)]:
        if tok.lower_ in heads:
            return True
        if tok.pos_ not in _PHRASE_POS and tok.text not in ("-", "\u2013"):
            return False
    return False


def _court(doc, start: int) -> bool:
    """ "court" in small letters, after none or up to two small words of its rank ("U.S. court",
    "U.S. district court"), or the words of a portfolio before "department" ("the U.S. treasury
    department")."""
    for k, tok in enumerate(doc[start : min(len(doc), start + 3)]):
        if tok.lower_ in _words("court_words"):
            return tok.is_lower
        if tok.lower_ in _words("department_words"):
            return tok.is_lower and k > 0
        if not (tok.is_lower and tok.pos_ in _PHRASE_POS):
            return False
    return False


def _numbered_name(doc, start: int) -> bool:
    """An ordinal ("9th") and a capitalised name that ends in a word of a court or a unit."""
    if start >= len(doc) or not _ORDINAL.match(doc[start].text):
        return False
    end = start + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end > start + 1 and any(t.lower_ in _words("numbered_body_words") for t in doc[start + 1 : end])


def _after_place_word(span: Span) -> bool:
    """A word of place before the name, over "a" or "the" ("in a U.S. court")."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ in ("a", "an", "the"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PLACE_PREPS


def _owned_by_other(span: Span) -> bool:
    """Another's possessive before the name ("the firm's U.S. sales department")."""
    doc = span.doc
    k = span.start - 1
    return k >= 0 and (doc[k].tag_ == "PRP$" or doc[k].lower_ in POSSESSIVE_MARKS)


def party_side(span: Span, country: bool, acting: bool) -> bool:
    """The name right before "side" in small letters is the state, one party to the dealings
    (only a country outside a match report; not "in the Peru side", "the Chile side of")."""
    doc = span.doc
    if not (country and acting) or span.end >= len(doc) or doc[span.end].lower_ not in _words("party_side_words"):
        return False
    side = doc[span.end]
    if not side.is_lower or side.i + 1 < len(doc) and doc[side.i + 1].lower_ == "of":
        return False  # "the Chile side of the border": a land's part
    return not _after_place_word(span)  # not "in the Peru side"
