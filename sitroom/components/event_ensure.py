"""Guarantees that only ensure a state (used by the events component).

"Guarantee" and "assure" have two senses. Given to a party they promise (PLOVER AGREE): "assured
Abdullah of support", "guaranteed Ukraine's security", "guaranteed the loan". With a state as
their object and nobody to receive it they mean "make certain", which binds no one to another
party: "Ruritania has guaranteed its gas supply", "Norland seeks to guarantee its own security",
"the envoy is tasked to guarantee its implementation". Only the active verb with a direct object
and no clause is read here; a clause ("guaranteed that the corridor would be safe") and a passive
("the credit is guaranteed by the government") keep their readings.

"Assure" with a clause that tells what was done or what is so ("assured the nation that the army
had repelled the raid", "assured them that the region is calm") vouches for a fact, a statement
binding nobody to anything; a clause of what will be done ("assured Flake the administration would
work with him", "is going to") keeps the pledge. Word lists in ``sitroom/data/figurative.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["assures_fact", "ensures_state"]

_PERSON_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
_CLAUSES = frozenset({"ccomp", "xcomp", "dative", "auxpass", "nsubjpass", "attr", "oprd"})
_PAST = frozenset({"VBD", "VBN"})


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


def _told_fact(verb: Token) -> bool:
    """A clause that tells what was done or what is so: past or perfect ("had repelled"), or a
    present state of "be" or a passive ("is calm", "is founded on"); none with a modal or a
    future ("would work", "will follow", "are going to")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes) or verb.lower_ == "going":
        return False
    if verb.tag_ in _PAST and (verb.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)):
        return True
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ == "be" or any(
        a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP", "VBD") for a in auxes)


def assures_fact(span: Span, args: Args) -> bool:
    """An assurance whose clause tells a fact, not what its maker will do: a statement."""
    root = span.root
    (verbs,) = word_lists("figurative", "fact_assurers")
    if args.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    # the parse may hang the "that" clause on the one assured ("assured his counterpart that ...")
    clauses += [a for o in root.children if o.dep_ == "dobj" for a in o.children
                if a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    return bool(clauses) and all(_told_fact(c) for c in clauses)
