"""A country's name as the subject of a verb whose object holds what the country is able to do
with other states: "Peru and Chile have many opportunities to deepen their ties", "Norway and
Kenya have great potential to develop cooperation", "Peru has a chance to mend relations with
Chile". The infinitive (on the object, or on the verb: "Peru and Chile need to expand ties")
builds dealings between states (its object a noun of areas.yaml ``relation_nouns``), which only
a state does: the state, a metonym. The land keeps what it can do with goods or nature ("Peru has
the capacity to raise its exports", "Chile has room to grow wheat"): literal (plstate41)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.place_frames import area_words, list_head

__all__ = ["builds_dealings"]


def _infinitives(verb: Token) -> list[Token]:
    """The "to" infinitives the verb or its object holds, with the verbs joined to them ("to deepen
    ties and develop cooperation")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    out = []
    for holder in holders:
        for c in holder.children:
            if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                out += [c, *(v for v in c.conjuncts if v.pos_ == "VERB")]
    return out


def builds_dealings(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list; outside a match report) is the subject of a verb that, or
    whose object, holds an infinitive whose object is a noun of dealings between states."""
    if not (country and acting):
        return False
    root = list_head(span)
    if root.dep_ != "nsubj":
        return False
    dealings = area_words("relation_nouns")
    return any(c.dep_ == "dobj" and c.lower_ in dealings
               for v in _infinitives(root.head) for c in v.children)
