"""A state's or a seat of government's name before its own body in small letters ("the U.S.
administration", "the Kabul government", "the UK government's plan"): the body is no proper
name that holds the place, so the place is read as the state it stands for (``metonym``), as
place_offices.office_of_state reads "the U.S. embassy". The model or the actor dictionary may
take the whole phrase for an organisation; its lower-case head shows that no name is meant.
Capitalised names ("the U.S. Supreme Court", "the Government of India") keep ``embedded``."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_offices import office_of_state
from sitroom.resolve.place_story import national_capital

__all__ = ["state_before_body"]


def state_before_body(name: Span, body: Span, cands) -> bool:
    """``name`` opens ``body`` (an organisation's span), every word after it is in small letters,
    it is a country, a region or a national capital (``cands``: its gazetteer candidates), and the
    words after it are an office or body of a state (place_offices.office_of_state: "metonym")."""
    doc = name.doc
    if name.start != body.start and not (name.start == body.start + 1 and doc[body.start].lower_ == "the"):
        return False
    tail = doc[name.end : body.end]
    if not len(tail) or not all(t.is_lower and t.is_alpha for t in tail):
        return False
    if not any(c.level in (0, 1) or national_capital(c) for c in cands):
        return False
    return office_of_state(name) == "metonym"
