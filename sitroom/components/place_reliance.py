"""A country's name that "on" holds after a word of reliance: the state relied on, a metonym
("less dependent on Peru", "the bloc's dependence on Chile", "allies cannot rely on the U.S. for
help", "the deal depends on Norway"). What a state supplies, guards or decides is what others
depend on; the land itself is not ("rely on" a place is to rely on who acts there). Only the name
itself as the object: not a name that modifies what "on" holds ("reliance on the U.S. dollar",
"dependent on Chile's copper"), nor one joined to a common noun ("depend on Peru and Bolivian
exports": the goods), nor one relied on "for" what no state gives ("rely on Peru for tourism":
the land's draw); not in a match report. Words in place_reliance.yaml (plstate41)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head, preposition_holding

__all__ = ["relied_on"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    reliance, gifts = word_lists("place_reliance", "reliance_words", "state_gifts")
    return reliance, gifts | area_words("relation_nouns")


def _for_the_land(word: Token, prep: Token, name: Token) -> bool:
    """A "for" on the reliance, on "on" or on the name, naming no gift of a state ("rely on Peru
    for tourism"): the land's goods or draws; or an infinitive, what the one relied on is to do,
    whose state's acts place_control reads ("rely on Peru to protect them") and whose others are
    a market's ("depend on Chile to buy their fruit")."""
    gifts = _words()[1]
    for holder in (word, prep, name):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    o.dep_ == "pobj" and o.lower_ not in gifts for o in c.children):
                return True
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True
    return False


def relied_on(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is the object of "on", or the first of a list that is
    ("dependent on China and Russia"), and "on" hangs on a word of reliance ("depend",
    "dependence", "reliant"), with no common noun joined to the name and no "for" of the land's."""
    if not (country and acting):
        return False
    prep = preposition_holding(span, "on")
    if prep is None:
        return False
    word = prep.head
    words = _words()[0]
    if word.lower_ not in words and word.lemma_.lower() not in words or _for_the_land(word, prep, list_head(span)):
        return False
    return not any(c.pos_ == "NOUN" for c in list_head(span).conjuncts)
