"""Acts that are only aimed at: the complement of "aimed at" and the act a party is to be made to
do in an aim ("measures aimed at reaching a deal", "the move to get Jones to step down", "sent an
envoy to persuade the rebels to hold talks"). Word lists in data/mood.yaml (aiming_verbs,
causing_verbs). Talks a purpose would open ("made overtures to open talks") are such an aim too
(data/consult.yaml opening_verbs), and so is an outcome that a purpose infinitive aims at but that
needs more than the doer's trying ("held talks to reach agreement", "moved in to take over the
oil fields": data/mood.yaml purpose_outcomes); so is an act a purpose keeps away ("to deter
attacks", event_mood_warded)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_nouns import (answered, argument_head, done, ended, past,
                                                 reacted_to, singled_out, undone)
from sitroom.components.event_mood_warded import phrasal_lemma, purpose_infinitive, warded_off
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["aimed_at", "opened_talks", "purposed_outcome"]

# how many causing verbs or conjuncts are climbed from the act to the aim
_DEPTH = 3


def aimed_at(root: Token) -> bool:
    """The act is what an aim is aimed at, not one reported as done: the gerund of "at" after an
    aiming verb ("the sanctions are aimed at forcing Iran's leaders to hold talks"), or the act a
    causing verb in an aim would bring about (in a purpose infinitive or a noun's: "the move to
    get Jones to step down"). A causing verb that is itself reported ("forced the general to
    resign", "managed to persuade them to hold talks") makes its act done; so does one whose object
    is the event noun ("forced a retreat"), which in an aim is aimed at too ("shelled the town to
    force a retreat"). An act the aim would end, cut back or answer exists ("aimed at ending the
    war"). An act a purpose keeps away is aimed against ("to deter attacks": event_mood_warded)."""
    if root.pos_ in ("NOUN", "PROPN"):
        if undone(root) or ended(root) or done(root) or past(root) or reacted_to(root) or (
                answered(root, argument_head(root).head)):
            return False
        if warded_off(root):
            return True  # "set up checkpoints to deter attacks" (event_mood_warded)
        tok = argument_head(root)  # (a noun after "at" is the aim verb's own: "aimed at talks")
        if tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        return _caused_in_aim(tok.head) or _aimed(tok.head)
    return _aimed(root)


def _caused_in_aim(verb: Token) -> bool:
    """The verb that has the event noun as its object is a causing verb in a to-infinitive of
    purpose or of a noun: "shelled the town to force a retreat by the army", "protests to force
    the resignation of the governor" (not "forced a retreat", "managed to force a retreat")."""
    (causing,) = word_lists("mood", "causing_verbs")
    return verb.lemma_.lower() in causing and purpose_infinitive(verb)


def opened_talks(root: Token, category: str | None) -> bool:
    """A consultation that a to-infinitive of purpose or of a noun would open, start or facilitate
    is only aimed at: "made overtures to Rabat to open talks", "an offer made by Paris to
    facilitate negotiations", "a way to help launch a dialogue". Not when the opening is reported
    ("launched the talks", "agreed to resume talks": the infinitive of a verb), nor after a noun
    singled out ("the first country to open talks with Kabul")."""
    if category != "CONSULT" or root.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = argument_head(root)
    (opening,) = word_lists("consult", "opening_verbs")
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in opening:
        return False
    for _ in range(_DEPTH):  # "to help launch", "to try to open"
        if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    return purpose_infinitive(verb)


def purposed_outcome(root: Token) -> bool:
    """The act is an outcome named by a to-infinitive of purpose, aimed at and not reported: "have
    been holding talks since May to reach agreement", "followed the path of dialogue to restore
    relations", "introduced a draft resolution to extend the embargo". The purpose of a visit or a
    meeting to talk, ask, praise or attack is done by going there (not outcomes: "flew to Kabul
    to discuss the truce", "left for Doha to push for talks"). A noun trigger counts as the
    outcome verb's object ("to sign an agreement"); a phrasal trigger by its verb ("take over")."""
    (outcomes,) = word_lists("mood", "purpose_outcomes")
    verb = root
    if root.pos_ in ("NOUN", "PROPN"):
        tok = argument_head(root)
        if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            return False
        verb = tok.head
    if verb.lemma_.lower() not in outcomes and phrasal_lemma(verb) not in outcomes:
        return False
    return (verb.dep_ == "advcl" and to_infinitive(verb) and verb.i > verb.head.i
            and verb.head.pos_ in ("VERB", "AUX"))


def _aiming_at(prep: Token) -> bool:
    (aiming,) = word_lists("mood", "aiming_verbs")
    return prep.lower_ == "at" and prep.dep_ == "prep" and prep.head.lemma_.lower() in aiming


def _aimed(verb: Token) -> bool:
    (causing,) = word_lists("mood", "causing_verbs")
    for _ in range(_DEPTH):
        if verb.dep_ == "pcomp" and _aiming_at(verb.head):
            return True  # "aimed at reaching a deal"
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "to get Jones to step down and end his career"
            continue
        causer = verb.head
        if verb.dep_ not in ("xcomp", "ccomp") or causer.i == verb.i or (
                causer.lemma_.lower() not in causing):
            return False
        if to_infinitive(causer) and (causer.dep_ == "advcl" or (
                causer.dep_ == "acl" and not singled_out(causer.head))):
            return True  # "sent an envoy to persuade the rebels to", "the move to get Jones to"
        verb = causer  # "aimed at forcing Iran's leaders to hold talks"
    return False
