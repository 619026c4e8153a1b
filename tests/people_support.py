"""How the people tests read the people a pipeline finds, as the export names them."""

from __future__ import annotations


def people_roles(nlp, text: str) -> dict[str, str | None]:
    """Each person as the export names them -> the role shown."""
    doc = nlp(text)
    return {s._.actor.name: s._.actor.role for s in doc.spans["actors"] if s._.actor.kind == "person"}


def people_mentions(nlp, text: str) -> dict[str, list[str]]:
    """Each person as the export names them -> the words of their mentions."""
    out: dict[str, list[str]] = {}
    doc = nlp(text)
    for s in doc.spans["actors"]:
        if s._.actor.kind == "person":
            out.setdefault(s._.actor.name, []).append(s.text)
    return out
