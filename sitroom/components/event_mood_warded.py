"""An act a purpose keeps away is guarded against, not reported: hypothetical.

"Police set up checkpoints to deter attacks on the market", "tightened security to head off
riots", "escorted the tankers to protect them from attacks", "plans to shield the port against
raids": the attacks, riots and raids are what the aim is against, and the sentence says neither
that they took place nor that anyone plans them (data/mood.yaml warding_verbs, guarding_verbs).
Only in a to-infinitive of purpose or of a noun, and not acts the text points at or measures in
force ("to protect civilians from the attacks", "to shield the economy from U.S. sanctions": they
are there); a reported warding ("managed to thwart the attack") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_nouns import argument_head, singled_out, specific
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

# how many bare infinitives are climbed to the "to" of the purpose ("to help protect them")
_DEPTH = 2


def warded_off(noun: Token) -> bool:
    """The event noun is what a warding verb in a to-infinitive of purpose keeps away."""
    warding, guarding, measures = word_lists(
        "mood", "warding_verbs", "guarding_verbs", "standing_measures")
    if noun.lemma_.lower() in measures or noun.lower_ in measures or specific(noun):
        return False  # "to shield the economy from U.S. sanctions", "from the attacks": there
    tok = argument_head(noun)
    verb = tok.head
    if tok.dep_ == "dobj" and phrasal_lemma(verb) in warding:
        pass  # "to deter attacks"
    elif tok.dep_ == "pobj" and verb.lower_ in ("from", "against") and verb.dep_ == "prep" and (
            phrasal_lemma(verb.head) in guarding):
        verb = verb.head  # "to protect them from attacks"
    else:
        return False
    for _ in range(_DEPTH):
        if to_infinitive(verb) or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head  # "to help protect them from attacks"
    return purpose_infinitive(verb)


def purpose_infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive of purpose, of a clause or of a noun ("tightened security to
    head off riots", "checkpoints to deter attacks"); not of a noun singled out, whose infinitive
    reports the act ("the first unit to foil one")."""
    return to_infinitive(verb) and (verb.dep_ == "advcl" or (
        verb.dep_ in ("acl", "relcl") and not singled_out(verb.head)))


def phrasal_lemma(verb: Token) -> str:
    """The verb's lemma with its particles ("head off", "step down"), for word lists that hold
    phrasal verbs."""
    return " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
