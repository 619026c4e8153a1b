"""Whose phrase a noun phrase is. A body that bears a name of its own acts for itself, not for the person who leads it:
"Ali Navid's Unity party has approved the bill", "Petrov's Free Homeland movement rejected
the plan" are the party's and the movement's acts, not their leader's. The person is the
possessor of the phrase; the body's own name stands between him and its head noun. A country
before such a body is left alone ("Norway's Royal Navy", "China's Xinhua news agency"): a
state's own service or outlet may speak for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex, kind_of

__all__ = ["listed_appos", "not_leaders_body"]


def not_leaders_body(tok: Token, child: Token, found: list[str], idx: DocIndex) -> list[str]:
    """``found`` (the actors read from ``child``, a modifier of ``tok``) less the people, when
    ``child`` is the possessor of a phrase that names a body of its own ("Navid's Unity party":
    not Navid). A phrase the dictionary knows is its own actor and never reaches here."""
    if child.dep_ != "poss" or not _own_name(tok, child):
        return found
    return [a for a in found if kind_of(a, idx) != "person"]


def _own_name(tok: Token, owner: Token) -> bool:
    """The head noun bears a proper name between its possessor and itself ("Navid's Unity
    party", "Navid's Unity Party"): a capitalised compound after the possessor's phrase."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > owner.right_edge.i
               for c in tok.children)


def listed_appos(tok: Token) -> bool:
    """An "apposition" the parse made of a list's last item ("the former head of the CIA and
    National Security Agency": the agency is the second thing he headed, not another name of
    him): set off by "and" or "or", not by a comma, a dash or a bracket."""
    return tok.dep_ == "appos" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ in ("and", "or")
