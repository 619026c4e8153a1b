"""A country's name before a noun of a state's arms programme and its file, over an adjective of
that programme ("Chile's nuclear activities", "the Peru nuclear issue", "Kenya's missile
programme", "the Chile nuclear talks", "Peru's nuclear dossier"): the programme is the state's, and
the file, the deal or the talks on it are dealings with the state, so the name is the state, a
metonym, in the possessive as in a compound ("Iran's nuclear deal" as "the Iran nuclear deal").
What the programme has in a place or sells is the land's: sites, plants, power, industry are not
among the nouns ("Chile's nuclear sites", "Peru's nuclear power plants" stay). Word lists in
place_programs.yaml (geo34)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists

__all__ = ["state_programme"]


def _words(key: str) -> frozenset[str]:
    return word_lists("place_programs", key)[0]


def state_programme(root) -> bool:
    """``root`` (the name's head token) owns or modifies a noun of a programme or its file
    (``programme_nouns``) with an adjective of a state's arms programme (``programme_adjectives``:
    "nuclear", "missile") between them."""
    head = root.head
    if root.dep_ not in ("poss", "compound", "nmod") or head.pos_ != "NOUN" or head.i <= root.i:
        return False
    nouns = _words("programme_nouns")
    if head.lower_ not in nouns and head.lemma_.lower() not in nouns:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and root.i < c.i < head.i
               and c.lower_ in _words("programme_adjectives") for c in head.children)
