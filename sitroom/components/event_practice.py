"""Force practised on no party (used by the events component): an attack verb whose target is
a firing range or a training ground ("fighter jets bombed a firing range", "shells were fired at
the training ground") shows the force's capability and harms no one. PLOVER codes it as a
posture, MOBILIZE with mode weapons, not ASSAULT. (Firing "during an exercise" is part of the
drill: ``event_readings.drill``.)

An act that is rehearsed is not done: forces that "practice evacuating civilians", "rehearsed an
amphibious assault" or stage "a mock attack" hold a drill (MOBILIZE, the category of exercises
one side holds), whatever act they rehearse. "Practise" rehearses only an act told as a verb
("practice evacuating"): with a noun it is a habit ("the regime practises torture"), not a drill.
Word lists ``practice_grounds``, ``rehearsal_verbs``, ``practice_verbs`` and ``rehearsal_marks`` in
``sitroom/data/figurative.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args
from sitroom.components.event_words import word_lists

__all__ = ["practice"]

_AT = frozenset({"at", "on", "onto", "into", "over"})


def _names(tok: Token) -> set[str]:
    """The noun and the noun with its compound or adjective ("firing range", "training ground")."""
    lemma = tok.lemma_.lower()
    return {lemma} | {f"{c.lower_} {lemma}" for c in tok.children if c.dep_ in ("compound", "amod")}


def _struck(root: Token) -> list[Token]:
    """What the verb strikes: its object or passive subject, or its "at"/"on" object; a time
    ("bombed a firing range on Tuesday") is struck by no one."""
    out = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in root.children if c.dep_ == "prep" and c.lower_ in _AT
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    return out


def _rehearsed(root: Token) -> bool:
    """The act is the object or the complement of a verb of rehearsing ("practice evacuating",
    "rehearsed an assault"), or marked as feigned ("a mock attack", "a simulated strike")."""
    verbs, practised, marks = word_lists("figurative", "rehearsal_verbs", "practice_verbs", "rehearsal_marks")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in marks for c in root.children):
        return True
    if root.dep_ not in ("dobj", "xcomp"):
        return False
    head = root.head.lemma_.lower()
    return head in verbs or (head in practised and root.pos_ == "VERB")


def practice(span: Span, args: Args) -> tuple[str, str | None] | None:
    """MOBILIZE, weapons for force used on a practice ground; MOBILIZE for an act rehearsed;
    ``None`` when the reading stands."""
    root = span.root
    if args.category != "MOBILIZE" and _rehearsed(root):
        return "MOBILIZE", None
    if args.category != "ASSAULT" or root.pos_ != "VERB":
        return None
    (grounds,) = word_lists("figurative", "practice_grounds")
    struck = _struck(root)
    if struck and all(_names(t) & grounds for t in struck):
        return "MOBILIZE", "weapons"
    return None
