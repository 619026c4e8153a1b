"""Where an incident noun's modifiers say it happened rather than who did it: a city before an
attack ("the Nice attack"), a ranking kept for a place ("France's deadliest attack"), a natural
feature's "of" phrase ("the Sea of Japan"). Split from event_actors, which reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.components.event_bodies import settlement

if TYPE_CHECKING:
    from sitroom.components.event_index import DocIndex

__all__ = ["GEO_FEATURES", "scene_place", "where_noun"]

# natural features whose "of" phrase says where they are, not who is concerned ("the Sea of
# Japan", "the Gulf of Oman", "the coast of Libya")
GEO_FEATURES = frozenset({"sea", "gulf", "strait", "straits", "ocean", "bay", "waters", "coast",
                          "channel", "lake", "river", "island", "islands", "peninsula", "desert"})


def where_noun(tok: Token) -> bool:
    """A natural feature or a city noun ("the Sea of Japan", "Kazakhstan's capital"): a place,
    whose modifiers and "of" phrase say where it is, never who acts."""
    return tok.lemma_.lower() in GEO_FEATURES or settlement(tok)


def scene_place(mod: Token, idx: DocIndex) -> bool:
    """A modifier of an incident noun that names a city, town or region (alone or through its own
    compounds): "the Nice attack", "the Berlin truck attack" happened there; a country ("the
    Russia attack") or a demonym ("the Russian attack") may still name the doer."""
    if mod.dep_ == "poss":
        return _ranked(mod.head)  # "France's deadliest attack": a record kept for a place
    if mod.dep_ == "amod":  # "the Nice attack" with the city's name read as an adjective
        return _town_adjective(mod, idx)
    if mod.dep_ not in ("compound", "nmod"):
        return False
    for t in (mod, *(c for c in mod.children if c.dep_ in ("compound", "nmod"))):
        if t.i in idx.capital_at:  # "the Berlin attack": the city, not Germany's government
            return True
        ref = idx.place_at.get(t.i)
        if ref is not None and ref._.place.feature != "country":
            return True
    return False


def _town_adjective(mod: Token, idx: DocIndex) -> bool:
    """A capitalised modifier the parser took for an adjective that the gazetteer resolves to a
    city or region ("the Nice attack", "the Orlando shooting"): where it happened. A demonym
    ("the Russian attack") resolves to no place below a country, so it may still name the doer."""
    if not mod.text[:1].isupper() or mod.i in idx.actor_at:
        return False
    ref = idx.place_at.get(mod.i)
    return ref is not None and ref._.place is not None and ref._.place.feature != "country"


def _ranked(noun: Token) -> bool:
    """The incident is ranked among others ("the deadliest", "worst", "third"): its owner is the
    place the ranking is kept for ("France's deadliest attack", "Britain's third attack this
    year"), not who did it."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
               for c in noun.children)
