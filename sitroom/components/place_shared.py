"""A country that is the subject of a verb of its land ("remained in Nato", "sits on oil
reserves") and, over "and", "but" or "yet", of a verb only a state does ("... yet opposed the
war", "... and wants to show that it does not need an agreement"): the state, a metonym. The
second verb must share the subject (no subject of its own) and be active ("Iran sits on oil
reserves but is forced to import gasoline" is what befalls the land). The caller
(place_state.py) asks outside a match report only, and only for a country."""

from __future__ import annotations

__all__ = ["shares_state_verb"]


def shares_state_verb(verb, verbs: frozenset[str]) -> bool:
    """A verb of ``verbs`` joined to ``verb`` after it shares its subject, in the active voice."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"):
        own = any(g.dep_ in ("nsubj", "nsubjpass", "expl", "auxpass") for g in conj.children)
        if not own and conj.lemma_.lower() in verbs:
            return True
    return False
