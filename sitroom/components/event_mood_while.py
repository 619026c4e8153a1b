"""An act told in the simple present beside a present main clause is going on (used by
``event_mood``): "the Taliban are advancing as U.S. troops withdraw", "Conyers is stepping down
while lawmakers investigate the allegations", "the plan is in doubt as Spain and Portugal refuse
to drop their opposition". Not a stance ("while China supports the deal": where a party stands,
data/mood.yaml stance_verbs), nor a clause of time or condition ("when", "if", "once"), nor a past
or future main clause ("left as the troops withdraw" is a narrative present)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["alongside_present"]

_PRESENT = frozenset({"VBP", "VBZ"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def alongside_present(root: Token) -> bool:
    """The act's verb is a bare simple present in a clause of "as" or "while" (data/mood.yaml
    simultaneous_marks) whose main clause is in the present too."""
    marks, stances = word_lists("mood", "simultaneous_marks", "stance_verbs")
    if root.pos_ != "VERB" or root.tag_ not in _PRESENT or root.dep_ != "advcl":
        return False
    kids = list(root.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in kids) or root.lemma_.lower() in stances:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in kids):
        return False
    head = root.head
    return head.tag_ in _PRESENT or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_BE for c in head.children)
