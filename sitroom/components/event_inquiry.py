"""An examination that investigates no wrong is a review (used by the events component).

PLOVER files investigations under ACCUSE (mode investigate): an inquiry into a crime, an abuse,
an attack or a suspicion. The words ``review_lemmas`` ("examine") and ``hearing_lemmas``
("hearing") have that sense only when their matter names such a wrong ("examine allegations that
suspects were abused", "examining whether the programmes broke German laws", "its third hearing
on the impeachment proceedings"); examining a bill, a decision, assets or "the budget impact of
legislation", or a hearing "on the plan", reviews it, and no one is investigated. The matter is
what the trigger acts on, read with all its words: the verb's object (or the noun a relative
clause describes: "the cases that the sultan examines"), its clause ("whether ..."), its "into"
phrase; for a hearing, its "on"/"about"/"over" phrase. A hearing with no such phrase ("a hearing
with the deputy attorney general", "a hearing into the deaths") keeps its reading. Word lists in
``sitroom/data/figurative.yaml`` (``inquiry_matters``). A body whose work is inquiry (police,
prosecutors, courts, an oversight or ethics committee: ``inquiry_doers``, ``inquiry_sectors``)
investigates whatever it examines ("the FBI is examining assessments from past years").
Inspecting (``inspection_lemmas``) is read the same way, and it also investigates a place or a
thing where compliance is checked (``inspection_matters``: "inspectors inspected the site") or a
state; a leader who inspects troops, a scientist who inspects a sample or a visitor who
inspects an exhibit investigates no one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, predicate
from sitroom.components.event_clause import RELATIVES
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["review_sense"]

_OBJECTS = ("dobj", "nsubjpass", "ccomp", "xcomp")
_HEARING_PREPS = ("on", "about", "over")


def review_sense(span: Span, args: Args, entry: LexEntry) -> bool:
    """An investigating reading of "examine" or "hearing" whose matter names no wrong: a review,
    no ACCUSE."""
    if args.category != "ACCUSE" or entry.mode != "investigate":
        return False
    root = span.root
    verbs, nouns, inspecting = word_lists("figurative", "review_lemmas", "hearing_lemmas",
                                          "inspection_lemmas")
    lemma = root.lemma_.lower()
    if root.pos_ == "VERB" and lemma in inspecting:
        matter = _verb_matter(root) + [c for c in root.children if c.dep_ == "prep"
                                       and c.lower_ in _HEARING_PREPS + ("for",)]
        if any(_checked(t) for m in matter for t in m.subtree):
            return False
    elif root.pos_ == "VERB" and lemma in verbs:
        matter = _verb_matter(root)
    elif root.pos_ in ("NOUN", "PROPN") and lemma in nouns:
        matter = _hearing_matter(root)
        if matter and any(c.dep_ == "prep" and c.lower_ in ("into", "with") for c in root.children):
            return False  # "a hearing into the deaths", "a hearing with the attorney general on ..."
    else:
        return False
    return bool(matter) and not any(_wrong(t) for m in matter for t in m.subtree) and not (
        any(_inquirer(a) for a in args.actors) or _inquiring_subject(root))


def _verb_matter(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in _OBJECTS]
    # a relative pronoun stands for the noun the clause describes: "the cases that he examines"
    out = [verb.head if c.lower_ in RELATIVES and verb.dep_ == "relcl" else c for c in out]
    if not out and verb.dep_ == "relcl":
        out.append(verb.head)
    if not out and verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.append(verb.head)  # "the bill examined by the committee"
    out += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"]
    return out


def _hearing_matter(noun: Token) -> list[Token]:
    heads = [noun]
    pred = predicate(noun)  # "held a hearing on the plan Wednesday": the phrase may hang on "held"
    if pred is not None and pred.i != noun.i:
        heads.append(pred)
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _HEARING_PREPS
            and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)]  # "on Monday"


def _wrong(tok: Token) -> bool:
    (wrongs,) = word_lists("figurative", "inquiry_matters")
    return tok.lemma_.lower() in wrongs or tok.lower_ in wrongs


def _checked(tok: Token) -> bool:
    """A word of an inspected matter where compliance is checked: a site, a cargo, a state."""
    (checked,) = word_lists("figurative", "inspection_matters")
    return tok.lemma_.lower() in checked or tok.ent_type_ == "GPE"


def _inquiring_subject(verb: Token) -> bool:
    """The verb's doer, as the parse gives it, is named by a word of inquiry ("prosecutors
    examined the records", "records examined by the police")."""
    (doers,) = word_lists("figurative", "inquiry_doers")
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj = [verb.head if c.lower_ in RELATIVES and verb.dep_ == "relcl" else c for c in subj]
    subj += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(t.lower_ in doers or t.lemma_.lower() in doers for s in subj for t in s.subtree)


def _inquirer(actor: str) -> bool:
    """An actor id of a body whose work is inquiry: "FBI", "org:house-oversight-committee",
    "sector:DEU:JUD"."""
    doers, sectors = word_lists("figurative", "inquiry_doers", "inquiry_sectors")
    parts = re.split(r"[:\-_ ]+", actor)
    return any(p.lower() in doers for p in parts) or (actor.startswith("sector:") and parts[-1] in sectors)
