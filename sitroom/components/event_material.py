"""Backing by material means is aid (used by the events component after the promise readings).

PLOVER SUPPORT is backing in words ("endorse, praise, recognise"); help in money, arms or other
means that mainly benefits the recipient is AID. A backing verb that names its means ("used to
support Washington with money", "can support the Iranians technologically", "forces backed by
American soldiers") is therefore AID.
A backing verb that is the purpose of a gift already coded as AID ("has contributed $8 million
to the WFP to support refugee families") is that gift's aim, not a second act: the gift stands,
lent the parties it lacks. The other way round, backing that is given or received as a
thing ("received comprehensive support from Iran for the peace process", "has given carte
blanche support to Israel") is words of support unless it is marked material ("military
support", "support and weapons"). Word lists in ``sitroom/data/aid.yaml``.
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
        # "with money, arms"; a passive's agent that is a means backs in the field ("Iraqi forces,
        # backed by American soldiers, swept into the town")
        if (c.dep_ == "prep" and c.lower_ == "with") or c.dep_ == "agent":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [cj for o in objs for cj in o.conjuncts]
            if any(o.lemma_.lower() in means for o in objs):
                return True
        if c.dep_ == "advmod" and c.lower_ in manners:
            return True
    return False


def _backing_given(root: Token) -> bool:
    """The giving or receiving verb ``root`` hands over backing and no material help: its object is
    a word of backing with no material mark ("gave key support to", "received the unanimous
    support of"), and no object beside it is a means ("support and weapons")."""
    verbs, backing, marks, means = word_lists(
        "aid", "backing_given_verbs", "backing_nouns", "material_marks", "material_means")
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    objs = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [cj for o in objs for cj in o.conjuncts]
    if not objs or any(o.lemma_.lower() not in backing for o in objs):
        return False
    return not any(m.lemma_.lower() in marks | means or m.lower_ in marks
                   for o in objs for m in o.children if m.dep_ in ("amod", "compound", "nmod"))


def _purpose_of(root: Token) -> Token | None:
    """The verb ``root`` is a to-infinitive of purpose ("... to support refugees"): its head."""
    if root.dep_ != "advcl" or not to_infinitive(root):
        return None
    return root.head


def material_backing(drafts: list[Draft]) -> list[Draft]:
    """Backing by material means becomes AID, backing handed over in words SUPPORT; backing that a
    coded gift serves is dropped."""
    verbs, means, manners = word_lists("aid", "backing_verbs", "material_means", "material_manners")
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        if d.category == "AID" and _backing_given(root):
            d.category, d.mode = "SUPPORT", None
            d.entry = replace(d.entry, family="SUPPORT:None")  # one act with the noun's support
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
