"""Bodies of a country that are not its state: a political party, a chamber of commerce, a body
that a name's apposition calls a party or a group, a city. A country's name or demonym before
one only says where the body is (Japan's ruling party is not Japan, an Iranian chamber of
commerce not Iran, "Kazakhstan's capital" a place): the act is the body's, never the state's.
Read by event_parties.located_only and event_actors.actor_of.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["country_body", "settlement"]

(PARTY_NOUNS, PARTY_KINDS, CHAMBER_NOUNS, TRADE_WORDS, SETTLEMENT_NOUNS, NAMED_AS) = word_lists(
    "event_parties", "party_nouns", "party_kinds", "chamber_nouns", "trade_words",
    "settlement_nouns", "body_appositions")
_MODS = frozenset({"amod", "compound", "nmod"})


def country_body(noun: Token) -> bool:
    """The noun is a party, a chamber of commerce or a name set off as either (or as a group or
    a firm), which a country before it only locates."""
    return _political_party(noun) or _trade_chamber(noun) or _described_body(noun)


def settlement(noun: Token) -> bool:
    """A city noun that does or holds something ("Kazakhstan's capital, Nur-Sultan, hosted the
    meetings", "talks held in Nursultan, the new name of Kazakhstan's capital"): a place, whose
    country says where it is, not the state acting (a city's name alone, "Washington said", is
    read elsewhere, as its country). A city an act is done to or goes to, as an object or through
    a preposition other than "of", is still its country's ("threatening Iraq's southern city of
    Basra", "travelled to the Chinese capital", "his visit to the Chinese capital", "an attack on
    the Syrian capital")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    if noun.dep_ in ("dobj", "dative"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ != "of")


def _political_party(noun: Token) -> bool:
    """A party or parties named by their kind ("Japan's ruling party", "a far-right British
    fringe party", "Germany's main political parties"); "the Iranian party" alone is a side
    across a table."""
    if noun.lemma_.lower() not in PARTY_NOUNS:
        return False
    return any(c.dep_ in _MODS and c.lower_ in PARTY_KINDS for c in noun.children)


def _trade_chamber(noun: Token) -> bool:
    """A chamber of commerce, trade or industry ("the Iranian Chamber of Commerce, Industries,
    Mines and Agriculture"); a chamber of parliament is none."""
    if noun.lemma_.lower() not in CHAMBER_NOUNS:
        return False
    named = [c for c in noun.children if c.dep_ == "compound"] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(t.lower_ in TRADE_WORDS for w in named for t in (w, *w.conjuncts))


def _described_body(noun: Token) -> bool:
    """A name the apposition after it calls a party, a group, a platform or a firm, or that
    apposition itself ("Albion Now, a little-known party on the fringe of UK politics", "Zentrix,
    the Japanese trading platform"); "a party to the deal" is a side, "an Iranian oil platform"
    with no name an asset of its owner."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return _body_word(noun)
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.i > noun.i and _body_word(c) for c in noun.children)


def _body_word(noun: Token) -> bool:
    """A noun of a body ("party", "platform", "group"), not "a party to" something."""
    return noun.lemma_.lower() in NAMED_AS and not any(
        p.dep_ == "prep" and p.lower_ == "to" for p in noun.children)
