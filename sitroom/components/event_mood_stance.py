"""Another party's act that a clause takes a stance on: opposing, rejecting, backing or condemning
an act does not decide whether it took place. An event noun that names its own doer ("the U.S.
withdrawal", "unilateral U.S. sanctions", "the Saudi blockade", "the occupation by Israel") is
another party's act, made whatever the stance or its negation: "rejected the U.S. withdrawal
from the deal", "has opposed the U.S. military occupation", "failed to condemn U.S. sanctions",
"does not support the Saudi blockade", "the U.S. withdrawal was rejected by the UN" (occurred,
not negated). One the clause only conceives ("will oppose any IMF bailout") is a prospect:
hypothetical. An act the subject's own refusal stops ("refused to extend the ceasefire",
"rejected talks with Kabul") names no doer of its own and keeps the negation. Word lists in
data/mood.yaml (stance_verbs, response_verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_nouns import argument_head
from sitroom.components.event_words import word_lists

__all__ = ["stance_on"]

# determiners of an act only conceived: "any IMF bailout", "every Israeli strike"
_PROSPECT = frozenset({"any", "every"})


def stance_on(noun: Token) -> str | None:
    """The status of an event noun that names its own doer and is the direct object of a verb of
    stance (or its passive subject): "occurred", or "hypothetical" for one conceived ("any ...");
    None when the noun is no such act (no doer of its own, denied outright with "no", or no stance
    verb's object)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = argument_head(noun)
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    stances, responses = word_lists("mood", "stance_verbs", "response_verbs")
    if verb.lemma_.lower() not in stances | responses or not names_doer(noun, verb):
        return None
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" in dets:
        return None
    return "hypothetical" if dets & _PROSPECT else "occurred"


def names_doer(noun: Token, verb: Token) -> bool:
    """The noun names a party of its own, other than the verb's subject: a proper noun before it
    ("the U.S. withdrawal", "Iran's program", "IMF bailout"), a proper adjective ("the Saudi
    blockade") or a "by" phrase ("the occupation by Israel"). Not a pronoun ("its withdrawal":
    maybe the subject's own) nor a common noun ("the troop withdrawal")."""
    subjects = {c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" and c.lower_ not in subjects:
            return True
        if c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper() and (
                c.i != c.sent.start):  # (not a capital that only opens the sentence)
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children):
            return True
    return False
