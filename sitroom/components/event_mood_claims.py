"""Acts a clause puts in doubt: what speculation or a rumour supposes (used by ``event_mood``;
word lists in data/mood.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["denied_claim", "supposed"]

# prepositions that give a claim noun its content: "rumours of a coup", "speculation about talks"
_CONTENT_PREPS = frozenset({"of", "about", "over"})


def supposed(root: Token) -> bool:
    """The act is the content of a claim not confirmed: the verb of a that-clause on a noun of
    data/mood.yaml unverified_nouns ("speculation that Iran has given concessions"), its subject
    or object, or a noun in the claim's "of" or "about" phrase ("rumours of a coup")."""
    (unverified,) = word_lists("mood", "unverified_nouns")
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and tok.head.lower_ in _CONTENT_PREPS and (
                tok.head.head.lemma_.lower() in unverified):
            return True
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = tok.head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
    return (tok.dep_ in ("acl", "ccomp") and tok.head.lemma_.lower() in unverified
            and tok.i > tok.head.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))


def denied_claim(root: Token) -> bool:
    """The claim noun that supposes the act is itself denied ("dismissed speculation that Iran has
    given concessions", "denied rumours of an attack"; data/mood.yaml denying_verbs)."""
    denying, unverified = word_lists("mood", "denying_verbs", "unverified_nouns")
    for tok in root.ancestors:
        if tok.lemma_.lower() in unverified:
            return tok.dep_ == "dobj" and tok.head.lemma_.lower() in denying
    return False
