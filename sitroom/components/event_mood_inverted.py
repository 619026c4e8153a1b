"""An auxiliary put before its subject asks or supposes: the act is hypothetical.

A yes-no question asks whether the act happened ("Did Iran cooperate?"; event_mood_scope), and a
condition made by the same inversion, with no "if", supposes it ("Had the army attacked the town,
the rebels would have fled", "Were Peru to impose sanctions, Chile would retaliate", "the rebels
would have fled had the army attacked"). A denied supposition presupposes the act ("Had Peru not
imposed the embargo, trade would have doubled": it was imposed), and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_nouns import clause_verb
from sitroom.components.event_mood_scope import yes_no_question

# the auxiliaries that open a condition when put before the subject
_INVERTING = frozenset({"had", "were", "should"})


def inverted(trigger: Span, pred: Token | None) -> bool:
    """The act's clause is a yes-no question or an inverted condition."""
    return yes_no_question(trigger, pred) or inverted_condition(trigger, pred)


def inverted_condition(trigger: Span, pred: Token | None) -> bool:
    """The act's clause is a condition opened by "had", "were" or "should" before its subject,
    hung on a clause with a modal ("would have fled"), and not denied."""
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else (pred or clause_verb(root))
    if verb is None:
        return False
    clause = verb  # "Were Peru to impose", "had the army attacked" (the verb hung on the auxiliary)
    if verb.dep_ in ("advcl", "ccomp", "xcomp") and verb.head.lower_ in _INVERTING and (
            verb.head.i < verb.i):
        clause = verb.head
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    if first.lower_ not in _INVERTING or any(c.dep_ == "mark" for c in clause.children):
        return False
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and first.i < t.i < verb.i
               for t in clause.subtree):
        return False
    if any(c.dep_ == "neg" for c in (*verb.children, *clause.children)):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children)
