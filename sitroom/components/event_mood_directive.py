"""An act that someone is asked, told or warned not to do: "urged the FBI not to investigate him",
"warned Moscow not to invade". The "not" is part of what is asked, not a report that the act was
left undone: whether the FBI investigated is open, as it is after "urged the FBI to investigate"
(hypothetical). Not "decided not to withdraw" or "promised not to attack", whose subject settles
the act itself, nor "did not urge them to attack", whose negation is the request's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_words import REQUEST_VERBS
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["asked_not_to"]


def asked_not_to(tok: Token) -> bool:
    """``tok`` is a negated to-infinitive ("not to investigate") that a verb asking for an act
    (data/mood.yaml request_verbs in event_mood_words, directive_verbs) governs: what it names is
    asked against, not reported undone."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if not to_infinitive(tok):
        return False
    if tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    (directive,) = word_lists("mood", "directive_verbs")
    lemma = tok.head.lemma_.lower()
    if lemma not in REQUEST_VERBS and lemma not in directive:
        return False
    to = next(c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to")
    # the "not" stands before "to" ("not to invade"), in the infinitive the request governs
    return any(c.dep_ == "neg" and c.i < to.i for c in tok.children)
