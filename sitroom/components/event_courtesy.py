"""Sympathy offered to mourners (used by the events component).

Sympathy, condolences and solidarity sent to a party back it (PLOVER SUPPORT): "expressed sympathy
with Iran", "voiced solidarity with the Afghan people", "condolences to the Afghan government and
the families of the victims". Sent only to the victims of a loss or to those who mourn them they
are a courtesy, a statement of feeling that backs no party in a dispute: "expressed sympathy for
the victims of the attacks", "expressed sympathies with the bereaved families". The recipient is
the object of "with", "for" or "to" after the noun or after the verb that governs it; a named
party among the recipients keeps the event, and so does a noun with no recipient. Word lists in
``sitroom/data/figurative.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["consoles_mourners"]

_TO = frozenset({"with", "for", "to"})


def _recipients(noun: Token) -> Iterator[Token]:
    """The heads after "with", "for" or "to" on the noun or on its governing verb, and their
    conjuncts ("the Afghan government and nation and families of the victims")."""
    governed = noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB"
    holders = [noun, noun.head] if governed else [noun]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _TO:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        yield obj
                        yield from obj.conjuncts


def _party(tok: Token, idx: DocIndex) -> bool:
    """``tok`` itself is read as a party: a known actor or a country's place."""
    place = idx.place_at.get(tok.i)
    return tok.i in idx.actor_at or (place is not None and bool(place._.place.country))


def consoles_mourners(span: Span, args: Args, idx: DocIndex) -> bool:
    """A noun of sympathy whose only recipients are mourners: the victims of a loss, their
    families, the bereaved ("expressed sympathy for the victims"); no party is backed."""
    root = span.root
    courtesy, mourners = word_lists("figurative", "courtesy_nouns", "mourner_nouns")
    if args.category != "SUPPORT" or args.targets:
        return False  # sympathy with a named party backs it
    if root.lower_ not in courtesy and root.lemma_.lower() not in courtesy:
        return False
    heads = list(_recipients(root))
    if not heads:
        return False  # "expressed sympathy": to whom is unsaid
    return all(h.lemma_.lower() in mourners and not _party(h, idx) for h in heads)
