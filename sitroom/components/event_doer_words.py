"""The words that name who does a verb's act, for the lexicon's ``cue`` constraint on verbs
(used by ``event_sense.fits``): its subject or passive agent, a relative pronoun's noun, and
their compound and adjective modifiers ("European antitrust regulators raided the offices": the
regulator, antitrust and European; "offices raided by tax inspectors": tax, inspector).
A noun trigger's cues are read by ``event_sense`` itself (its modifiers and "by" object)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_clause import RELATIVES

__all__ = ["doer_words"]

_NAMING = frozenset({"compound", "amod", "nmod"})


def doer_words(root: Token) -> set[str]:
    """Lemmas of the doer of a verb (empty for any other trigger)."""
    if root.pos_ != "VERB":
        return set()
    doers = [c for c in root.children if c.dep_ == "nsubj"]
    doers += [p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers = [root.head if d.lower_ in RELATIVES and root.dep_ == "relcl" else d for d in doers]
    words: set[str] = set()
    for d in (x for d in doers for x in (d, *d.conjuncts)):
        words.add(d.lemma_.lower())
        words.update(c.lemma_.lower() for c in d.children if c.dep_ in _NAMING)
    return words
