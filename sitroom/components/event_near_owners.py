"""Nearer owners of a possessive pronoun than the subject it would be read as (used by
event_actors' pronoun resolution and event_antecedents' agreement check).

- An "its" whose nearest state or body before it in its sentence is another than the last known
  subject: "the Council tightened sanctions on Norway after its third missile test", "the group
  called the vote an Austrian move to extend its occupation of the province" (Norway's,
  Austria's; the nearer one is at least as likely as the subject, so the subject is a guess).
  A party inside the subject's own phrase ("Peru, which backs the rebels, voiced its support")
  or one that only says where or whose ("support for peace in Colombia and its ...", "added
  Peru's Lake Titicaca to the list during its meeting") is no rival (``rival_owner``).
- A plural name of one word ("Republicans", "Democrats") is no antecedent of an "its" or of an
  "it" that is no subject ("Republicans passed the bill. Obama vetoed it."; ``plural_name``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex, kind_of

__all__ = ["plural_name", "rival_owner"]

_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "flat", "case"})


def rival_owner(tok: Token, start: int, ident: str, idx: DocIndex) -> bool:
    """The state or body named nearest before the possessive "its" ``tok`` in its sentence,
    after the phrase of ``ident`` (which begins at token ``start``), is another than ``ident``:
    not one inside the subject's own phrase, nor one that only says where or whose."""
    if tok.lower_ != "its" or tok.dep_ != "poss":
        return False
    head = tok.doc[start]
    while head.head.i != head.i and idx.actor_at.get(head.head.i) == ident:
        head = head.head
    own = range(head.left_edge.i, head.right_edge.i + 1) if head.sent == tok.sent else range(0)
    for i in range(tok.i - 1, max(start, tok.sent.start - 1), -1):
        other = idx.actor_at.get(i)
        if other is None or i in own or kind_of(other, idx) == "person" or _where(tok.doc[i], idx):
            continue
        return other != ident
    return False


def _where(name: Token, idx: DocIndex) -> bool:
    """The name only says where or whose: its phrase is the object of "in" or "at", or the name
    of a place or thing that is no party ("in the occupied Palestine territory", "added Peru's
    Lake Titicaca to the list")."""
    while name.dep_ in _MODIFIERS and name.head.i != name.i:
        name = name.head
        if name.i not in idx.actor_at and (name.i in idx.place_at or name.pos_ == "PROPN"):
            return True
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "at")


def plural_name(pronoun: Token, antecedent: Token) -> bool:
    """``antecedent`` is a plural name of one word ("Republicans", not the last word of "United
    Nations") and ``pronoun`` an "its" or an "it" that is no subject (a subject "it" is often
    no referring one: "it would be nice to start talks")."""
    return (antecedent.tag_ == "NNPS" and pronoun.dep_ not in ("nsubj", "nsubjpass")
            and not any(c.dep_ in ("compound", "flat") for c in antecedent.children))
