"""A country's name that stands for its state by the conduct said of it or the dealings done to it
(plstate39): the object of a verb that deals with a party ("stifle Chile", "questioning Peru", "rein
in Peru"; "hit Chile over its trade" with its topic, "hit Peru militarily"; "integrate Peru into the
West" with its bloc), the subject of a copula with an adjective of conduct ("Peru has been too
passive") or of a verb and object of what a state decides ("Chile sees no reason to sign", "Peru
changed course"), the modifier of a noun of conduct over an adjective ("the U.S. aggressive
behavior", "the U.S. hostile policy"), the one a matter tells on ("embarrassing for Peru"), a
possessive in a coordinated pair ("in both Chile's and Peru's interest") and a member that
"including" lists of a group acting ("the world, including Peru, must act"); a possessive before a
noun of its conduct (place_owned_conduct.py: "Peru's bullying", "Chile's war on smuggling"). Word
lists: place_conduct.yaml. A land in the same places stays literal ("the storm hit Chile", "integrate the
regions", "Peru is hot", "the U.S. financial system")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists, yaml_data
from sitroom.components.place_owned_conduct import owns_conduct

__all__ = ["state_conduct"]

_KEYS = ("object_verbs", "topic_verbs", "topic_preps", "policy_adverbs", "bloc_verbs", "bloc_nouns",
         "conduct_adjectives", "conduct_nouns", "for_adjectives", "for_nouns", "pair_nouns", "group_nouns")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return dict(zip(_KEYS, word_lists("place_conduct", *_KEYS)))


def _dealt_with(root, w) -> bool:
    """ "stifle Chile", "hit Chile over Bolivia", "hit Peru militarily", "integrate Peru into the West"."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > root.i]
    if lemma in w["object_verbs"]:
        return lemma != "rein" or any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    if lemma in w["topic_verbs"]:
        if any(c.dep_ == "advmod" and c.lower_ in w["policy_adverbs"] for c in verb.children):
            return True  # "hitting Peru militarily"
        return any(p.lower_ in w["topic_preps"] and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in p.children) for p in preps)
    if lemma in w["bloc_verbs"]:
        return any(p.lower_ in ("into", "with") and any(
            g.dep_ == "pobj" and g.lower_ in w["bloc_nouns"] for g in p.children) for p in preps)
    return False


def _conduct_subject(root, w) -> bool:
    """ "Peru has been too passive": an adjective of conduct after a copula; "Peru will see no
    reason to comply", "Chile has changed course": a verb and its object of what a state decides."""
    verb = root.head
    if root.dep_ != "nsubj":
        return False
    if verb.lemma_ in ("be", "remain", "seem", "appear"):
        return any(c.dep_ == "acomp" and c.lower_ in w["conduct_adjectives"] for c in verb.children)
    objects = yaml_data("place_conduct").get("will_objects") or {}
    held = frozenset(str(o) for o in objects.get(verb.lemma_.lower()) or ())
    # the object, or "course" parsed as an adverb ("has changed course")
    return any(c.dep_ in ("dobj", "advmod", "npadvmod") and c.lower_ in held for c in verb.children)


def _conduct_modifier(root, w) -> bool:
    """ "the U.S. aggressive and unilateral behavior": the name, then adjectives, then the noun."""
    noun = root.head
    return root.dep_ in ("nmod", "compound") and noun.pos_ == "NOUN" and noun.i > root.i \
        and noun.lower_ in w["conduct_nouns"] and any(
            c.dep_ == "amod" and root.i < c.i < noun.i for c in noun.children)


def _told_on(root, w) -> bool:
    """ "embarrassing for Peru", "a humiliation for Chile"."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and (
        prep.head.pos_ == "ADJ" and prep.head.lower_ in w["for_adjectives"]
        or prep.head.pos_ == "NOUN" and prep.head.lower_ in w["for_nouns"])


def _paired_possessive(span: Span, w, nouns: frozenset[str]) -> bool:
    """ "in both Chile's and Peru's interest": a possessive, a conjunction, another possessive and
    the state's noun (the parse rarely joins the first one to the noun)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in ("'s", "'", "\u2019s", "\u2019") or i + 1 >= len(doc) \
            or doc[i + 1].lower_ not in ("and", "or"):
        return False
    for j in range(i + 2, min(i + 8, len(doc) - 1)):
        if doc[j].lower_ in ("'s", "'", "\u2019s", "\u2019"):
            k = j + 1
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            return k < len(doc) and (doc[k].lower_ in w["pair_nouns"] or doc[k].lower_ in nouns)
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            return False
    return False


def _group_member(root, w, land: frozenset[str]) -> bool:
    """ "the world, including Peru and Chile, must act": a member that "including" lists of a group
    that is the subject of a verb, not one of a land's ("the world, including Peru, has warmed")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "including":
        return False
    group = prep.head
    verb = group.head
    if group.dep_ != "nsubj" or group.lower_ not in w["group_nouns"] or verb.pos_ not in ("VERB", "AUX"):
        return False
    verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)  # "need to take"
    return verb.lemma_.lower() not in land


def state_conduct(span: Span, root, nouns: frozenset[str], land: frozenset[str]) -> bool:
    """The country stands for its state by its conduct or the dealings done to it (module doc);
    ``nouns`` are the state's nouns (areas.yaml), ``land`` the verbs of a land."""
    w = _lists()
    return _dealt_with(root, w) or _conduct_subject(root, w) or _conduct_modifier(root, w) \
        or _told_on(root, w) or _paired_possessive(span, w, nouns) or _group_member(root, w, land) \
        or owns_conduct(root)
