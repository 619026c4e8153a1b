"""An act that is offered is the offer's content, not a second event (used by the events
component): "Lavrov has offered to mediate between India and Pakistan" is one AGREE (PLOVER:
"offer ... future cooperation"), not also a planned CONSULT. The offered act lends the offer the
parties it lacks. Word list in ``sitroom/data/cooperation.yaml`` (offer_verbs)."""

from __future__ import annotations

from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["offered_acts"]

# what a party may offer to do: acts of cooperation and concession
_OFFERABLE = frozenset({"COOPERATE", "SUPPORT", "AID", "CONSULT", "CONCEDE", "RETREAT"})


def offered_acts(drafts: list[Draft]) -> list[Draft]:
    """Drop a cooperative act that is the infinitive of a coded offer ("offered to mediate",
    "proposed to hold talks"), giving the offer its parties where it has none."""
    (offers,) = word_lists("cooperation", "offer_verbs")
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        gov = by_root.get(root.head.i) if root.dep_ == "xcomp" else None
        if (gov is not None and gov is not d and gov.category == "AGREE" and d.category in _OFFERABLE
                and gov.span.root.lemma_.lower() in offers and d.status != "negated"):
            gov.actors = gov.actors or d.actors
            gov.targets = gov.targets or tuple(t for t in d.targets if t not in gov.actors)
            continue
        out.append(d)
    return out
