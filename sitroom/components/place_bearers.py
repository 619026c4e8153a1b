"""A town's name that the document uses for a person or a body it names in full.

"Lewis Hamilton won. Hamilton praised his team": the lone surname of a person the story names in
full is that person, not the town, however big the town (a capital of a territory, a big city).
Only a country or a first-level region keeps its name ("Jordan" beside "Michael Jordan"), and
any name that a word of place surrounds somewhere in the story (the caller's test).
"Cranfield University ... an expert at Cranfield", "Ventura Entertainment Group ... Ventura was a
good story": the first word of a body's name that ends in a company's legal form or a word of a
firm or a school (place_firms.yaml ``firm_heads``, ``school_heads``) stands alone for the body; a
major place (country, first-level region, national capital) keeps its name, and so does a town of
BIG_TOWN people beside a school ("Boston College" leaves Boston a city). The caller keeps a place
where a word of place stands around the name ("in Hamilton", "Hamilton, Ontario").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_cues import BIG_TOWN
from sitroom.components.place_firms import body_heads
from sitroom.components.place_refs import major_place
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.person_groups import kind_words

__all__ = ["body_short_name", "lone_surname_of"]


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """place_firms.yaml's ``firm_heads`` with the legal forms, and its ``school_heads``."""
    firms, schools = body_heads()
    return firms | frozenset(w.casefold().rstrip(".") for w in kind_words().company_forms), schools


def _alone(span: Span, ents: list[Span]) -> bool:
    """One title-case word, no part of a longer entity here."""
    return len(span) == 1 and span.text.istitle() and span.text.isalpha() and not any(
        e.start <= span.start < e.end and len(e) > 1 for e in ents)


def lone_surname_of(span: Span, ents: list[Span], gaz: Gazetteer) -> bool:
    """``span`` alone ends a two- to four-word name the model gives a person elsewhere in the
    document, opened by a proper noun, no place's prefix, and no place's name whole (not the
    model's "Watch Galveston", "Punta Santiago"), and no country or first-level region bears it."""
    if not _alone(span, ents):
        return False
    word = span.text
    if not any(e.label_ == "PERSON" and 2 <= len(e) <= 4 and e[-1].text == word and e[0].text != word
               and e[0].pos_ == "PROPN" and e[0].is_alpha and e[0].text not in load_titles().place_prefixes
               and not gaz.find(e.text) for e in ents):
        return False
    return not any(c.level in (0, 1, 4) for c in gaz.find(word))


def body_short_name(span: Span, ents: list[Span], gaz: Gazetteer) -> bool:
    """``span`` alone opens the name of an organisation of the document that ends in a firm's
    word or a school's (``_heads``: "Ventura Entertainment Group", "Cranfield University"), and it
    is no major place (nor, for a school, a big town)."""
    if not _alone(span, ents):
        return False
    word = span.text
    firms, schools = _heads()
    ends = {e[-1].lower_.rstrip(".") for e in ents if e.label_ == "ORG" and 2 <= len(e) <= 5 and e[0].text == word}
    firm, school = bool(ends & firms), bool(ends & schools)
    if not firm and not school:
        return False
    return not any(major_place(c) or school and not firm and c.main and c.pop >= BIG_TOWN for c in gaz.find(word))
