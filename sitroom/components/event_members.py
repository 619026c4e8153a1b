"""One member of a political party is not the party: "a Labour peer has withdrawn his bill", "the
Tory minister resigned", "a Republican senator accused the governor" are one person's acts, so
the party named before the member's seat or office is no doer. A group of members ("Labour MPs
oppose the scheme") and the offices that speak for the party ("the Labour leader", "a
Conservative spokesman") are left to the party; a country before a title ("a Chinese diplomat")
is not a party and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["PARTY_SECTOR", "party_member", "not_members_party"]

(PARTY_MEMBER_TITLES,) = word_lists("event_parties", "party_member_titles")
PARTY_SECTOR = "PTY"  # the sector code of a political party in the actor dictionary


def party_member(tok: Token) -> bool:
    """The noun names one holder of a seat or office a party's member holds ("peer", "senator",
    "MP"), in the singular."""
    return tok.tag_ in ("NN", "NNP") and tok.lower_ in PARTY_MEMBER_TITLES


def not_members_party(tok: Token, child: Token, found: list[str], idx: DocIndex) -> list[str]:
    """``found`` (the actors read from ``child``, a modifier of ``tok``) less the political
    parties, when ``tok`` names one of their members and ``child`` is not a name in apposition."""
    if child.dep_ == "appos" or not party_member(tok):
        return found
    return [a for a in found if getattr(idx.refs.get(a), "sector", None) != PARTY_SECTOR]
