"""Whose a possessive is in the reason of a judgment: "thanked Iran for its assistance",
"chastised the bloc for its refusal", "targets North Korea for its missile tests". A verb
that praises, blames, rewards or punishes someone (`reason_verbs` in event_parties.yaml) gives
with "for" what that someone did, so a possessive there is the object's, not the subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["reason_owner"]

(REASON_VERBS,) = word_lists("event_parties", "reason_verbs")


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
    if obj is None or verb.lemma_.lower() not in REASON_VERBS or obj.i > tok.i or obj.pos_ == "PRON":
        return None
    return obj
