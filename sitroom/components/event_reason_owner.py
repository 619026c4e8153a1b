"""Whose a possessive pronoun is, read from the parse (used by event_actors' pronoun referents).

In the reason of a judgment: "thanked Iran for its assistance", "chastised the bloc for its
refusal", "targets North Korea for its missile tests". A verb that praises, blames, rewards or
punishes someone (`reason_verbs` in event_parties.yaml) gives with "for" what that someone did,
so a possessive there is the object's, not the subject's. Otherwise the named subject of its
clause ("Iran expressed its readiness"), or the owner or agent of a noun whose infinitive holds it
("a request by Manafort to lift his house arrest").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_rivals import PERSONAL
from sitroom.components.event_words import word_lists

__all__ = ["answered_owner", "clause_subject", "noun_controller", "reason_owner"]

def reason_owner(tok: Token) -> Token | None:
    """The object of a judging verb a possessive pronoun in its "for" phrase refers to, or None
    where the construction does not hold ("Iran bought arms for its army" has no judging verb;
    "she thanked them for her rescue" is left to the other readings by the caller's kind test)."""
    if tok.dep_ != "poss":
        return None
    noun = tok.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "for its stance and its assistance"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ == "VERB" else None
    if obj is None and prep.head.dep_ == "dobj":  # the parse hangs "for" on the object
        obj, verb = prep.head, prep.head.head
    (reasons,) = word_lists("event_parties", "reason_verbs")
    if obj is None or verb.lemma_.lower() not in reasons or obj.i > tok.i or obj.pos_ == "PRON":
        return None
    return obj


def answered_owner(tok: Token) -> bool:
    """A possessive pronoun on what the verb's subject answers, which someone else asked for or
    offered: "the government met its demand", "the judge denied his request", "if the banks do
    not grant its request" (not the subject's; "rejected its own proposal" is)."""
    if tok.dep_ != "poss" or any(c.lower_ == "own" for c in tok.head.children):
        return False
    noun = tok.head
    verb = noun.head
    answering, asked = word_lists("event_parties", "answering_verbs", "asked_nouns")
    return (noun.dep_ == "dobj" and noun.lemma_.lower() in asked and verb.pos_ == "VERB"
            and verb.lemma_.lower() in answering
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))


def _verb_above(tok: Token) -> Token:
    """The verb a possessive's noun phrase hangs from, climbing at most four heads (the last head
    reached when no verb is met)."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def clause_subject(tok: Token) -> Token | None:
    """The named subject of the clause a possessive pronoun sits in, which it refers to ("Iran
    expressed its readiness", "Trump issued his ban"); None for other pronouns or clauses."""
    if tok.dep_ != "poss":
        return None
    verb = _verb_above(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a conjoined verb without a subject of its own shares its first conjunct's: "Gregg visited
    # Pyongyang and briefed officials on his talks", "Volcker enjoys respect and is admired
    # despite his criticism" (a person's "his" or "her"; an "its" keeps to the nearest party)
    first = verb
    while subj is None and tok.lower_ in PERSONAL and first.dep_ == "conj" and first.head.i != first.i and (
            first.head.pos_ in ("VERB", "AUX")):
        first = first.head
        subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl" and (
            verb.head.pos_ in ("NOUN", "PROPN")) and verb.head.i < tok.i:
        return verb.head  # "Mueller, who has charged four aides in his investigation": Mueller
    if subj is None or subj.pos_ == "PRON" or subj.i > tok.i or tok in subj.subtree:
        return None
    return subj


def noun_controller(tok: Token) -> Token | None:
    """Whose a possessive pronoun is inside an infinitive that completes a noun with an owner or
    an agent: "a request by Manafort to lift his house arrest", "Manafort's proposal to lift his
    arrest" (Manafort), not the subject of the sentence around it."""
    if tok.dep_ != "poss":
        return None
    verb = _verb_above(tok)
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not to_infinitive(verb):
        return None
    noun = verb.head
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ != "PRON":
                return pobj
    return None
