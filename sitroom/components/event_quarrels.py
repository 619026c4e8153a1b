"""Quarrels read as fights (used by the events component): a clash, a war or a feud between
politicians and civil bodies is a dispute of words, no assault ("Brenner, who clashed with the mayor and
his staff", "Blair and Brown have declared war on each other", "the president's war on
the media"). Once the parties are known: at least two, at least one a person, and each a person
or a civil body (government, legislature, court, party, press); a state, an armed group, the
police or the army, or a mark of force keeps the assault. Whoever the parties are, a clash over a
matter of words ("leaders clashed with the president over tariffs", "fought over the budget") is
no assault either. Word lists in
``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_fights import by_force
from sitroom.components.event_index import kind_of
from sitroom.components.event_words import word_lists

__all__ = ["quarrels"]


def _civil(ident: str, idx: DocIndex, sectors: frozenset[str]) -> bool:
    """A person, or a civil body of the sector list ("sector:GOV", "sector:USA:LEG")."""
    if kind_of(ident, idx) == "person":
        return True
    ref = idx.refs.get(ident)
    return ref is not None and ref.sector in sectors


def _over_words(root: Token) -> bool:
    """The clash is over a matter of words: its "over" or "about" object (or that of its "with"
    party: "clashed with the president over tariffs") is a policy, a measure or a remark."""
    matters, forces = word_lists("event_recast", "quarrel_matters", "quarrel_force_words")
    heads = [root] + [p for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"]
    sides = heads[1:] + [c for c in root.children if c.dep_ in ("nsubj", "poss", "compound")]
    if any(s.lemma_.lower() in forces for x in sides for s in (x, *x.conjuncts)):
        return False  # "protesters clashed with police over the new law"
    return any(c.dep_ == "prep" and c.lower_ in ("over", "about") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in matters for p in c.children)
        for h in heads for c in h.children)


def _quarrel(d: Draft, idx: DocIndex) -> bool:
    words, sectors = word_lists("event_recast", "quarrel_words", "civil_sectors")
    root = d.span.root
    lemma = " ".join(t.lemma_.lower() for t in d.span)
    if d.category != "ASSAULT" or (root.lemma_.lower() not in words and lemma not in words):
        return False
    (forces,) = word_lists("event_recast", "quarrel_forces")
    if _over_words(root) and not by_force(root) and not any(
            kind_of(p, idx) in forces or getattr(idx.refs.get(p), "sector", None) in forces
            for p in d.actors + d.targets):
        return True
    parties = list(dict.fromkeys(d.actors + d.targets))
    if len(parties) < 2 or not any(kind_of(p, idx) == "person" for p in parties):
        return False
    return all(_civil(p, idx, sectors) for p in parties) and not by_force(root)


def quarrels(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """Drop the assaults that are quarrels between persons and civil bodies."""
    return [d for d in drafts if not _quarrel(d, idx)]
