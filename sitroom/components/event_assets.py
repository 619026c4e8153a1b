"""Deals in shares and stakes are commerce: "Murray agreed to buy BSkyB's 4.76% holding in the
club", "the Irish duo cut off talks over the sale of their stake" report no act between the
parties event data follows (word lists in ``sitroom/data/assets.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["asset_deal"]

_CONTENT = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl"})
_TOPIC_PREPS = frozenset({"for", "over", "on", "about", "to"})


def _asset(tok: Token, assets: frozenset[str]) -> bool:
    """The word names shares or a stake, itself or by its "of" phrase ("2.6 mln of the shares",
    "4.76% of the club's shares")."""
    if tok.lemma_.lower() in assets:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in assets for p in c.children) for c in tok.children)


def _trade(tok: Token, verbs: frozenset[str], nouns: frozenset[str], assets: frozenset[str]) -> bool:
    """The token is buying or selling shares: a trade verb with such an object, or a trade noun
    with such an "of" phrase ("the sale of their stake")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        phrasal = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"]
        if lemma in verbs or any(p in verbs for p in phrasal):
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objects += [p for c in tok.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
            return any(_asset(o, assets) for o in objects)
        return False
    if lemma in nouns:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and _asset(p, assets) for p in c.children) for c in tok.children)
    return False


def asset_deal(root: Token) -> bool:
    """The trigger's content is a trade in shares or stakes: the clause it governs ("agreed to buy
    ... shares", "a deal to sell its stake"), its "for" or "over" phrase ("an offer for the
    shares", "talks over the sale of their stake"), or its object ("approved the sale of the
    stake")."""
    verbs, nouns, assets = word_lists("assets", "trade_verbs", "trade_nouns", "assets")
    near = []
    heads = [root] + [c for c in root.children if c.dep_ == "dobj"]
    for c in root.children:
        if c.dep_ in _CONTENT:
            near += [c, *c.conjuncts]
        elif c.dep_ == "dobj":
            near.append(c)
    for h in heads:  # "an offer for the shares", "talks over the sale of their stake"
        near += [p for c in h.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                 for p in c.children if p.dep_ in ("pobj", "pcomp")]
    nominal = root.pos_ in ("NOUN", "PROPN")
    return any(_trade(t, verbs, nouns, assets) or (nominal and t.dep_ == "pobj" and _asset(t, assets))
               for t in near)
