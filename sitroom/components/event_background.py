"""A measure named as the setting of another act, not reported as one: "despite U.S. sanctions",
"a bank under sanctions", "in contravention of UN sanctions", "ran afoul of the embargo",
"protect companies from the sanctions". The sentence reports what goes on in spite of, under or
because of the measure; the measure itself is background (events.yaml `background`).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["in_background"]


def _governors(root: Token) -> set[str]:
    """The preposition a noun is the object of, the word that preposition hangs on and, where that
    word is an object, its verb ("protect companies from the sanctions": from, company, protect)."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "U.S. and EU sanctions and tariffs"
        tok = tok.head
    if tok.dep_ != "pobj":
        return set()
    prep = tok.head
    out = {prep.lower_, prep.head.lemma_.lower(), prep.head.lower_}
    if prep.head.dep_ in ("dobj", "pcomp") and prep.head.head.i != prep.head.i:
        out.add(prep.head.head.lemma_.lower())  # "run afoul of", "protect companies from"
    return out


def in_background(root: Token, words: frozenset[str]) -> bool:
    """Whether the noun trigger is set as a circumstance by one of ``words``."""
    return bool(words) and root.pos_ in ("NOUN", "PROPN") and bool(_governors(root) & words)
