"""A standing measure named as what a party defies, dodges or obeys is no act (used by the events
component).

A sanction, an embargo or a ban, once imposed, stands; a sentence that names it as the setting
of another party's act reports that act, not the measure: "Peru kept selling copper despite the
sanctions", "signed the pact in defiance of the embargo", "in breach of the arms embargo",
"firms that comply with the sanctions", "ships that evaded the blockade", "the bank quit the
market because of the embargo". The shapes are read from the parse: the measure noun (or the
first of its conjuncts) is the object of a concessive or causal preposition, of an "in ... of"
phrase or "... of" nominal that breaks or dodges it, of a verb that breaks or dodges it, or of
"with" after a word of compliance. What imposes, threatens, fears or lifts a measure ("despite
fears of sanctions", "despite new sanctions imposed on Monday") is not this shape: a measure
that a participle or clause of its own tells being imposed keeps its event. Word lists in ``sitroom/data/defied.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["defied_measure"]

_TOLD = ("acl", "relcl")  # "sanctions imposed on Monday", "sanctions that Washington announced"


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _defied(noun: Token) -> bool:
    preps, causes, nouns, verbs, compliance = word_lists(
        "defied", "concessive_preps", "cause_preps", "defiance_nouns", "defiance_verbs", "compliance_words")
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in verbs  # "evaded the sanctions", "the embargo was violated"
    if noun.dep_ != "pobj":
        return False
    word, owner = head.lower_, head.head
    pairs = {f"{owner.lower_} {word}"} | {f"{word} {c.lower_}" for c in head.children if c.dep_ == "pcomp"}
    if word in preps or pairs & causes:
        return True  # "despite the sanctions", "left due to" or "because of the sanctions"
    if word == "of":
        return owner.lemma_.lower() in nouns  # "in defiance of", "evasion of"
    return word == "with" and owner.lemma_.lower() in compliance  # "comply with the sanctions"


def defied_measure(span: Span, category: str) -> bool:
    """The trigger is a standing measure named as what a party defies, dodges or obeys."""
    (categories,) = word_lists("defied", "measure_categories")
    root = span.root
    if category not in categories or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in _TOLD for c in root.children):
        return False  # its own clause tells it imposed: "despite sanctions imposed in May"
    return _defied(_first_conjunct(root))
