"""A speaker's hedge on their own words does not hedge what they report (used by
``event_mood_chain``).

"I would like to say that during Xi's visit the two leaders issued a statement", "you can
clearly see that in 2016 Iran and Azerbaijan agreed on the deal", "let me stress that the U.S.
withdrew": the modal or the wish belongs to the speaker's act of saying or showing, in the first
or second person, and the clause it governs is asserted; only its own mood counts. Not a third
party's ("Europe may say that it will provide support", "she could not confirm that he had
withdrawn"), nor a negated one ("I cannot say that they agreed"). Word lists in
``sitroom/data/mood.yaml`` (hedge_verbs, hedge_speakers, hedge_wishes).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_words import MODAL_HYPO, MODAL_PLAN
from sitroom.components.event_words import word_lists

__all__ = ["hedged_report"]


def _speaker(verb: Token, speakers: frozenset[str]) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in speakers for c in verb.children)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODAL_HYPO | MODAL_PLAN for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def hedged_report(verb: Token, below: Token | None) -> bool:
    """The verb says or shows the clause ``below`` (its complement) under a first- or
    second-person speaker's own modal, wish or "let me": "I would like to say that ...", "you
    can see that ...", "we must stress that ...", "let me remind you that ..."."""
    if below is None or below.dep_ != "ccomp" or below.head.i != verb.i or _negated(verb):
        return False
    verbs, speakers, wishes = word_lists("mood", "hedge_verbs", "hedge_speakers", "hedge_wishes")
    if verb.lemma_.lower() not in verbs:
        return False
    if _speaker(verb, speakers) and _modal(verb):
        return True  # "you can see that", "we must say that"
    gov = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or gov.i == verb.i or _negated(gov):
        return False
    if gov.lemma_.lower() == "let":  # "let me say that", "let us recall that"
        return any(c.lower_ in ("me", "us") for c in (*gov.children, *verb.children)
                   if c.dep_ in ("dobj", "nsubj"))
    # "I would like to say that", "we want to stress that"
    return gov.lemma_.lower() in wishes and _speaker(gov, speakers)
