"""An act one looks forward to lies ahead (used by ``event_mood``).

"The president is looking forward to visiting Chile", "looks forward to welcoming the premier",
"said he looked forward to the talks": the act after "to" has not taken place when the looking
forward is told, so it is planned, not done. Verbs in data/mood.yaml anticipating_verbs, with
the adverb that makes them so ("look forward").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["looked_forward_to"]


def looked_forward_to(act: Token) -> bool:
    """The act (a gerund, or an event noun) is the object of "to" after a verb of anticipation."""
    if act.dep_ not in ("pcomp", "pobj") or act.head.lower_ != "to":
        return False
    verb = act.head.head
    if verb.i == act.head.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    (anticipating,) = word_lists("mood", "anticipating_verbs")
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lower_}" in anticipating for c in verb.children
               if c.dep_ in ("advmod", "prt"))
