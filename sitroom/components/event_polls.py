"""A share of a population as the subject of a stance is a poll result, not a party's act
("nearly half of Americans opposed it", "49 percent said they were opposed", "most voters back
him"), and so is a stance reported "according to a poll" ("voters would reject the treaty by two
to one, according to a survey")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["STANCES", "poll_share"]

_SHARES = frozenset({"percent", "%", "half", "majority", "minority", "third", "quarter", "fifth",
                     "fraction", "proportion", "share", "plurality", "percentage"})
STANCES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE"})
_POLLS = frozenset({"poll", "survey"})


def _by_poll(verb: Token) -> bool:
    """The verb is reported "according to" a poll or a survey."""
    return any(c.dep_ == "prep" and c.lower_ == "according" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in _POLLS for g in c.children for p in (g, *g.children))
        for c in verb.children)


def poll_share(root: Token) -> bool:
    """The stance's subject (or its governing clause's) is a share of a population, or a poll
    reports it."""
    verbs = [root, *(t for t in root.ancestors if t.pos_ in ("VERB", "AUX"))][:3]
    for v in verbs:
        if _by_poll(v):
            return True
        for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            words = {t.lower_ for t in subj.subtree} | {t.lemma_.lower() for t in subj.subtree}
            if words & _SHARES:
                return True
    return False
