"""A share of a population as the subject of a stance is a poll result, not a party's act
("nearly half of Americans opposed it", "49 percent said they were opposed", "most voters back
him")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["STANCES", "poll_share"]

_SHARES = frozenset({"percent", "%", "half", "majority", "minority", "third", "quarter", "fifth",
                     "fraction", "proportion", "share", "plurality", "percentage"})
STANCES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE"})


def poll_share(root: Token) -> bool:
    """The stance's subject (or its governing clause's) is a share of a population."""
    verbs = [root, *(t for t in root.ancestors if t.pos_ in ("VERB", "AUX"))][:3]
    for v in verbs:
        for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            words = {t.lower_ for t in subj.subtree} | {t.lemma_.lower() for t in subj.subtree}
            if words & _SHARES:
                return True
    return False
