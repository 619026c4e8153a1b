"""An act given as the cause of what a clause reports took place: "soldiers fled the border due to
an offensive by the Taliban", "the board failed to pass the resolution because of opposition by
Iran" (occurred, whatever the mood of the verbs above the clause). Not when the clause is itself
a case or a forecast ("flights could be cancelled due to a strike"), nor for an act whose own
modifier puts it ahead or in doubt ("due to a possible strike", "because of any attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_words import MODAL_HYPO, MODAL_PLAN
from sitroom.components.event_words import word_lists

__all__ = ["given_cause"]


def given_cause(noun: Token) -> bool:
    """``noun`` is the object of a preposition of cause (data/mood.yaml cause_preps: "due to",
    "because of", "owing to") hung on a clause that states a fact."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    (causes,) = word_lists("mood", "cause_preps")
    prep = noun.head
    if prep.lower_ == "to" and prep.head.lower_ == "owing":
        prep = prep.head
    if prep.lower_ not in causes or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    possible, planned = word_lists("mood", "possible_modifiers", "planned_modifiers")
    if any((c.dep_ == "amod" and (c.lower_ in possible or c.lower_ in planned))
           or (c.dep_ == "det" and c.lower_ in ("any", "no")) for c in noun.children):
        return False
    verb = prep.head
    # the clause the cause explains must be a statement, not a case or a forecast
    return verb.pos_ in ("VERB", "AUX") and not any(
        (c.dep_ == "aux" and c.lower_ in MODAL_HYPO | MODAL_PLAN)
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")) for c in verb.children)
