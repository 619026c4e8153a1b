"""An act a clause says was forgone instead of done (used by ``event_mood``).

"Left Lima without meeting the envoy", "stopped short of condemning the strike", "praised the
plan rather than criticizing it", "refrained from naming them": the act in the gerund (or the
bare verb after "rather than") is the one not done. Its status follows the verb that forgoes it:
a forgoing told as done or ahead leaves the act undone (negated), one only put as a case leaves it
a case ("should settle it without threatening anyone": hypothetical), and a forgoing denied
gives the act back ("did not leave without meeting him": occurred). Word lists in data/mood.yaml
(forgoing_preps, forgoing_pairs, abstaining_verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["forgoing_verb", "forgone_status"]


def forgoing_verb(verb: Token) -> Token | None:
    """The verb whose act stands in place of ``verb``'s, or that abstains from it; None when
    ``verb`` is not forgone."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    preps, pairs, abstaining = word_lists("mood", "forgoing_preps", "forgoing_pairs",
                                          "abstaining_verbs")
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        joint = _pair_between(tok.head, tok, pairs)
        if joint:  # "would praise the plan rather than criticize it"
            return tok.head
        tok = tok.head  # "without consulting or informing Peru": as the first conjunct
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.i == tok.i or prep.dep_ not in ("prep", "cc"):
        return None
    gov = prep.head
    if prep.lower_ in preps and not _with_or_without(prep):
        return gov if gov.pos_ in ("VERB", "AUX") else None
    # "instead of", "rather than" (the first word on the preposition), "short of" (the first word
    # as the preposition's head: "stopped short of condemning")
    for c in prep.children:
        if c.dep_ == "advmod" and f"{c.lower_} {prep.lower_}" in pairs:
            return gov if gov.pos_ in ("VERB", "AUX") else None
    if f"{gov.lower_} {prep.lower_}" in pairs and gov.head.pos_ in ("VERB", "AUX"):
        return gov.head
    if prep.lower_ == "from" and gov.lemma_.lower() in abstaining:
        return gov  # "refrained from naming them"
    return None


def forgone_status(forgoer: Token, forgoing: str) -> str:
    """The forgone act's status from the status of the verb that forgoes it. A forgoing verb with
    no tense of its own (an infinitive, a gerund, a bare subjunctive: "a way to settle it without
    threatening anyone", "asked that he refrain from naming them") read as done is more likely
    an aim whose governor the clause reading did not reach: a case."""
    if forgoing == "hypothetical" or (forgoing == "occurred" and not _tensed(forgoer)):
        return "hypothetical"
    return "occurred" if forgoing == "negated" else "negated"


def _tensed(verb: Token) -> bool:
    """A verb in a tense, or with an auxiliary other than "to"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _pair_between(head: Token, conj: Token, pairs: set[str]) -> bool:
    """A "rather than" (or "instead of") between two conjoined verbs, parsed as their link."""
    return any(c.dep_ == "cc" and head.i < c.i < conj.i and any(
        a.dep_ == "advmod" and f"{a.lower_} {c.lower_}" in pairs for a in c.children)
        for c in head.children)


def _with_or_without(prep: Token) -> bool:
    """ "with or without talks": either way, nothing forgone."""
    doc = prep.doc
    return prep.i >= 2 and doc[prep.i - 1].lower_ == "or" and doc[prep.i - 2].lower_ == "with"
