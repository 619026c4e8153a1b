"""An event noun whose own phrase takes the act as made or under way (used by ``event_mood``).

The clause around such a noun may ask, aim or weigh ("Can the new president end the war?",
"a plan to lift a ban made in 1990", "has no choice but to lift last year's sanctions"),
but what it asks or aims at is the ending or the lifting, not the war or the embargo, which the
noun phrase gives as there: the noun keeps the status its phrase gives it. The phrase says so by
a verb that undoes or ends the act, a participle or a past relative clause of making ("the embargo
imposed in 1990", "the ban, which was signed in March"), a past modifier or date ("the recent
raid", "the 2015 accord"), a past clause whose time it sets, a reaction that answers it, or a verb
of purpose it is the subject of ("are the drills meant to alarm Seoul?": the drills are held, their
aim is asked).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_existing import (acted_past, dated_past, set_in_past,
                                                    stopped_by_noun)
from sitroom.components.event_mood_nouns import (MAKING_VERBS, argument_head, done, past,
                                                 reacted_to, undone)
from sitroom.components.event_words import word_lists

__all__ = ["made_before", "taken_as_given"]

# auxiliaries of a relative clause told in the past or the perfect: "which was signed", "that has
# been imposed", "which had been announced"
_PAST_AUX = frozenset({"was", "were", "has", "have", "had", "been"})


def taken_as_given(noun: Token) -> bool:
    """The event noun's own phrase gives its act as made or under way, whatever the clause's mood."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return (undone(noun) or done(noun) or past(noun) or dated_past(noun) or set_in_past(noun)
            or acted_past(noun) or stopped_by_noun(noun) is not None or reacted_to(noun)
            or made_before(noun) or _purpose_of(noun))


def made_before(noun: Token) -> bool:
    """A relative clause of the noun, past or perfect and not negated nor modal, says the act was
    made (a verb of making): "the ban, which was signed in March", "sanctions that Chile imposed
    in 2010"; not "which will be signed", "which was not approved", nor where the party's own
    part in it is denied ("Chile did not attend the meeting that was held in May": the meeting
    was held, Chile's attending is negated)."""
    if _denied_part(noun):
        return False
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in MAKING_VERBS:
            continue
        kids = list(clause.children)
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids):
            continue
        auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
        if clause.tag_ == "VBD" and not auxes:
            return True
        if clause.tag_ == "VBN" and auxes and all(a.lower_ in _PAST_AUX for a in auxes):
            return True
    return False


def _denied_part(noun: Token) -> bool:
    """The verb that takes the noun as its object (directly or through a preposition) is negated."""
    tok = argument_head(noun)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and any(c.dep_ == "neg" for c in verb.children)


def _purpose_of(noun: Token) -> bool:
    """The noun is the passive subject of a verb of purpose: what is asked or said is the act's
    aim, not whether it is held ("are the drills meant to alarm Seoul?"; data/mood.yaml
    purpose_verbs)."""
    (purposes,) = word_lists("mood", "purpose_verbs")
    tok = argument_head(noun)
    return (tok.dep_ == "nsubjpass" and tok.head.i != tok.i
            and tok.head.lemma_.lower() in purposes)
