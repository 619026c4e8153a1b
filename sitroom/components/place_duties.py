"""What must be done with a country, or what it is kept from: a country that a passive clause
tells what must or should be done with it is the state held to account, not the land ("Peru must
be held accountable", "Chile should not be left alone", "Peru should be punished"), unless it is
the land worked on with no word of its standing after the verb ("Chile must be rebuilt", "Peru
should be visited in spring"; place_invert.yaml's land_object_verbs). A country kept from
its fate ("prevent Peru from spiraling into chaos") is the land, though one kept from an act is
the state ("prevent Chile from enriching uranium"). The modals are areas.yaml's
obligation_modals, the fates its fate_verbs (plstate32)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words

__all__ = ["kept_from_fate", "told_in_passive"]


@lru_cache(maxsize=1)
def _land_objects() -> frozenset[str]:
    return word_lists("place_invert", "land_object_verbs")[0]


def told_in_passive(verb: Token) -> bool:
    """``verb``, passive, with "must", "should" or "ought" before it, is no verb of land, or is
    one with a complement that says how the state is left or held ("left alone", "held
    accountable", "made to pay")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in area_words("obligation_modals") for c in verb.children):
        return False
    if verb.lemma_.lower() not in _land_objects():
        return True
    return any(c.dep_ in ("oprd", "acomp", "xcomp") or c.dep_ == "advmod" and c.pos_ == "ADJ"
               for c in verb.children)


def kept_from_fate(verb: Token) -> bool:
    """``verb`` keeps its object from, or pushes it into, what befalls a land: "from" or "into"
    and the -ing form of one of areas.yaml's fate_verbs ("prevent Peru from spiraling into
    chaos", "stop Chile from falling apart")."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "into") and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in area_words("fate_verbs") for g in c.children)
        for c in verb.children)
