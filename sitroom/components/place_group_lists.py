"""A list of countries after "of" that a noun of a group of states opens ("the three countries of
Peru, Chile and Bolivia signed a pact", "between Norway and the two powers of Japan and India"):
the countries are the group's members and take its role, as they do after "such as" (plrel38b).
Only a list of two or more names, so "the neighbouring countries of Peru" (the countries around
one) and "the countries of Central Asia" stay lands; the group nouns are areas.yaml's
state_kinds_of_list (not "nations", often peoples: "the two nations of Peru and Chile share a
culture"; nor "governments", whose "of" already reads as an office's)."""

from __future__ import annotations

from sitroom.components.place_frames import area_words

__all__ = ["group_of_list"]


def group_of_list(root) -> bool:
    """``root``, the first name of a list, is what "of" holds after a group noun of states, and
    another name is joined to it ("the three countries of Peru, Chile and Bolivia")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    if prep.head.lower_ not in area_words("state_kinds_of_list"):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children)
