"""Refusals of nothing: credence withheld from a claim (used by ``event_sense``).

A refusal (PLOVER REJECT) turns down what a party asked, offered or demanded: "rejected the
proposal", "refused to withdraw", "declined the invitation". Turning down a claim, a report or a
rumour is a stance on what is said, a statement (CAMEO 016, which PLOVER drops), like denying a
charge (audit/README.md, criteria): "rejected the rumours", "rejected speculation that the
minister would move", "refused to give credence to suggestions that ...", "refused to deny claims
that ...". The claim is the refusing verb's direct object, or, after "refuse"/"decline" to do
something, the object of a verb of crediting or denying or of a "to" after its object ("give
succour to suggestions"); "refused to publish the report" still refuses. Word lists in
``sitroom/data/figurative.yaml`` (``credence_verbs``, ``credence_acts``, ``claim_nouns``);
dismissing and denying a claim are already no refusal (events.yaml ``not_object``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["refuses_credence"]

_INFINITIVE_HEADS = frozenset({"refuse", "decline"})


def _claims_of(verb: Token) -> list[Token]:
    """What the verb is given to, after a "to" on the verb or on its object ("give succour to
    suggestions", "lend weight to reports": the claim, not the credence); else its direct objects
    and their conjuncts."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    given = [p for h in (verb, *objects) for prep in h.children
             if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
             for p in prep.children if p.dep_ == "pobj"]
    return given or objects


def refuses_credence(root: Token) -> bool:
    """The refusing verb turns down only a claim: its object (or, after "refuse/decline to", the
    object of a complement that credits or denies) is a noun of figurative.yaml ``claim_nouns``,
    and nothing else is."""
    verbs, acts, claims = word_lists("figurative", "credence_verbs", "credence_acts", "claim_nouns")
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or lemma not in verbs:
        return False
    heads = list(_claims_of(root))
    if not heads and lemma in _INFINITIVE_HEADS:
        for comp in (c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            if comp.lemma_.lower() in acts:  # not "refused to publish the report"
                heads += _claims_of(comp)
    return bool(heads) and all(h.lemma_.lower() in claims for h in heads)
