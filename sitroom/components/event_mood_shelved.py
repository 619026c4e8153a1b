"""A plan denied or called off leaves its act undone (used by ``event_mood``).

"There are no plans to quit", "no intention of abolishing it", "denied any plans to invade".

"The minister cancelled plans to visit the flooded towns", "the government has shelved its plan
to build the dam", "the plans to sanction Peru were dropped", "the House put plans on hold to
fund the agencies": the act the plan was for did not take place (negated), where a plan still
standing leaves it planned. Verbs in data/mood.yaml dropped_plan_verbs (with a particle, "call
off", or a phrase of the verb's preposition, "put on hold").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["given_up"]


def given_up(noun: Token) -> bool:
    """The plan noun is denied outright or called off."""
    return _none_of(noun) or _shelved(noun)


def _none_of(noun: Token) -> bool:
    """The noun is denied outright: "no plans to quit", "no intention of abolishing it", "denied
    any plans to invade"."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in noun.children) or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() == "deny")  # "denied any plans to invade"


def _shelved(noun: Token) -> bool:
    """The plan noun is the object of a verb that calls it off (or the subject of its passive)."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i == noun.i:
        return False
    (dropping,) = word_lists("mood", "dropped_plan_verbs")
    return bool(_keys(noun.head) & dropping)


def _keys(verb: Token) -> set[str]:
    """The verb's lemma, with its particle ("call off") and with a preposition and its object
    ("put on hold")."""
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return keys | {f"{lemma} {p.lower_} {o.lower_}" for p in verb.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj"}
