"""An act in a clause of "once" that waits on a plan or a case is itself only a case.

"Iran is ready to reverse its steps once the U.S. lifts the sanctions", "Rouhani said Iran was
prepared to reverse them once the U.S. lifted the sanctions", "troops will withdraw once the
rebels sign the accord": the lifting and the signing are conditions of what is promised, not
acts planned by anyone (hypothetical). A conjunct shares the clause ("once the U.S. returns to
the deal and lifts the sanctions"). Under a governor that took place, "once" is "when" and the
act took place with it ("once the army seized the town, the rebels fled").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["once_clause"]


def once_clause(verb: Token | None) -> Token | None:
    """The governor of the "once" clause the verb is (or is conjoined to) the verb of, if any."""
    tok = verb
    for _ in range(4):
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return None
        if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        break
    if tok is None or tok.dep_ != "advcl" or tok.head.i == tok.i or not any(
            c.dep_ == "mark" and c.lower_ == "once" for c in tok.children):
        return None
    return tok.head
