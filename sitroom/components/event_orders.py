"""Orders that request nothing (used by the events component): an investigation ordered ("Raisi
ordered a comprehensive inquiry into the incident", "ordered a new probe into the airstrike") is
opened by whoever orders it; the coder reads the investigation on its own noun (ACCUSE,
investigate, with the orderer as its doer), and the REQUEST on "ordered" is the same act read
wrongly: no party is asked anything. An order given to a party ("ordered the army to investigate
the attack") stays REQUEST. Word list in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["ordered_inquiries"]


def ordered_inquiries(drafts: list[Draft]) -> list[Draft]:
    """Drop the REQUEST of a verb of ordering whose object is an investigation coded as its own
    ACCUSE, when the order names no party it is given to."""
    (ordering,) = word_lists("event_recast", "ordering_verbs")
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        verb = d.span.root
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if d.category == "REQUEST" and verb.pos_ == "VERB" and verb.lemma_.lower() in ordering \
                and objects and not any(c.dep_ in ("dative", "xcomp", "ccomp") for c in verb.children) \
                and all(o.i in by_root and by_root[o.i].category == "ACCUSE" for o in objects):
            continue
        out.append(d)
    return out
