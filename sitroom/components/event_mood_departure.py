"""A progressive of leaving an office announces the departure: planned, not under way.

Resigning, stepping down or retiring is done at one stroke, so its progressive does not say the
act is in course: "the senator said he was stepping down", "the chairman is retiring after twenty
years", "told the nation he was resigning as the scandal grew" announce a step still to come
(data/mood.yaml departure_verbs). One that takes effect at once is taken ("wrote that he was
resigning effective immediately", "I am retiring today"): occurred. A perfect progressive
("officials have been resigning in protest") tells departures that go on, and is left alone;
so is a progressive with a plural subject ("ministers were resigning one after another").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_warded import phrasal_lemma
from sitroom.components.event_words import word_lists

# the forms of "be" that make a simple progressive (not "has been", "had been")
_BE = frozenset({"am", "is", "are", "'s", "'re", "'m", "was", "were"})
# plural pronouns: "they were resigning" tells several departures, no one step announced
_PLURAL = frozenset({"we", "they"})


def departure(verb: Token) -> str | None:
    """planned for a simple progressive of leaving an office, occurred for one that takes effect
    at once; None for any other verb."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBG":
        return None
    (departures,) = word_lists("mood", "departure_verbs")
    if verb.lemma_.lower() not in departures and phrasal_lemma(verb) not in departures:
        return None
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not auxes or not all(a.lower_ in _BE for a in auxes) or _plural_subject(verb):
        return None
    return "occurred" if any(_at_once(t, verb) for t in verb.subtree) else "planned"


def _plural_subject(verb: Token) -> bool:
    """The verb's subject is plural ("ministers were resigning one after another", "Roe and
    Berg are stepping down"): departures that go on, left alone."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.tag_ in ("NNS", "NNPS") or c.lower_ in _PLURAL or any(c.conjuncts))
        for c in verb.children)


def _at_once(tok: Token, verb: Token) -> bool:
    """``tok`` marks the verb's own act as taking effect now ("effective immediately", "with
    immediate effect", "today": data/mood.yaml departure_at_once), not a clause further down."""
    (at_once,) = word_lists("mood", "departure_at_once")
    if not (tok.lower_ in at_once or (tok.lower_ == "immediate" and tok.head.lower_ == "effect")):
        return False
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True
