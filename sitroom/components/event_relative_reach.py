"""Which noun a relative pronoun stands for when the parse hangs its clause on a noun further
back (used by event_clause for a relative subject). A relative clause follows its antecedent's
own phrase: only that phrase's words (its "of" phrase, an apposition, a bracketed short name)
and punctuation stand between them. When other words do ("criticized Norway for hosting the
Liberation Front (LF) that has killed 300 villagers": the parse hangs "killed" on Norway), the
parse crossed another phrase, and the pronoun stands for the noun right before it (the front,
whatever the dictionary knows of it), never for the far one.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["near_antecedent"]

_NOUNS = frozenset({"NOUN", "PROPN"})


def near_antecedent(relative: Token, noun: Token) -> Token:
    """``noun``, the antecedent the parse gives the relative pronoun ``relative``, or the noun
    right before the pronoun where words outside ``noun``'s phrase stand between them."""
    if noun.i >= relative.i:
        return noun
    own = {t.i for t in noun.subtree}
    doc = relative.doc
    gap = [t for t in doc[noun.i + 1:relative.i] if not t.is_punct]
    if all(t.i in own for t in gap) or noun.head.i in {t.i for t in gap}:
        return noun  # right after its phrase, or put after the noun's own verb ("ten senators
        # will be elected who refuse to ...")
    near = next((t for t in reversed(gap) if t.pos_ in _NOUNS), None)
    if near is None:
        return noun
    while near.dep_ in ("compound", "flat") and near.head.i > near.i and near.head.i < relative.i:
        near = near.head
    return near
