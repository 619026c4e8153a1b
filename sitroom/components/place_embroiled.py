"""A country's name as a party held in dealings between states: the subject of "be", "remain" or
a participle such as "locked", "involved", "embroiled" whose "in" holds a noun of dealings
(areas.yaml ``dealing_nouns`` or ``relation_nouns``: "Peru and Chile have been locked in a bitter
dispute", "Chile and Peru have been in a state of war since 1879", "Norway is engaged in talks
with Kenya"). Two parties must be named, joined as subjects or after "with", "against",
"between": the dispute is then between states, a metonym. One country alone in a war or conflict
is where it is fought ("Syria is mired in conflict", "Chile is in a crisis"): literal
(place_embroiled.yaml; plstate41)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head

__all__ = ["held_in_dealings"]

_PARTNERS = frozenset(["with", "against", "between"])


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return word_lists("place_embroiled", "holding_verbs", "condition_nouns")


@lru_cache(maxsize=1)
def _dealings() -> frozenset[str]:
    """areas.yaml's nouns of dealings and of relations, joined once."""
    return area_words("dealing_nouns") | area_words("relation_nouns")


def _dealing(noun: Token) -> Token | None:
    """The noun of dealings "in" holds, itself or after a condition's "of" ("a state of war")."""
    dealings = _dealings()
    if noun.lower_ in dealings:
        return noun
    if noun.lower_ in _lists()[1]:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.lower_ in dealings:
                return inner
    return None


def held_in_dealings(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list; outside a match report) is the subject of a holding verb
    whose "in" holds a noun of dealings, with a second party named."""
    if not (country and acting):
        return False
    root = list_head(span)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _lists()[0]:
        return False
    two = bool(root.conjuncts)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            dealing = _dealing(noun)
            if dealing is None:
                continue
            partners = [c for t in (verb, noun, dealing) for c in t.children
                        if c.dep_ == "prep" and c.lower_ in _PARTNERS]
            if two or partners:
                return True
    return False
