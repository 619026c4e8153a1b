"""An act named by the -ing form that a noun of need, worth or possibility takes is advised or
weighed, not reported: "stressed the importance of improving coordination with Moscow", "the
need for expanding cooperation", "ways of boosting trade ties", "the possibility of Modi attending
the summit" (hypothetical). The -ing form may be the trigger ("the importance of supporting the
Afghan government") or govern it as its object ("improving coordination"). Not a noun whose -ing
form reports what was done ("his record of supporting militias", "accused of attacking"), nor an
event noun that the text takes as given ("the importance of implementing the agreement": the
agreement was made; "the idea for hosting such a conference": the one held). Word list: data/mood.yaml advice_nouns, with the nouns of possibility.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_nouns import POSSIBLE_NOUNS, argument_head, specific
from sitroom.components.event_words import word_lists

__all__ = ["advised_gerund", "advised_object"]


def _advice_noun(gerund: Token) -> Token | None:
    """The noun of need, worth or possibility whose "of" or "for" phrase is the -ing form."""
    tok = first_conjunct(gerund)  # "the importance of expanding trade and boosting ties"
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for"):
        return None
    noun = prep.head
    (advice,) = word_lists("mood", "advice_nouns")
    # (the word itself: "ways" of doing weighs means, a "way" of doing may name a practice)
    if noun.pos_ != "NOUN" or noun.i == prep.i or not (
            noun.lower_ in advice or noun.lemma_.lower() in POSSIBLE_NOUNS):
        return None
    return noun


def advised_gerund(verb: Token) -> bool:
    """The trigger is the -ing form itself: "the importance of supporting the government"."""
    return verb.pos_ in ("VERB", "AUX") and _advice_noun(verb) is not None


def advised_object(noun: Token) -> bool:
    """The event noun is the object of such an -ing form and names no act the text takes as
    given: "the importance of improving coordination" (not "of implementing the agreement")."""
    if specific(noun) or any(c.dep_ in ("det", "predet") and c.lower_ == "such" for c in noun.children):
        return False  # "such a conference" points back at one the text tells of
    tok = argument_head(noun)
    verb = tok.head
    return tok.dep_ == "dobj" and verb.i != tok.i and verb.pos_ in ("VERB", "AUX") and (
        _advice_noun(verb) is not None)
