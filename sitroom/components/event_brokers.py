"""A go-between is no side of the act it brokers: "Norway and Peru brokered a truce", "talks
mediated by Oslo", "the Peruvian brokered negotiations", "the UN-brokered talks". The broker
helps the sides reach the truce or hold the talks; the sides, where the sentence names them
("between Chile and Bolivia"), are the act's parties, and where it does not, the act has none
the sentence shows (data/event_parties.yaml ``mediating_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["broker_modifier", "mediating"]

(MEDIATING_VERBS,) = word_lists("event_parties", "mediating_verbs")
# the participles, which the parse may read as adjectives with themselves as lemma ("UN-brokered")
_PARTICIPLES = frozenset(v + ("d" if v.endswith("e") else "ed") for v in MEDIATING_VERBS)


def mediating(verb: Token | None) -> bool:
    """The verb is one of a go-between's ("brokered", "mediates")."""
    return verb is not None and (verb.lemma_.lower() in MEDIATING_VERBS or verb.lower_ in _PARTICIPLES)


def broker_modifier(mod: Token) -> bool:
    """A modifier of an act's noun that names its broker, not a side: the mediating participle
    itself, whose own modifiers are the brokers ("the Russian brokered negotiations", as the
    parse hangs "Russian" on "brokered"); one joined to a mediating participle as its conjunct
    ("Norwegian and Peruvian brokered negotiations": the parse coordinates the adjectives with
    "brokered"); or one set right before it, with or without a hyphen ("the UN-brokered talks",
    "a Norway brokered accord")."""
    if mod.dep_ not in ("amod", "compound", "nmod"):
        return False
    if mod.lower_ in _PARTICIPLES:
        return True
    if any(c.pos_ == "VERB" and mediating(c) for c in mod.conjuncts):
        return True
    doc = mod.doc
    nxt = mod.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].text == "-":
        nxt += 1
    return nxt < mod.head.i and doc[nxt].lower_ in _PARTICIPLES
