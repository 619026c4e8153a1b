"""Nouns that name a standing condition or a party, and objects that name a market, not an act.

A threat made names what is threatened ("Iran's threat to take revenge", "made such a threat");
a bare "threat" names a danger ("left to fend for themselves against North Korea's threat", "sees
Iran as its biggest threat", "the North Korean threat to the region"). An opposition held is to
something ("their opposition to the bill"); a bare "opposition" as a subject is the party out of
power ("the Syrian opposition has acknowledged ..."). Demand met that no party owns is the
market's ("to meet global demand", "will need to increase output to meet increased demand"), not
a concession to a party's demand ("met its demand that a minister resign", "met the demands of
the protesters"). The lexicon (events.yaml) names the words: `matter`, `made_by`,
`bare_subject`, `ownerless`; market modifiers are in data/matter.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_clause import predicate
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["bare_noun", "market_object"]

_SINGULAR = frozenset({"NN", "NNP"})
_OWNER_PREPS = frozenset({"of", "from", "by"})  # "the demands of the protesters", "from Tehran"


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl") and c.pos_ in ("VERB", "AUX")
               and to_infinitive(c)
               for c in tok.children)


def _party_word(noun: Token) -> bool:
    """Outside the subject, the word still names the party when it is definite and owned by no one
    ("talks between the government and the opposition", "a forum for the Syrian opposition and
    government") or modifies another noun ("the opposition Pakistan People's Party")."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
        return True
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ == "poss" for c in noun.children))


def bare_noun(root: Token, entry: LexEntry) -> bool:
    """The singular noun names no matter: no to-infinitive, none of the entry's `matter`
    prepositions on it (or on the verb it is the object of), and no verb of `made_by` makes it;
    with `bare_subject`, only as the subject of its clause or where it names the party
    (`_party_word`)."""
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in _SINGULAR:
        return False
    if entry.bare_subject and root.dep_ not in ("nsubj", "nsubjpass") and not _party_word(root):
        return False  # "despite Democratic opposition" is a stance; "the opposition said" a party
    if _infinitive(root):
        return False
    heads = [root]
    pred = predicate(root)
    if pred is not None and root.dep_ in ("dobj", "nsubjpass", "conj"):
        if pred.lemma_.lower() in entry.made_by:
            return False
        heads.append(pred)  # "voiced opposition to the move" with "to" on the verb
    return not any(c.dep_ == "prep" and c.lower_ in entry.matter for h in heads for c in h.children)


def _owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS)
               or c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children)


def market_object(root: Token, entry: LexEntry) -> bool:
    """The verb's object is one of `ownerless`, singular, owned by no party and read as the
    market's: with no determiner ("to meet demand", "meet global demand") or with a market
    modifier ("the growing demand for energy")."""
    (modifiers,) = word_lists("matter", "market_modifiers")
    for obj in (c for c in root.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() not in entry.ownerless or obj.tag_ not in _SINGULAR or _owned(obj):
            continue
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
        if not any(c.dep_ == "det" for c in obj.children) or mods & modifiers:
            return True
    return False
