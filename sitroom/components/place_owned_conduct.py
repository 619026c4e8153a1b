"""A country's possessive before a noun of its conduct (plstate45): "the United States' bullying",
"Peru's sabre-rattling" (the parse may take the noun for a verb or split it at its hyphen), "Chile's
war on smuggling" and "Peru's campaign against graft" (a campaign with its target, whatever the
target), "Chile's use of force" (a use of what a state wields), "Peru's record on rights" (a
record with its matter, plmeto38b), "Norway's hosting of the round" (a gathering of states it
hosts; not "Kenya's hosting of refugees"). The possessor is the
state. A land's in the same shapes stays literal: "Peru's use of coal", "Chile's war years", "Peru's
economy", "Peru's record harvest".
Word lists: place_owned_conduct.yaml and place_conduct.yaml's conduct_nouns."""

from __future__ import annotations

from functools import lru_cache

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words

__all__ = ["owns_conduct"]

_KEYS = ("owned_conduct_nouns", "state_campaign_nouns", "waged_preps", "use_nouns", "wielded_nouns",
         "record_nouns", "record_preps", "lesson_nouns", "hosting_nouns")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    out = dict(zip(_KEYS, word_lists("place_owned_conduct", *_KEYS)))
    out["owned_conduct_nouns"] |= word_lists("place_conduct", "conduct_nouns")[0]
    return out


def _owned_word(root) -> str:
    """The words the possessive owns up to its head, whole when the parse split a hyphened noun
    ("sabre - rattling"), else the head's own word."""
    head = root.head
    doc = root.doc
    start = root.i + 1
    while start < head.i and doc[start].dep_ == "case":
        start += 1
    words = doc[start:head.i + 1]
    if len(words) > 1 and any(t.text == "-" for t in words) and not any(t.whitespace_ for t in words[:-1]):
        return words.text.lower()
    return head.lower_


def _aimed(noun, w) -> bool:
    """A target after "on" or "against" ("the war on drugs"), not a time ("on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ in w["waged_preps"] and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in noun.children)


def _on_matter(noun, w) -> bool:
    """A matter after a record's preposition ("record on rights"), not a time, or a gerund after
    "in" ("record in jailing critics")."""
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in w["record_preps"] and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children):
            return True
        if c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False


def _wields(noun, w) -> bool:
    """ "use of force", "use of chemical weapons": what follows "of" is what a state wields."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in w["wielded_nouns"] for g in c.children) for c in noun.children)


def owns_conduct(root) -> bool:
    """The country's possessive owns a noun of its conduct, a campaign with its target, the use of
    what a state wields or a record with its matter (module doc)."""
    if root.dep_ != "poss" or root.head.i <= root.i:
        return False
    w = _lists()
    head = root.head
    if _owned_word(root) in w["owned_conduct_nouns"]:
        return True
    if head.pos_ != "NOUN":
        return False
    word = head.lower_
    if word in w["hosting_nouns"]:  # "Norway's hosting of the round", not "Kenya's hosting of refugees"
        gatherings = area_words("hosted_gatherings")
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in gatherings for g in c.children) for c in head.children)
    if word in w["lesson_nouns"]:  # "Norway's experience shows", not "Peru's experience of hyperinflation"
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in head.children)
    return word in w["state_campaign_nouns"] and _aimed(head, w) \
        or word in w["use_nouns"] and _wields(head, w) \
        or word in w["record_nouns"] and _on_matter(head, w)
