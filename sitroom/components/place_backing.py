"""A country's name as the object of a verb of support (place_backing.yaml ``backing_verbs``:
"support", "back", "help") whose doer is a state: a country or capital, or a noun of a state ("his
country", "the government", "these countries"), found through the clauses that carry the verb
("Chile is ready to help Peru", "Peru remains committed to supporting Chile", "Norway, which backs
Peru"), or the owner of the noun of its will that carries it ("his country's commitment to support
Peru"). Then the name is the state backed, a metonym, as after "thanked" or "urged". With any other
doer ("the rail line helped Peru", "tourism supports Chile") the land may be meant: no claim
(geo30)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words

__all__ = ["backed_by_state"]

# the links climbed from the verb to the clause that holds its doer: "ready to help" (xcomp of
# "ready", acomp of "is"), "committed to supporting" (pcomp, prep), "damage, not help" (conj)
_CARRIERS = ("xcomp", "conj", "pcomp", "prep", "acomp", "advcl")
_RELATIVES = ("which", "that", "who")


def _words(key: str) -> frozenset[str]:
    return word_lists("place_backing", key)[0]


def _doer(verb):
    """The subject of the verb or of the clause that carries it, its antecedent for a relative
    pronoun; None when a noun or a passive comes first."""
    tok = verb
    for _ in range(6):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in _RELATIVES and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ in ("acl", "prep", "pcomp") and tok.head.pos_ == "NOUN":
            return _owner(tok.head)
        if tok.dep_ not in _CARRIERS or tok.head is tok or tok.head.pos_ == "PROPN":
            return None
        tok = tok.head
    return None


def _owner(noun):
    """Who owns the noun of a state's will that carries the verb ("his country's commitment to
    support", "Peru's readiness to help"; "Norway confirmed its position to support": the subject
    that "its" stands for); None for any other noun ("the rail project's aim to help")."""
    if noun.lower_ not in area_words("government_nouns"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in ("its", "their") and noun.dep_ == "dobj":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return owner


def _is_state(tok) -> bool:
    """A country or capital named (a GPE), or a noun of a state ("his country", "these countries")."""
    if tok.ent_type_ == "GPE":
        return True
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in _words("state_doer_nouns") or tok.lower_ in area_words("state_kinds"))


def backed_by_state(root) -> bool:
    """``root`` (the name's head token) is the direct object of a verb of support whose doer is a
    state ("Peru supports Chile", "the government helped Chile")."""
    verb = root.head
    # the verb's tag as the parse gives it: "which back Peru" may tag "back" an adverb; the object
    # it takes makes it the verb
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "ADV") or verb.lemma_.lower() not in _words("backing_verbs"):
        return False
    doer = _doer(verb)
    return doer is not None and _is_state(doer)
