"""Posture, force or retreat, read from what is sent, fired or given up (used by the events
component, through event_recast).

The lexicon codes sending units as a posture (MOBILIZE, mode troops) and a missile fired at no
known target as a weapons test (MOBILIZE). Two things the clause says turn those readings:

- what is deployed is help: relief workers, units marked for relief ("disaster medical
  assistance teams", "rescue crews"), or units sent to do relief work ("deployed a helicopter and
  boat crews to search the area"). Sending help is aid (PLOVER AID), not a show of force; units
  of armed forces stay a posture whatever they are sent for.
- what is fired goes "into" a place where people live ("rockets were fired into central parts of
  the city", "fired shells into the eastern districts of the town"): an attack (ASSAULT), as fire
  into a country is. Water and air are no target ("fired a missile into the sea").

A RETREAT is material: forces or persons leave a place. A retreat from a plan, a pledge or a
policy ("retreated from a plan to vote on the bill"), or a civil government's retreat that names
no place ("one more embarrassing retreat by the cabinet"), is a climb-down in words: CONCEDE.

Word lists in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["read_forces"]

_SENT = frozenset({"dobj", "nsubjpass"})
_MARKS = frozenset({"compound", "amod", "nmod"})


def _deployed(root: Token) -> list[Token]:
    """What is sent: the verb's objects (and their conjuncts), or the noun's "of" object."""
    if root.pos_ == "VERB":
        heads = [c for c in root.children if c.dep_ in _SENT]
    else:
        heads = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _phrase_words(tok: Token) -> set[str]:
    """The head's lemma, its modifiers' lemmas and the two-word names they make
    ("rescue worker")."""
    mods = [c for c in tok.children if c.dep_ in _MARKS]
    words = {tok.lemma_.lower(), *(m.lemma_.lower() for m in mods)}
    words |= {f"{m.lemma_.lower()} {tok.lemma_.lower()}" for m in mods}
    words |= {g.lemma_.lower() for m in mods for g in m.children if g.dep_ in _MARKS}
    return words


def _relief_work(root: Token, sent: list[Token]) -> bool:
    """The units ``sent`` are sent to do relief work: "deployed crews to search the area"."""
    (work,) = word_lists("event_recast", "relief_work")
    clauses = [c for c in root.children if c.dep_ in ("xcomp", "advcl")]
    clauses += [c for t in sent for c in t.children if c.dep_ in ("acl", "relcl")]
    return any(c.pos_ == "VERB" and c.lemma_.lower() in work
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses)


def _relief(root: Token) -> bool:
    """Every unit sent is help: relief workers, relief-marked units, or units sent for relief."""
    verbs, workers, units, marks, armed = word_lists(
        "event_recast", "relief_deploy_verbs", "relief_workers", "relief_units", "relief_marks",
        "armed_units")
    if root.pos_ == "VERB" and root.lemma_.lower() not in verbs:
        return False
    sent = _deployed(root)
    if not sent:
        return False
    purpose = _relief_work(root, sent)
    for tok in sent:
        words = _phrase_words(tok)
        if words & armed:
            return False
        head = tok.lemma_.lower()
        if not (words & workers or (head in units and (words & marks or purpose))):
            return False
    return True


def _fired_into_homes(root: Token) -> bool:
    """The fire goes "into" a place where people live ("into residential areas"), or a part of
    one."""
    places, parts = word_lists("event_recast", "struck_places", "place_parts")
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "into"):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            if obj.lemma_.lower() in places or (obj.lower_ in parts and any(
                    c.dep_ in _MARKS and c.lemma_.lower() in places for c in obj.children)):
                return True
            if obj.lower_ in parts and any(
                    p.lemma_.lower() in places or p.ent_type_ in ("GPE", "LOC", "FAC")
                    for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"):
                return True
    return False


def _given_up(words: list[Token]) -> list[Token]:
    """What a retreat leaves: the "from" or "on" object of its words ("pulled back from its
    pledge"), or the object of the verb."""
    objs = [p for w in words for c in w.children if c.dep_ == "prep" and c.lower_ in ("from", "on")
            for p in c.children if p.dep_ == "pobj"]
    return objs + [c for w in words for c in w.children if c.dep_ == "dobj"]


def _climbdown(d: Draft, idx: DocIndex) -> bool:
    """A retreat from a plan, or a civil government's retreat from nothing named."""
    words, plans, civil = word_lists("event_recast", "climbdown_words", "given_up", "civil_sectors")
    root = d.span.root
    if " ".join(t.lemma_.lower() for t in d.span) not in words or d.places:
        return False
    left = _given_up(list(d.span))
    if left:
        return all(t.lemma_.lower() in plans for t in left)
    refs = [idx.refs.get(a) for a in d.actors]
    return root.pos_ == "NOUN" and bool(refs) and all(
        r is not None and r.sector in civil for r in refs)


def read_forces(drafts: list[Draft], idx: DocIndex) -> None:
    """Help sent is aid, not a posture; fire into a place where people live is an attack; a
    retreat from a plan is a concession."""
    for d in drafts:
        root = d.span.root
        if d.category == "RETREAT" and d.entry.mode == "withdraw" and _climbdown(d, idx):
            d.category, d.mode = "CONCEDE", None
            d.entry = replace(d.entry, mode=None, family="CONCEDE:None")
        if d.category != "MOBILIZE":
            continue
        if d.entry.mode == "troops" and _relief(root):
            d.category, d.mode = "AID", None
            d.entry = replace(d.entry, mode=None, family="AID:None")
        elif root.pos_ == "VERB" and root.lemma_.lower() in word_lists("event_recast", "fire_verbs")[0] and (
                _fired_into_homes(root)):
            d.category = "ASSAULT"
