"""Gatherings and journeys whose own words put them ahead of, or still under, the report's time
(used by ``event_mood``).

- A gathering dated ahead by a time phrase of its own ("at next week's summit", "the meeting
  next week", "tomorrow's talks") or called "for" a day to come ("called an emergency meeting
  for later Sunday", "convened the cabinet for Friday") is ahead: only the calling took place
  (data/mood.yaml futurate_marks, week_days, convoking_verbs); so is one a bare present holds
  on a day of the week ("the commission holds a public hearing Wednesday"; hosting_verbs).
- A gathering a party sets off to attend ("left for Lima on Sunday to attend a three-day
  meeting") lies ahead of the leaving (data/mood.yaml departing_verbs, attending_verbs).
- A journey that a future relative clause goes on with ("his ten-day tour, which will also take
  him to Peru") is not over: under way where the party has begun it or is on it, ahead
  otherwise (data/mood.yaml journey_nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_words import MODAL_PLAN
from sitroom.components.event_words import word_lists

__all__ = ["bound_for", "dated_ahead", "journey_ahead"]

# determiners of a narrated "next": "the next week", "the following day" tell a story in the past
_NARRATED = frozenset({"the", "that", "following"})


def _ahead_words(words: list[Token]) -> bool:
    """A futurate mark among ``words`` that is not a narrated "the next day"."""
    (marks,) = word_lists("mood", "futurate_marks")
    for word in words:
        if word.lower_ not in marks:
            continue
        unit = word.head if word.dep_ == "amod" else word
        if not any(c.dep_ == "det" and c.lower_ in _NARRATED for c in unit.children):
            return True
    return False


def _day_ahead(phrase: Token) -> bool:
    """A "for" phrase that names a time to come: "for later Sunday", "for Friday", "for next
    week" (a bare day of the week, no determiner, or a futurate mark)."""
    (days,) = word_lists("mood", "week_days")
    for obj in phrase.children:
        if obj.dep_ != "pobj":
            continue
        words = list(obj.subtree)
        if _ahead_words(words):
            return True
        if obj.lower_ in days and not any(c.dep_ == "det" for c in obj.children):
            return True
    return False


def _gathering(noun: Token) -> bool:
    """A gathering or a journey (data/mood.yaml scene_nouns) or another event held on a day
    (timetable_nouns: "a hearing", "a rally")."""
    scenes, held = word_lists("mood", "scene_nouns", "timetable_nouns")
    words = scenes | held
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in words or noun.lower_ in words)


def dated_ahead(noun: Token) -> bool:
    """The gathering carries a time phrase of its own that lies ahead ("next week's summit",
    "the meeting next week"), or the verb that calls it names the day to come ("called a meeting
    for later Sunday"); not one in a narrated past ("the meeting the next day")."""
    if noun.pos_ in ("VERB", "AUX"):  # "holds talks with Peru on Friday", the verb the trigger
        (hosting,) = word_lists("mood", "hosting_verbs")
        return noun.lemma_.lower() in hosting and any(
            c.dep_ == "dobj" and _gathering(c) and _timetable(noun, c) for c in noun.children)
    if not _gathering(noun):
        return False
    for c in noun.children:
        if c.dep_ in ("poss", "npadvmod", "tmod") and _ahead_words(list(c.subtree)):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and _day_ahead(c):
            return True
    tok = first_conjunct(noun)
    verb = tok.head
    convoking, hosting = word_lists("mood", "convoking_verbs", "hosting_verbs")
    if tok.dep_ != "dobj":
        return False
    if verb.lemma_.lower() in hosting and _timetable(verb, tok):
        return True  # "the commission holds a public hearing Wednesday"
    return verb.lemma_.lower() in convoking and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i and _day_ahead(c) for c in verb.children)


def _timetable(verb: Token, noun: Token) -> bool:
    """A bare present of holding a gathering dated by a single day of the week, on the verb or
    on the gathering ("holds a hearing Wednesday", "hosts talks on Friday"): a timetable."""
    (days,) = word_lists("mood", "week_days")
    if verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children):
        return False
    for c in (*verb.children, *noun.children):
        day = c
        if c.dep_ == "prep" and c.lower_ == "on":
            day = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ not in ("npadvmod", "tmod"):
            continue
        if day is not None and day.lower_ in days and not any(g.dep_ == "det" for g in day.children):
            return True
    return False


def bound_for(noun: Token) -> Token | None:
    """The verb of setting off whose purpose is to attend the gathering ("left for Lima to attend
    a meeting of ministers", "headed to Lima to take part in the summit"), or None."""
    if not _gathering(noun):
        return None
    departing, attending = word_lists("mood", "departing_verbs", "attending_verbs")
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head  # "to take part in the summit", "to participate in talks"
        if verb.dep_ == "dobj" and verb.lower_ == "part":
            verb = verb.head  # (the verb of "take part")
        elif verb.lemma_.lower() not in attending:
            return None
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in attending:
        return None
    if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    trip = verb.head
    return trip if trip.lemma_.lower() in departing and trip.pos_ in ("VERB", "AUX") else None


def journey_ahead(noun: Token) -> str | None:
    """A journey a future relative clause goes on with ("a tour that will also take him to
    Peru"): ongoing where the party has begun it or is on it ("began a tour", "is on a tour",
    "the first leg of a tour"), planned otherwise; None when no such clause."""
    (journeys,) = word_lists("mood", "journey_nouns")
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in journeys:
        return None
    if not any(c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in MODAL_PLAN for a in c.children)
               and not any(a.dep_ == "neg" for a in c.children) for c in noun.children):
        return None
    (starting,) = word_lists("mood", "starting_verbs")
    tok = first_conjunct(noun)
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in starting:
        return "ongoing"
    if tok.dep_ == "pobj" and head.lower_ in ("on", "during", "of"):
        return "ongoing"
    return "planned"
