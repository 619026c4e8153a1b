"""A country's name before a noun of a state's arms, over an adjective of them: its arms programme
and the file on it ("Chile's nuclear activities", "the Peru nuclear issue", "Kenya's missile
programme", "the Chile nuclear talks", "Peru's nuclear dossier"), or what its armed forces are,
hold or do ("a Peru military base", "Chile's naval power", "Kenya's defence spending", "Peru
army personnel"). The programme and the forces are the state's, and the file, the deal or the talks
on it are dealings with the state, so the name is the state, a metonym, in the possessive as in a
compound ("Iran's nuclear deal" as "the Iran nuclear deal"). What the programme has in a place or
sells is the land's: sites, plants, power, industry are not among the programme's nouns ("Chile's
nuclear sites", "Peru's nuclear power plants" stay), and firms and industry are not the forces'
("Chile's defence industry", "a Peru military contractor", "Kenya's defence giant", a firm's name
after them stay). Word lists in place_programs.yaml (geo34)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists

__all__ = ["state_arms"]


def _words(key: str) -> frozenset[str]:
    return word_lists("place_programs", key)[0]


def _between(root, head, words: frozenset[str]) -> bool:
    """An adjective or noun of ``words`` modifies the head between the name and it."""
    return any(c.dep_ in ("amod", "compound", "nmod") and root.i < c.i < head.i and c.lower_ in words
               for c in head.children)


def state_arms(root) -> bool:
    """``root`` (the name's head token) owns or modifies a noun of a programme or its file
    (``programme_nouns``) over an adjective of an arms programme (``programme_adjectives``:
    "nuclear", "missile"), or any noun but one of trade (``trade_nouns``) over a word of the
    armed forces (``force_words``: "military", "naval", "defence")."""
    head = root.head
    if root.dep_ not in ("poss", "compound", "nmod") or head.pos_ != "NOUN" or head.i <= root.i:
        return False
    lower, lemma = head.lower_, head.lemma_.lower()
    nouns, trade = _words("programme_nouns"), _words("trade_nouns")
    if (lower in nouns or lemma in nouns) and _between(root, head, _words("programme_adjectives")):
        return True
    if head.is_title and head.i > head.sent.start:
        return False  # "Russia's state-run defence major Rosoboronexport": a firm's name tagged a noun
    return lower not in trade and lemma not in trade and _between(root, head, _words("force_words"))
