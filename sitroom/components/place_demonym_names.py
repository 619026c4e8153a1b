"""A people's word that names no people: a person's given name, a word of a breed's or a thing's
name, or a common noun written in lower case.

"Finance Minister German Volkov", "said strategist Dane Holloway", "Representatives Jo
Baker and French Milton": a nationality's adjective goes before an office ("the German trade
minister"), never between an office and the name it titles, so a people's word right after an
office or a role noun, followed by one more capitalised name that closes the person's name, is the
person's given name. In a match report "the second seed Russian Petrov" is written, so there the
role noun must be an office of titles.yaml. "fence poles": a lower-case noun is no people's name.
Judged by the places criteria each is no place (issue 11), so none is exported. "a German
Shepherd", "two French Bulldogs", "Russian roulette", "a Swiss Army knife": the word of a breed's
or a thing's name (data/place_demonym_names.yaml), not the people; exported as `embedded`, as a
people's word opening a body's name is ("the American Music Awards", place_named_demonyms), which
the audit judged right, and which the geoparsing gold sets still count as a toponym.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import load_titles

__all__ = ["names_no_people", "opens_name_of_kind"]


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """place_demonym_names.yaml: breed heads, fixed phrases and breeds' names as word tuples."""
    heads, phrases, breeds = word_lists("place_demonym_names", "breed_heads", "fixed_phrases", "breed_names")
    return heads, frozenset(tuple(p.split()) for p in phrases), frozenset(tuple(b.split()) for b in breeds)


def _closes_name(tok: Token) -> bool:
    """``tok`` is one capitalised name and the last word of a name: nothing capitalised after it."""
    doc = tok.doc
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.lower_ in load_titles().words:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.is_title or nxt.text in {"-", "'s", "\u2019s"}) or nxt.is_sent_start


def _person_before_and(tok: Token) -> bool:
    """``tok`` is "and" after a person's name the model tags ("Representatives Jo Baker and")."""
    doc = tok.doc
    return tok.lower_ == "and" and tok.i > 0 and doc[tok.i - 1].ent_type_ == "PERSON"


def given_name(span: Span, sport: bool) -> bool:
    """The one-word people's word ``span`` is the given name of a person (see the module's doc)."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or span.start == 0 or not span[0].is_title:
        return False
    name = doc[span.end]
    if not _closes_name(name) or name.ent_type_ != "PERSON" and span[0].ent_type_ != "PERSON":
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in load_titles().words and prev.pos_ in ("NOUN", "PROPN"):
        return True  # "Finance Minister German Volkov"
    if not sport and prev.is_lower and prev.pos_ == "NOUN":
        return True  # "a senior strategist Dane Holloway"
    return _person_before_and(prev) and not sport


def _kind_word(span: Span) -> bool:
    """The people's word opens a breed's or a thing's name ("German Shepherds", "Russian
    roulette", "a Great Dane")."""
    doc = span.doc
    heads, phrases, breeds = _kinds()
    word = span.text.lower()
    after = [t.lower_ for t in doc[span.end : span.end + 3]]
    if after:
        head = after[0][:-1] if after[0].endswith("s") and after[0][:-1] in heads else after[0]
        if head in heads:
            return True
    if any(tuple(after[: len(p) - 1]) == p[1:] and p[0] == word for p in phrases):
        return True
    return span.start > 0 and (doc[span.start - 1].lower_, word) in breeds and span[0].is_title


def names_no_people(span: Span, sport: bool = False) -> bool:
    """The people's word ``span`` (read as a demonym) names nothing of a place here: a person's
    given name, or a lower-case common noun ("fence poles")."""
    if len(span) == 1 and span[0].is_lower and span[0].pos_ == "NOUN" and span[0].tag_ in ("NN", "NNS") \
            and not span.doc.text.islower():
        return True
    return given_name(span, sport)


def opens_name_of_kind(span: Span) -> bool:
    """The people's word ``span`` opens a breed's or a thing's name ("German Shepherds", "Russian
    roulette", "a Swiss Army knife", "a Great Dane"): a word of that name, embedded in it, as a
    people's word opening a body's name is (place_named_demonyms), not the people."""
    return _kind_word(span)
