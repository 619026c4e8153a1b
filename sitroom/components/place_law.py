"""A country at law: the object of a verb that sues, recognises, deprives, expels, suspends or
permits a state, the subject of its passive, or the party taken to court (place_law.yaml): the
state, a metonym ("the bondholders sued Peru", "the first to recognise Chile", "depriving Peru of
its rights", "Chile was expelled from the bloc", "took Peru to court"). The verbs of
government_objects take a capital too; these only a country ("recognised Jerusalem as the
capital" names the city) (plweb8)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists

__all__ = ["party_at_law"]

_TO_COURT = frozenset(["to", "before", "into"])


def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return word_lists("place_law", "state_objects", "court_nouns")


def party_at_law(root) -> bool:
    """``root`` (a country's head token) is the direct object of one of the verbs, the subject of
    its passive, or the object of a verb that takes it "to"/"before" a court or to arbitration."""
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    verbs, courts = _lists()
    if verb.lemma_.lower() in verbs:
        return True
    return root.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ in _TO_COURT
        and any(g.dep_ == "pobj" and g.lower_ in courts for g in c.children)
        for c in verb.children)
