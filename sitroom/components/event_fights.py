"""Fights of another kind than force (events.yaml `not_with`, `not_fought`, `act_object`): "a
legal battle", "a trade war", "the war on terror", "fights over budget priorities", "fighting
against extradition", "waged an economic war". Words of a fight's kind are read on the trigger,
and where its object names the act ("wage"), on that object too.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_lexicon import LexEntry, entries
from sitroom.components.event_words import word_lists

__all__ = ["MODIFIERS", "by_force", "fight_heads", "other_fight"]

MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def fight_heads(root: Token, entry: LexEntry) -> list[Token]:
    """The trigger, and with `act_object` the object that names the act ("waged a trade war"; also
    a modifier the parse takes for the object: "waged an economic, security and political war")."""
    if not entry.act_object:
        return [root]
    return [root, *(c for c in root.children if c.dep_ == "dobj")]


def _over_words(prep: Token) -> list[Token]:
    """What a fight is "over": the object and its modifiers, or a gerund's object and its
    modifiers ("a battle over breaching deficit limits")."""
    out: list[Token] = []
    for p in prep.children:
        if p.dep_ == "pcomp" and p.tag_ == "VBG":
            p = next((o for o in p.children if o.dep_ == "dobj"), None)
        elif p.dep_ != "pobj":
            continue
        if p is not None:
            out += [p, *p.children]
    return out


def other_fight(head: Token, entry: LexEntry, act_object: bool = False) -> bool:
    """A fight of another kind: "a legal battle", "fights over budget priorities", "the war on
    terror", "a fight against corruption", "its fight with the pandemic" (a campaign, not an act),
    "fighting against extradition" (`not_fought`); `act_object`: the head is the object naming
    the act, whose own word may name the kind."""
    if act_object and head.lemma_.lower() in entry.not_with:
        return True  # "waged an economic, ... war": the parse makes the adjective the object
    for c in head.children:
        if c.dep_ in MODIFIERS and c.lemma_.lower() in entry.not_with:
            return True
        if c.dep_ == "prep" and c.lower_ == "over" and any(
                t.lemma_.lower() in entry.not_with for t in _over_words(c)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "with"):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                if p.lemma_.lower() in entry.not_with:
                    return True
                # (not "with": "fought with conviction" is how they fought)
                if c.lower_ != "with" and any(
                        t.lemma_.lower() in entry.not_fought for t in (p, *p.conjuncts)):
                    return True
    return False



def _on_force(root: Token) -> bool:
    """What the attack is made on is what only arms attack (figurative.yaml `force_objects`): the
    verb's object or the noun's "on"/"against" object, which the parse may hang on the noun's verb
    ("the assault on the enemy lines", "led the assault on rebel positions")."""
    (objects,) = word_lists("figurative", "force_objects")
    if root.pos_ in ("VERB", "AUX"):
        hit = [c for c in root.children if c.dep_ == "dobj"]
    else:
        holders = [root] + ([root.head] if root.dep_ == "dobj" else [])
        hit = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for p in c.children if p.dep_ == "pobj"]
    return any(t.lower_ in objects for h in hit for t in (h, *h.conjuncts))


def by_force(root: Token) -> bool:
    """An attack that bears a mark of physical force (the `not_with` of the ACCUSE reading of
    "attack" in events.yaml): a modifier ("sexually assaulted her", "a chemical attack"), the date
    that names it ("the Sept. 11 attacks"), a weapon it is made with, on the verb or on its
    object ("attacked an officer with a sharp object"), or an object only arms attack ("led the
    assault on the enemy lines"). Words attack with none of these."""
    marks = frozenset().union(*(e.not_with for e in entries().get(("attack",), ()) if e.category == "ACCUSE"))
    if _on_force(root):
        return True
    heads = [root, *(c for c in root.children if c.dep_ == "dobj")]
    for c in root.children:
        if c.dep_ in MODIFIERS | {"advmod"} and (c.lemma_.lower() in marks or c.lower_ in marks):
            return True
        if c.dep_ in ("compound", "nmod", "nummod") and c.ent_type_ == "DATE":
            return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in marks for p in c.children)
        for h in heads for c in h.children)
