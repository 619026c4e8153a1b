"""Backing by material means is aid (used by the events component after the promise readings).

PLOVER SUPPORT is backing in words ("endorse, praise, recognise"); help in money, arms or other
means that mainly benefits the recipient is AID. A backing verb that names its means ("used to
support Washington with money", "can support the Iranians technologically") is therefore AID.
A backing verb that is the purpose of a gift already coded as AID ("has contributed $8 million
to the WFP to support refugee families") is that gift's aim, not a second act: the gift stands,
lent the parties it lacks. Word lists in ``sitroom/data/aid.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["material_backing"]


def _means(root: Token, means: frozenset[str], manners: frozenset[str]) -> bool:
    """The verb names material means: a "with" object among ``means`` ("with money, arms"), or
    a manner among ``manners`` ("technologically")."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [cj for o in objs for cj in o.conjuncts]
            if any(o.lemma_.lower() in means for o in objs):
                return True
        if c.dep_ == "advmod" and c.lower_ in manners:
            return True
    return False


def _purpose_of(root: Token) -> Token | None:
    """The verb ``root`` is a to-infinitive of purpose ("... to support refugees"): its head."""
    if root.dep_ != "advcl" or not to_infinitive(root):
        return None
    return root.head


def material_backing(drafts: list[Draft]) -> list[Draft]:
    """Backing by material means becomes AID; backing that a coded gift serves is dropped."""
    verbs, means, manners = word_lists("aid", "backing_verbs", "material_means", "material_manners")
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        if d.category != "SUPPORT" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
            out.append(d)
            continue
        head = _purpose_of(root)
        gift = by_root.get(head.i) if head is not None else None
        if gift is not None and gift is not d and gift.category == "AID":
            gift.actors = gift.actors or d.actors
            continue
        if _means(root, means, manners):
            d.category, d.mode = "AID", None
            d.entry = replace(d.entry, family="AID:None")  # merges with aid, not with words of support
        out.append(d)
    return out
