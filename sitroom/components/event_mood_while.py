"""An act told in the simple present beside a present or past main clause is going on (used by
``event_mood``): "the Taliban are advancing as U.S. troops withdraw", "Conyers is stepping down
while lawmakers investigate the allegations", "the plan is in doubt as Spain and Portugal refuse
to drop their opposition", "the launch came as the two navies conduct annual drills" (a present
inside a past report holds at the time of writing; the drills an "as" clause's performing verb
carries out run as it does). Not a stance ("while China supports the deal": where a party stands,
data/mood.yaml stance_verbs), nor a clause of time or condition ("when", "if", "once"), nor a
future or modal main clause ("will leave as the troops withdraw" is ahead), nor a past tense in
the clause ("advanced as foreign troops withdrew" tells the story)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_words import (_PERFORMING, MODAL_HYPO, MODAL_PLAN, PAST_AUX,
                                                 PRESENT_BE)
from sitroom.components.event_words import word_lists

__all__ = ["alongside_present"]

_PRESENT = frozenset({"VBP", "VBZ"})


def alongside_present(root: Token) -> bool:
    """The act's verb is a bare simple present in a clause of "as" or "while" (data/mood.yaml
    simultaneous_marks) whose main clause is in the present or the past, or the act is the object
    of such a verb that carries it out ("as the navies conduct drills")."""
    marks, stances = word_lists("mood", "simultaneous_marks", "stance_verbs")
    if root.pos_ in ("NOUN", "PROPN"):
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in _PERFORMING:
            return False
        root = root.head
    if root.pos_ != "VERB" or root.tag_ not in _PRESENT or root.dep_ != "advcl":
        return False
    kids = list(root.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in kids) or root.lemma_.lower() in stances:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in kids):
        return False
    head = root.head
    auxes = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a in MODAL_PLAN or a in MODAL_HYPO for a in auxes):
        return False
    return head.tag_ in _PRESENT or head.tag_ == "VBD" or any(
        a in PRESENT_BE or a in PAST_AUX for a in auxes)
