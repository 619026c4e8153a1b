"""A member of a coordination named by a surname the index gives no actor: "Khaji and Bagdanov
held talks", "Macron and Scholz called for a cease-fire", "Lavrov and Amir Abdollahian agreed".
The parse often tags such a bare surname as no entity, a place or a body ("Scholz": GPE,
"Lavrov": ORG), so the dictionary leaves it out and the act is shown with its other doer alone,
which the sentence contradicts. Where the story names exactly one person whose name ends in that
word ("Ali Asghar Khaji", "Olaf Scholz"), the surname is that person: a doer added, not an event
dropped (an unknown name with no such person stays out, as before).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex

__all__ = ["named_person"]

# what the parse tags a bare surname as ("" where it tags it as no entity); never a date, a number
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", ""})


def _persons(idx: DocIndex) -> dict[str, set[str]]:
    """Last word of each person's name (casefolded) -> the ids of the persons the story names."""
    shown = set(idx.actor_at.values())
    out: dict[str, set[str]] = {}
    for ident, ref in idx.refs.items():
        if ident in shown and getattr(ref, "kind", None) == "person" and ref.name:
            out.setdefault(ref.name.split()[-1].casefold(), set()).add(ident)
    return out


def named_person(tok: Token, idx: DocIndex) -> str | None:
    """The person a proper name without an actor stands for: the one person the story names whose
    name ends in it ("Bagdanov" after "Mikhail Bagdanov"); None when none or several do, or the
    name is part of a phrase whose other names are no part of that person's."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAME_TYPES or tok.i in idx.actor_at or (
            tok.i in idx.dateline or tok.i in idx.furniture):
        return None
    found = _persons(idx).get(tok.text.casefold(), set())
    if len(found) != 1:
        return None
    (ident,) = found
    words = {w.casefold() for w in idx.refs[ident].name.split()}
    # "Amir Abdollahian", "Mr Khaji": its other names are the person's, or a title before them
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in idx.actor_at:
            return None
        if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.text.casefold() not in words and (
                c.ent_type_ == "PERSON"):
            return None  # "Maria Khaji": another person of that family
    return ident
