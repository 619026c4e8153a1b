"""Every member of a coordination as a party of the act (used by ``event_actors``): "Iran and
Russia expressed their support" is both states' support, not the first's; "officials of Iran and
Turkmenistan met" are both states' officials, though the phrase the dictionary knows ends with the
first state. The parties of a member come from the caller (``event_actors.actor_of``), passed in
as a function so that this module stays below it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_parties import starts_clause

__all__ = ["joint_owner", "listed_after"]

Parties = Callable[..., list[str]]


def joint_owner(tok: Token, bound: Token, found: list[str], idx: DocIndex, parties: Parties) -> list[str]:
    """A "their" bound to a coordinated subject is every member's ("Iran and Russia expressed
    their support": both states, not the first alone), when each member names a party
    (``parties(member, idx)``) of the first one's kind; else ``found`` (the first member's
    parties) unchanged."""
    if tok.lower_ != "their" or not found or not bound.conjuncts:
        return found
    kinds = {kind_of(a, idx) == "person" for a in found}
    out = list(found)
    for member in bound.conjuncts:
        if starts_clause(member):
            return found
        more = parties(member, idx)
        if not more or {kind_of(a, idx) == "person" for a in more} != kinds:
            return found
        out += [a for a in more if a not in out]
    return out


def listed_after(tok: Token, ident: str, idx: DocIndex, parties: Callable[[Token], list[str]]) -> list[str]:
    """Parties coordinated with the owner inside a body's phrase but left after it ("officials
    of Iran and Turkmenistan met", "the foreign ministers of Iran and Bosnia discussed": the
    phrase the dictionary knows ends with the first state, yet the officials are both states')."""
    start, end = tok.i, tok.i + 1
    while start > 0 and idx.actor_at.get(start - 1) == ident:
        start -= 1
    while end < len(tok.doc) and idx.actor_at.get(end) == ident:
        end += 1
    root = tok.doc[start:end].root
    if root.pos_ != "NOUN":
        return []
    out: list[str] = []
    for t in tok.doc[start:end]:
        if t.dep_ != "pobj" or t.head.lower_ not in ("of", "from") or t.head.head.i != root.i:
            continue
        for c in t.conjuncts:
            if c.i >= end:
                out += [a for a in parties(c) if a != ident and a not in out]
    return out
