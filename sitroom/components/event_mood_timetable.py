"""Gatherings and journeys whose own words put them ahead of, or still under, the report's time
(used by ``event_mood``).

- A gathering dated ahead by a time phrase of its own ("at next week's summit", "the meeting
  next week", "tomorrow's talks") or called "for" a day to come ("called a crisis meeting
  for later Friday", "convened the cabinet for Friday") is ahead: only the calling took place
  (data/mood.yaml futurate_marks, week_days; data/timetable.yaml convoking_verbs); so is one a
  bare present holds on a day of the week ("the board holds a hearing Tuesday with the bidders";
  hosting_verbs).
- A gathering a party sets off for a place to attend ("left for Lima on Friday to attend a
  meeting of ministers"), or an act it sets off to do ("left Quito for Lima to hold talks"), lies
  ahead of the leaving (data/timetable.yaml departing_verbs, attending_verbs).
- A journey that a future relative clause goes on with ("his tour of the region, which will later
  include Peru") is not over: under way where the party has begun it or is on it, ahead
  otherwise (data/timetable.yaml journey_nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_scope import bare_day, bare_present
from sitroom.components.event_mood_words import MODAL_PLAN, PAST_AUX
from sitroom.components.event_parties import to_infinitive
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
    """A "for" phrase that names a time to come: "for later Friday", "for Monday", "for next
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
    (data/timetable.yaml timetable_nouns: "a hearing", "a rally")."""
    (scenes,) = word_lists("mood", "scene_nouns")
    (held,) = word_lists("timetable", "timetable_nouns")
    words = scenes | held
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in words or noun.lower_ in words)


def dated_ahead(noun: Token) -> bool:
    """The gathering carries a time phrase of its own that lies ahead ("next week's summit",
    "the meeting next week"), or the verb that calls it names the day to come ("called a meeting
    for later Friday"); not one in a narrated past ("the meeting the next day")."""
    if noun.pos_ in ("VERB", "AUX"):  # "holds talks with Peru on Friday", the verb the trigger
        (hosting,) = word_lists("timetable", "hosting_verbs")
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
    convoking, hosting = word_lists("timetable", "convoking_verbs", "hosting_verbs")
    if tok.dep_ != "dobj":
        return False
    if verb.lemma_.lower() in hosting and _timetable(verb, tok):
        return True  # "the board holds a hearing Tuesday with the bidders"
    return verb.lemma_.lower() in convoking and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i and _day_ahead(c) for c in verb.children)


def _timetable(verb: Token, noun: Token) -> bool:
    """A bare present of holding a gathering dated by a single day of the week, on the verb or
    on the gathering ("holds a hearing Tuesday", "hosts talks on Friday"): a timetable."""
    return bare_present(verb) and any(bare_day(c) for c in (*verb.children, *noun.children))


def bound_for(root: Token) -> Token | None:
    """The verb of setting off for a place whose purpose is the act: to attend the gathering the
    trigger names ("left for Lima to attend a meeting of ministers", "headed to Lima to take part
    in the summit"), or the trigger's own act ("left Quito for Lima to hold talks"), or None."""
    if root.pos_ in ("VERB", "AUX"):
        purpose = first_conjunct(root)
    elif _gathering(root):
        purpose = _attending(first_conjunct(root))
        if purpose is None:
            return None
    else:
        return None
    if purpose.dep_ not in ("advcl", "xcomp") or not to_infinitive(purpose) or _held_since(purpose):
        return None
    trip = purpose.head
    (departing,) = word_lists("timetable", "departing_verbs")
    if trip.lemma_.lower() not in departing or trip.pos_ not in ("VERB", "AUX"):
        return None
    # (bound for a place: "left for Lima", "headed to Brussels"; not "left the firm to join X")
    return trip if any(c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < purpose.i
                       for c in trip.children) else None


def _held_since(purpose: Token) -> bool:
    """A gathering the purpose clause names is told as held by a past relative clause ("to attend
    the meeting of the committee, which was held on Monday"): the story is told after it."""
    for obj in purpose.children:
        if obj.dep_ == "dobj" and _gathering(obj) and any(
                t.dep_ == "relcl" and (t.tag_ == "VBD" or any(
                    a.dep_ in ("aux", "auxpass") and a.lower_ in PAST_AUX for a in t.children))
                for t in obj.subtree):
            return True
    return False


def _attending(tok: Token) -> Token | None:
    """The verb of attending whose object the gathering is ("to attend a meeting", "to take part
    in the summit", "to participate in talks")."""
    (attending,) = word_lists("timetable", "attending_verbs")
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
        if verb.dep_ == "dobj" and verb.lower_ == "part":
            return verb.head  # (the verb of "take part")
        return verb if verb.lemma_.lower() in attending else None
    return verb if tok.dep_ == "dobj" and verb.lemma_.lower() in attending else None


def journey_ahead(noun: Token) -> str | None:
    """A journey a future relative clause of its route goes on with ("a tour that will later
    include Peru"; data/timetable.yaml itinerary_verbs): ongoing where the party has begun it or
    is on it ("began a tour", "is on a tour", "the first leg of a tour"), planned otherwise;
    None when no such clause."""
    (journeys,) = word_lists("timetable", "journey_nouns")
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in journeys:
        return None
    # (the clause may hang on the journey's "of" phrase: "a tour of the region that will ...")
    heads = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]
    starting, itinerary = word_lists("timetable", "starting_verbs", "itinerary_verbs")
    if not any(c.dep_ == "relcl" and c.lemma_.lower() in itinerary and any(
            a.dep_ == "aux" and a.lower_ in MODAL_PLAN for a in c.children) and not any(
            a.dep_ == "neg" for a in c.children) for h in heads for c in h.children):
        return None
    tok = first_conjunct(noun)
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in starting:
        return "ongoing"
    if tok.dep_ == "pobj" and head.lower_ in ("on", "during", "of"):
        return "ongoing"
    return "planned"
