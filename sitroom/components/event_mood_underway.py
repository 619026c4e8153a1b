"""An act a present clause finds its subject inside is under way at publication (used by
``event_mood``): what someone or something is "under" ("the man under federal investigation has
admitted", "the town has been under siege for two years"), a journey someone "is on" ("who is
on her second trip to Chile"; a journey set before another verb is its scene, event_mood_scope:
"Khan, on his third visit to Peru, wants closer ties" keeps the visit made), military
exercises a party is taking part in ("are taking part in their second joint drill"). Only a
present or present perfect clause (a past one tells what happened then: "was on a visit to
Lima when he fell ill"), only undated acts ("under the 2015 sanctions"), and not an act that
arrives ("the convoy came under attack": it took place). Word lists: data/mood.yaml
subjecting_acts, arriving_verbs, journey_acts, taking_part, spanning_acts."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_durative import present_clause
from sitroom.components.event_mood_nouns import clause_verb
from sitroom.components.event_words import word_lists

__all__ = ["under_way"]

_PRESENT = frozenset({"VBZ", "VBP"})


def under_way(noun: Token) -> bool:
    """The event noun is the object of "under", "on" or "in" that puts the clause's subject inside
    it, in a present clause, with no date of its own."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or not _undated(noun):
        return False
    prep = noun.head
    subjecting, arriving, journeys, taking, exercises = word_lists(
        "mood", "subjecting_acts", "arriving_verbs", "journey_acts", "taking_part", "spanning_acts")
    word = noun.lemma_.lower()
    holder = prep.head
    verb = holder if holder.pos_ in ("VERB", "AUX") else clause_verb(holder)
    if verb is None or not _now(verb):
        return False
    if prep.lower_ == "under":
        return (word in subjecting or noun.lower_ in subjecting) and (
            holder.lemma_.lower() not in arriving)
    if prep.lower_ == "on":
        return word in journeys and holder.lemma_ == "be"
    if prep.lower_ == "in":
        return (word in exercises or noun.lower_ in exercises) and _taking_part(holder, taking)
    return False


def _taking_part(verb: Token, taking: frozenset[str]) -> bool:
    """"participates in", "are engaged in", "take part in"."""
    return verb.lemma_.lower() in taking or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                               for c in verb.children))


def _now(verb: Token) -> bool:
    """A present clause, or a present perfect one ("has been under siege for years",
    "has admitted"), with no modal."""
    if present_clause(verb):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (not any(a.tag_ == "MD" for a in auxes)
            and any(a.lemma_ == "have" and a.tag_ in _PRESENT for a in auxes))


def _undated(noun: Token) -> bool:
    """No date, number or past modifier in the noun's own words before it ("the 2015 sanctions",
    "the previous probe"; not "his fourth trip", an ordinal, "a three-day visit", a length, nor a
    date inside what it is about)."""
    (earlier,) = word_lists("mood", "past_modifiers")
    return not any((c.ent_type_ == "DATE" and not _length(c)) or c.lower_ in earlier
                   or (c.i < noun.i and c.tag_ == "CD") for c in noun.children)


def _length(tok: Token) -> bool:
    """A hyphened length of time, no date: "a three-day visit", "a two-week tour"."""
    return any(c.tag_ == "HYPH" for c in tok.children) and any(c.tag_ == "CD" for c in tok.children)
