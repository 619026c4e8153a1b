"""Roles a trigger's parse gives its parties, for the sense constraints of events.yaml
(event_sense.py): the role an "as" complement gives what a verb takes in ("welcomed Sweden as a
new member": admitted, not a guest), and the verb whose subject does an act that has no subject
of its own ("the police spent a month looking, eventually raiding it")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["admitted_role", "subject_verb"]


def admitted_role(verb: Token) -> set[str]:
    """The role an "as" complement gives what the verb takes in, on the verb or on its object:
    the noun and its modifiers ("welcomed Sweden as its newest member": member, new)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    out: set[str] = set()
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            out.add(noun.lemma_.lower())
            out.update(m.lemma_.lower() for m in noun.children if m.dep_ in ("amod", "compound"))
    return out


def subject_verb(verb: Token) -> Token:
    """The verb whose subject does this one's act: itself, or for a verb with no subject of its
    own, the verb it hangs on ("eventually raiding it", "raided the bar and arrested ...")."""
    while verb.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head is not verb:
        verb = verb.head
    return verb
