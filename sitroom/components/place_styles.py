"""A place that closes a style of nobility, a court's district or a body's name: embedded in it.

"the Duke of Hexham had gone to hospital", "as the Prince of Wales", "a judge of the Southern
District of Ohio", "a prosecutor of the Western District of Texas": the words name a
title or a court's district (``data/place_styles.yaml``), no place the sentence speaks of. A
district is a part of a state, so its name reads as the state (the first-level region of the
name: New York the state, not the city).

So do a body's, a gathering's or a work's capitalised name that "for", "on" or "of" joins to a
region, a town or an area it ends with ("a lawyer at Trustees for Idaho", "the Miami Conference
on the Caribbean", "the Jameh Mosque of Isfahan", "The Merchant of Venice"): the word before the
link a capitalised noun inside the sentence that no office (the actor dictionary's titles: "the
Special Envoy for the Middle East" is the envoy's charge, "the Mayor of Leeds" governs the town),
person or place is, and no lower-case noun, possessive or hyphen after the place ("the Conference
on Caribbean trade" is about the place). Before "of", no kind or part of a place ("the Isle of
Wight", "the Roosevelt Room of the White House") and no firm's word before its base ("Orbix Labs
of Fresno": place_firms.firm_seat, place_refs.thing_heads).

Such a mention is `embedded` (a country only in a style: "the Prince of Persia").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_firms import firm_seat
from sitroom.components.place_refs import thing_heads
from sitroom.components.place_senses import given_names
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Candidate, Gazetteer

__all__ = ["styled_place", "closes_name"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return word_lists("place_styles", "noble_styles", "district_words", "district_parts", "place_words_before_of")


def _style_word(span: Span):
    """The capitalised word before "of" (and "the") that ``span`` closes, or None."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    word = doc[i - 1]
    return word if word.is_title else None


def closes_style(span: Span) -> bool:
    """``span`` closes "<noble style> of [the] <place>" ("the Duchess of Hexham")."""
    word = _style_word(span)
    return word is not None and word.text in _words()[0]


def closes_district(span: Span) -> bool:
    """``span`` closes "<part> District of <place>" ("the Northern District of Texas")."""
    word = _style_word(span)
    _styles, districts, parts, _kinds = _words()
    return word is not None and word.text in districts and word.i > 0 \
        and word.doc[word.i - 1].text in parts


_NAME_LINKS = frozenset(["for", "on", "of"])
_NOT_NAME_WORDS = frozenset(["PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME"])
_AFTER_NAME = frozenset(["'s", "\u2019s", "-", "\u2010"])


def closes_name(span: Span) -> bool:
    """``span`` ends a capitalised name joined to it by "for", "on" or "of" ("Trustees for Idaho",
    "the Jameh Mosque of Isfahan"); after "of", no kind or part of a place and no firm's word."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _NAME_LINKS:
        return False
    word = doc[i - 1]
    if not (word.is_title and word.is_alpha and not word.is_sent_start and word.tag_.startswith("NN")):
        return False
    titles = load_titles().words
    if word.ent_type_ in _NOT_NAME_WORDS or word.lower_ in titles or word.lower_.removesuffix("s") in titles:
        return False  # "the Special Envoy for Syria", "Representatives for the White House"
    if _place_or_person_run(word):
        return False  # "Cape Erimo on Hokkaido", "Governor Asa Hutchinson of Arkansas"
    if doc[i].lower_ == "of" and (word.lower_ in _words()[3] or word.lower_ in thing_heads() or firm_seat(span)):
        return False  # "the Isle of Wight", "the South Lawn of the White House", "Acme Labs of Fresno"
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ") or nxt.text in _AFTER_NAME)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return word_lists("surnames", "common")[0]


def _place_or_person_run(word) -> bool:
    """The capitalised words ending at ``word`` name a place ("Cape Erimo": a kind of place opens
    them) or a person (an office or a given name opens them, or the actors component read them as
    one); a name of two or more words that opens with a given name or ends with a surname is a
    person's."""
    i = word.i
    while i > 0 and word.doc[i - 1].is_title and word.doc[i - 1].is_alpha:
        i -= 1
    run = word.doc[i : word.i + 1]
    titles = load_titles().words
    if len(run) > 1 and run[0].lower_ in _words()[3] or any(
            t.lower_ in titles or t.lower_.removesuffix("s") in titles for t in run[:-1]):
        return True  # "Cape Erimo", "Governors Ann Lowe"
    if len(run) > 1 and (run[0].lower_ in given_names() or word.lower_ in _surnames()):
        return True  # "Roger Lowe of Idaho", "Asa Hutchinson of Arkansas": a given name or a surname
    return any(a.start <= word.i < a.end and a._.actor is not None and a._.actor.kind == "person"
               for a in word.doc.spans.get("actors", []))


def styled_place(span: Span, cand: Candidate, gaz: Gazetteer) -> Candidate | None:
    """The entry to read ``span`` (read as ``cand``) as where it closes a style or a district,
    embedded in that name; None where it closes neither. A district's is the name's first-level
    region where the gazetteer holds one ("the Western District of New York": the state)."""
    if closes_style(span) or cand.level != 0 and closes_name(span):
        return cand
    if not closes_district(span):
        return None
    return next((c for c in gaz.find(span.text) if c.level == 1 and c.main and c.cc == cand.cc), cand)
