"""Guarantees that only ensure a state (used by the events component).

"Guarantee" and "assure" have two senses. Given to a party they promise (PLOVER AGREE): "assured
Abdullah of support", "guaranteed Ukraine's security", "guaranteed the loan". With a state as
their object and nobody to receive it they mean "make certain", which binds no one to another
party: "Ruritania has guaranteed its gas supply", "Norland seeks to guarantee its own security",
"the envoy is tasked to guarantee its implementation". Only the active verb with a direct object
and no clause is read here; a clause ("guaranteed that the corridor would be safe") and a passive
("the credit is guaranteed by the government") keep their readings. Word lists in
``sitroom/data/figurative.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["ensures_state"]

_PERSON_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
_CLAUSES = frozenset({"ccomp", "xcomp", "dative", "auxpass", "nsubjpass", "attr", "oprd"})


def _party(tok: Token, idx: DocIndex, makers: set[str]) -> bool:
    """``tok`` names a party other than the makers: a known actor, a country's place, or a
    person pronoun."""
    ident = idx.actor_at.get(tok.i)
    if ident is not None:
        return ident not in makers
    if tok.i in idx.place_at and idx.place_at[tok.i]._.place.country:
        return True
    return tok.lower_ in _PERSON_PRONOUNS


def _money(obj: Token) -> bool:
    """A financial object: a guaranteed loan, debt or sum is a binding act ("guaranteed the
    credits", "guaranteed $2 billion")."""
    (money,) = word_lists("figurative", "guaranteed_money")
    return obj.lemma_.lower() in money or obj.lower_ in money or any(
        c.dep_ in ("nummod", "quantmod") or c.lower_ in money for c in obj.children)


def ensures_state(span: Span, args: Args, idx: DocIndex) -> bool:
    """The verb guarantees a state of things to nobody: its object names no party, no sum, and no
    other party receives it ("to", "for")."""
    root = span.root
    (verbs,) = word_lists("figurative", "ensure_verbs")
    if args.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    if args.targets or any(c.dep_ in _CLAUSES for c in root.children):
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if not objects:
        return False
    makers = set(args.actors)
    for obj in objects:
        if _money(obj) or any(_party(t, idx, makers) for t in obj.subtree):
            return False  # "assured Abdullah", "guaranteed Ukraine's security", "the loans"
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
        _party(t, idx, makers) for t in c.subtree) for c in root.children)
