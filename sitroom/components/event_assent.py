"""Assent withheld (used by the events component): a verb of assent that is itself negated
refuses what it takes ("did not agree to the terms", "would not accept the offer", "could no
longer agree to softer terms": PLOVER REJECT). Two readings are no refusal. Negation that comes from
above the verb says nothing of assent withheld: "nobody can tell yet what the envoys will
settle on and agree to", "denied that Peru had accepted the offer" report no refusal and no agreement. Not agreeing
on a question ("did not agree on how much money the plan needs", "did not agree on every point")
is a difference of opinion among those who weigh it, no proposal turned down."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["differs_on_question", "withheld"]

_NEGATORS = frozenset({"not", "n't", "never", "no"})
_QUESTION_WORDS = frozenset({"how", "what", "whether", "which", "who", "where", "when", "why"})
_QUANTIFIERS = frozenset({"all", "every", "each", "everything"})


def withheld(verb: Token) -> bool:
    """The verb carries its own negation: "not", "never", "no longer" on it (or on the
    auxiliary or the verb of ability it hangs on: "could not agree", "was unable to agree" is left
    to the status)."""
    for tok in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        for c in tok.children:
            if c.dep_ == "neg" or c.lower_ in _NEGATORS and c.dep_ in ("advmod", "det"):
                return True
            if c.dep_ == "advmod" and any(g.dep_ == "neg" or g.lower_ == "no" for g in c.children):
                return True  # "no longer"
    return False


def differs_on_question(verb: Token) -> bool:
    """Not agreeing "on" a question or on every point: "did not agree on how much to spend",
    "did not agree on every point of the draft"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "over")):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            first = min(obj.subtree, key=lambda t: t.i)
            if first.lower_ in _QUESTION_WORDS or obj.lower_ in _QUESTION_WORDS:
                return True
            if any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _QUANTIFIERS for c in obj.children):
                return True
    return False
