"""Whether a blast or a fire was an accident: what blew up or where (``data/accidents.yaml``).

An explosion kills in a bombing and in a gas leak alike; the words around it tell them apart ("a
gas explosion", "an explosion at a chemical plant", "an explosion ripped through a fireworks
factory", "the blast, caused by a gas leak"), and an accident is no deliberate act. A ship or a
vehicle that hits a fixed obstacle collides with it ("the freighter hit a pillar of the bridge").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_craft import described
from sitroom.components.event_words import word_lists

__all__ = ["accidental", "collision", "crash_toll"]

_MODIFIERS = ("compound", "amod", "nmod")


def _sources() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return word_lists("accidents", "blasts", "accident_sources", "blast_places")


def _named(tok: Token, sources: frozenset[str]) -> bool:
    """The word or one of its modifiers is an accident's source ("plant", "chemical plant")."""
    return tok.lemma_.lower() in sources or any(
        c.dep_ in _MODIFIERS and c.lemma_.lower() in sources for c in tok.children)


def _places(head: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def accidental(noun: Token) -> bool:
    """Whether ``noun`` is a blast or a fire that the sentence shows was an accident."""
    blasts, sources, preps = _sources()
    if noun.lemma_.lower() not in blasts:
        return False
    if any(c.dep_ in _MODIFIERS and c.lemma_.lower() in sources for c in noun.children):
        return True  # "a gas explosion", "an accidental blast"
    places = _places(noun, preps)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        places += _places(noun.head, preps)  # "an explosion ripped through a chemical plant"
    for c in noun.children:  # "the blast, caused by a gas leak"
        if c.dep_ == "acl":
            places += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return any(_named(p, sources) for p in places)


def crash_toll(verb: Token) -> bool:
    """A participle after a comma whose nearest verb before it is a crash: "caused a plane to
    crash, killing 10" (the parse may hang "killing" on another verb)."""
    (crashes,) = word_lists("accidents", "crash_verbs")
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    for tok in reversed(doc[verb.sent.start:verb.i - 1]):
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in crashes and tok.pos_ == "VERB"
    return False


def collision(verb: Token) -> bool:
    """A ship or a road or rail vehicle hitting a fixed obstacle, directly or "into" it: "the
    freighter hit a pillar of the bridge", "a bus slammed into a wall"."""
    verbs, vehicles, obstacles = word_lists("accidents", "collision_verbs", "collision_vehicles",
                                            "collision_obstacles")
    if verb.lemma_.lower() not in verbs:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "against", "with")
        for p in c.children if p.dep_ == "pobj"]
    # "the ship that hit", "a ship named X that hit", "the tanker X hit": what the name is called
    relative = verb.dep_ == "relcl" and bool(described(verb.head) & vehicles)
    return bool(doers and hit) and all(relative or described(d) & vehicles for d in doers) and all(
        h.lemma_.lower() in obstacles for h in hit)
