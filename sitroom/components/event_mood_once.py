"""An act in a clause of "once" that waits on a plan or a case is itself only a case.

"Iran is ready to reverse its steps once the U.S. lifts the sanctions", "Rouhani said Iran was
prepared to reverse them once the U.S. lifted the sanctions", "troops will withdraw once the
rebels sign the accord": the lifting and the signing are conditions of what is promised, not
acts planned by anyone (hypothetical). A conjunct shares the clause ("once the U.S. returns to
the deal and lifts the sanctions"). Under a governor that took place, "once" is "when" and the
act took place with it ("once the army seized the town, the rebels fled").

An act in the present in a clause of "until" that a refusal, a plan or a case waits on is a
condition too ("the deal will not be restored until Washington lifts all sanctions", "troops
will stay until the rebels sign the accord"): hypothetical. Not a past one ("fought until the
army withdrew"), which took place.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["awaited_condition", "once_clause"]

_UNTIL = frozenset({"until", "till"})


def awaited_condition(verb: Token, status_of: Callable[[Token], str]) -> bool:
    """The verb, in the present, heads a clause of "until" whose governor (``status_of``, its
    status) is negated, planned or a case."""
    gov = once_clause(verb, _UNTIL)
    return gov is not None and verb.tag_ in ("VBZ", "VBP", "VB") and status_of(gov) in (
        "negated", "planned", "hypothetical")


def once_clause(verb: Token | None, marks: frozenset[str] = frozenset({"once"})) -> Token | None:
    """The governor of the "once" clause (or of ``marks``) the verb is (or is conjoined to) the
    verb of, if any."""
    tok = verb
    for _ in range(4):
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return None
        if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        break
    if tok is None or tok.dep_ != "advcl" or tok.head.i == tok.i or not any(
            c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
        return None
    return tok.head
