"""A force closing on a place (used by event_sense): "the Taliban threatened to overrun the
provincial capital", "rebels are threatening to seize the city" report a military advance, not a
threat someone made. Word lists in ``sitroom/data/advance.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["advancing"]


def _armed(verb: Token, idx: DocIndex) -> bool:
    """The subject is an armed group or a force of arms, known or not."""
    kinds, nouns = word_lists("advance", "armed_kinds", "armed_nouns")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for subj in (*subjects, *(j for s in subjects for j in s.conjuncts)):
        ref = idx.refs.get(idx.actor_at.get(subj.i))
        if ref is not None and {ref.kind, ref.sector} & kinds:
            return True
        if subj.lemma_.lower() in nouns:
            return True
    return False


def _a_place(obj: Token, idx: DocIndex) -> bool:
    """A named place, or a noun of ground held ("the provincial capital", "the city of Goma")."""
    (nouns,) = word_lists("advance", "place_nouns")
    return obj.i in idx.place_at or obj.lemma_.lower() in nouns


def advancing(verb: Token, idx: DocIndex) -> bool:
    """An armed subject "threatens" to take, overrun or enter a place: an advance."""
    (acts,) = word_lists("advance", "advance_verbs")
    if verb.lemma_.lower() != "threaten" or not _armed(verb, idx):
        return False
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        if act.lemma_.lower() not in acts:
            continue
        objs = [c for c in act.children if c.dep_ == "dobj"]
        if any(_a_place(o, idx) for o in (*objs, *(j for o in objs for j in o.conjuncts))):
            return True
    return False
