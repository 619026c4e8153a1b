"""An act a party joins is joint: "Finland will join the exercises", "India took part in the
drills", "three navies participate in the manoeuvres". Whoever joins an act held by others does it
with them, so an act with a joint reading (events.yaml `joint`: exercises are COOPERATE when
joint, MOBILIZE when one side holds them) takes that reading. The joining verbs are a list in
``sitroom/data/event_parties.yaml`` (`joining_verbs`; "take part" is "take" with the object
"part")."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["joined"]


def joined(pred: Token | None) -> bool:
    """The verb that governs the trigger joins it ("join the drills", "take part in them")."""
    if pred is None:
        return False
    (verbs,) = word_lists("event_parties", "joining_verbs")
    lemma = pred.lemma_.lower()
    if lemma in verbs:
        return True
    return any(f"{lemma} {c.lemma_.lower()}" in verbs for c in pred.children if c.dep_ == "dobj")
