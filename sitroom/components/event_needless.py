"""An act that no one needs to do is named, not reported (used by the events component).

"The post does not need to be approved by Congress", "terrorists do not need to attack the
U.K.", "ministers are not required to consult parliament", "there is no need to attack",
"Iran need not consult the IAEA": the act is neither done nor refused, so the clause reports no
event, not a negated one. The necessity is read from the parse: the trigger (or the first of the
verbs it is conjoined to) is the infinitive or the object of a negated verb of needing
(``mood.yaml`` ``needless_verbs``), hangs on a noun "need" with "no", or has "need" as a negated
modal. A speaker's own "I don't need to apologize" answers a demand and refuses; first and
second persons keep their event.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["needless"]

_SPEAKERS = frozenset({"i", "we", "you"})
_GOVERNED = frozenset({"xcomp", "dobj", "acl", "ccomp"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _speaker(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPEAKERS for c in verb.children)


def needless(span: Span) -> bool:
    """The trigger names an act that a party is said not to need (or not to be required) to do."""
    (verbs,) = word_lists("mood", "needless_verbs")
    tok = span.root
    if tok.pos_ in ("VERB", "AUX") and _negated(tok) and any(
            c.dep_ == "aux" and c.lower_ == "need" for c in tok.children):
        return not _speaker(tok)  # "Iran need not consult the IAEA"
    for _ in range(3):
        if tok.dep_ == "conj" and tok.head.i != tok.i:  # "need not meet or consult": the first verb
            tok = tok.head
            continue
        head = tok.head
        if tok.dep_ not in _GOVERNED or head.i == tok.i:
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs and _negated(head):
            return not _speaker(head)  # "does not need to be approved", "is not required to"
        if head.pos_ == "NOUN" and head.lemma_.lower() == "need" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # "there is no need to attack"
        return False
    return False
