"""What a bill or proposal is drawn up to do (ahead until enacted); what a step is taken to do.

"The chairman introduced a bill on Monday to provide $40 billion in aid", "a draft resolution
to suspend the talks", "a plan to ban the imports": the providing, suspending and banning are
what the instrument would do once in force, not acts reported; introducing, drafting or
debating it does not do them, so an act the clause reports (occurred, ongoing) is planned. The
instrument (data/mood.yaml proposal_nouns) is the noun whose to-infinitive the act is, or the
object of a verb that puts it forward (proposing_verbs) when the parse hangs the infinitive on
that verb ("introduced a bill on Monday to provide"). An instrument enacted (signed, adopted,
passed: enacting_verbs) does what it was drawn up for: "signed legislation to fund the
government" stays as the clause has it. A step or measure (act_nouns) is the act itself, so
what its to-infinitive names is as far along as the taking of the step: "would take measures to
resist it" (planned), "took steps to pressure them" (as reported).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_nouns import infinitive_of_noun
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["held_object", "proposed_aim", "taken_status"]


def held_object(verb: Token) -> Token | None:
    """The object of the verb a to-infinitive of purpose hangs on, standing before the purpose:
    "convened a meeting on Friday to discuss the row" (the meeting); conjuncts climbed to the
    first ("to discuss and review")."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ != "advcl" or not to_infinitive(tok) or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    objs = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
    return objs[0] if len(objs) == 1 else None


def proposed_aim(verb: Token, mood: str) -> str | None:
    """``planned`` for an act reported done (``mood`` occurred or ongoing) that is only what a
    proposed instrument would do; None when the act is no such aim or the instrument is enacted."""
    if mood not in ("occurred", "ongoing") or verb.pos_ not in ("VERB", "AUX"):
        return None
    proposals, proposing, enacting, dropping, cancel = word_lists(
        "mood", "proposal_nouns", "proposing_verbs", "enacting_verbs", "dropping_verbs",
        "cancel_verbs")
    noun = infinitive_of_noun(verb)
    if noun is None:  # "introduced a bill on Monday to provide": the bill's aim, not the doer's
        noun = held_object(verb)  # ("cited the bill to argue his case" is the doer's)
        if noun is not None and noun.head.lemma_.lower() not in proposing:
            return None
    if noun is None or noun.lemma_.lower() not in proposals:
        return None
    if _enacted(noun, enacting) or _dropped(noun, cancel | dropping):
        return None
    return "planned"


def taken_status(verb: Token, mood: str, status_of: Callable[[Token], str]) -> str | None:
    """The status of the verb that takes a step or a measure (data/mood.yaml act_nouns), for an
    act named by that noun's to-infinitive and reported done (``mood`` occurred or ongoing) when
    the taking is not: "would take further measures to resist it", "urged Kim to take other
    steps to pressure Chile" (the step is the act, so the act is as far along as its taking; taken
    steps leave the act as reported). None otherwise; ``status_of`` reads a verb's own status."""
    if mood not in ("occurred", "ongoing") or verb.pos_ not in ("VERB", "AUX"):
        return None
    (acts,) = word_lists("mood", "act_nouns")
    noun = infinitive_of_noun(verb)
    if noun is None or noun.lemma_.lower() not in acts:
        return None
    tok = noun  # "a series of measures to": the series is what is taken
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    taking = status_of(tok.head)
    return taking if taking in ("planned", "hypothetical", "negated") else None


def _governor(noun: Token) -> Token:
    """The verb that takes the instrument (its first conjunct) as object or passive subject, or
    the noun itself when none does."""
    tok = first_conjunct(noun)
    return tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok


def _dropped(noun: Token, dropping: frozenset[str]) -> bool:
    """The instrument is cancelled, rejected or withdrawn ("canceled plans to visit the
    workers", "the House rejected a bill to fund"): what it would do is not ahead either; the
    clause's word stands (event_mood_nouns reads cancelled happenings)."""
    return _governor(noun).lemma_.lower() in dropping


def _enacted(noun: Token, enacting: frozenset[str]) -> bool:
    """The instrument is signed, passed or adopted (as object, passive subject or conjunct of
    such an object: "signed the bill and the amendment"), or is one the clause calls a law."""
    if _governor(noun).lemma_.lower() in enacting:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "into" and c.head.lemma_.lower() in enacting
               for c in noun.head.children)  # "the bill was signed into law"
