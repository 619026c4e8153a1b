"""A capital read by default as its government that the words make the town itself.

A capital the dictionary of actors lists is read as who governs there unless the words around it
make it the place. Besides a preposition of place, a possessive owning the town's things and a
name it modifies (place_cues.py), the parse may show the town itself (place_towns.yaml): the
object of a verb that empties, hits, besieges, takes or floods a town ("families fled Kabul",
"rebels shelled Kabul", "troops will ring Baghdad"), what a crowd or a force comes "on"
("pilgrims converged on Lisbon", "marched on Kabul"), or the subject of a verb of the town's own
life ("Lisbon will grind to a halt", "Kabul woke to explosions"). What states do to each other
("sanctions against Tehran", "pressure Kabul") keeps the government.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import list_head

__all__ = ["town_itself"]


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    return word_lists("place_towns", "town_object_verbs", "onto_verbs", "town_subject_verbs")


def town_itself(span: Span) -> bool:
    """The capital's head is the object of a verb acting on the town, what a crowd or a force
    comes "on", or the subject of a verb of the town's own life."""
    objects, onto, subjects = _lists()
    root = list_head(span)
    head = root.head
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in objects
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in subjects
    if root.dep_ == "pobj" and head.lower_ in ("on", "upon"):
        return head.head.pos_ == "VERB" and head.head.lemma_.lower() in onto
    return False
