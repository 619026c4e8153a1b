"""A country's name as the object of a verb of support (place_backing.yaml ``backing_verbs``:
"support", "back", "help") whose doer is a state: a country or capital, or a noun of a state ("his
country", "the government", "these countries"), found through the clauses that carry the verb
("Chile is ready to help Peru", "Peru remains committed to supporting Chile", "Norway, which backs
Peru"), or the owner of the noun of its will that carries it ("his country's commitment to support
Peru"). Then the name is the state backed, a metonym, as after "thanked" or "urged". With any other
doer ("the rail line helped Peru", "tourism supports Chile") the land may be meant: no claim
(geo30). A person is a doer of politics too: a personal pronoun ("we will support Peru"), a person
named, a holder of a state's office ("officials helped Peru"); so is the object that a verb of
urging or helping sets to act ("helped Norway to support Peru"). The object of "contain" is the
state held back when such a doer holds it or, with no doer, a noun of policy carries it ("a
strategy to contain Peru"), or what a "to" infinitive sets out ("meant to contain Peru";
plrel38); not a target of fire ("a prelude to containing Guam"), nor what a list or a region
holds ("the list contains Peru") (geo34)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, preposition_holding

__all__ = ["backed_by_state", "stood_by"]

_PERSONAL = ("i", "we", "you", "he", "she", "they")

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
        if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _words("setting_verbs"):
            # "helped Norway to support Peru", "urged Chile to contain Peru": the object the verb sets to act
            setter = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if setter is not None:
                return setter
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


def _political(tok) -> bool:
    """A doer of politics: a state, a personal pronoun (not "it": "it helped Peru" may be a rail
    line), a person named or a holder of a state's office ("officials", "the minister") (geo34)."""
    return _is_state(tok) or tok.lower_ in _PERSONAL or tok.ent_type_ == "PERSON" \
        or tok.pos_ == "NOUN" and tok.lower_ in area_words("state_offices")


def _by_policy(verb) -> bool:
    """The verb is what a noun of policy aims at ("a strategy to contain Peru", "a plan designed to
    contain Chile"), through the clauses that carry it (geo34)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            return tok.head.lemma_.lower() in _words("policy_nouns")
        if tok.dep_ not in ("xcomp", "pcomp", "prep", "advcl") or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN":
            return tok.lemma_.lower() in _words("policy_nouns")
    return False


def backed_by_state(root) -> bool:
    """``root`` (the name's head token) is the direct object of a verb of support whose doer is a
    state or a person ("Peru supports Chile", "the government helped Chile", "we support Chile"),
    or of "contain" held by such a doer or by a noun of policy ("a plan to contain Chile")."""
    verb = root.head
    # the verb's tag as the parse gives it: "which back Peru" may tag "back" an adverb; the object
    # it takes makes it the verb
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "ADV"):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _words("backing_verbs") and lemma not in _words("restraining_verbs"):
        return False
    if lemma in _words("restraining_verbs") and _infinitive(verb):
        return True  # "the plan was meant to contain Peru": what is set out to be held back (plrel38)
    doer = _doer(verb)
    if doer is None:
        return lemma in _words("restraining_verbs") and _by_policy(verb)  # "a strategy to contain Peru"
    return _political(doer)


def _infinitive(verb) -> bool:
    """The verb is a "to" infinitive that hangs on a verb of intent (``intent_verbs``) or a noun of
    policy ("meant to contain Peru", "seeks to curb Chile"): an aim set out, whoever holds it; or
    one whose verb has a doer of politics ("sponsored by Washington to contain Peru"); not
    what a size allows ("large enough to contain Peru", fixpl38), nor a gerund after a preposition ("a prelude to containing Peru", a target of
    fire) nor a finite verb ("the list contains Peru")."""
    if verb.tag_ != "VB" or not to_infinitive(verb) or verb.head is verb:
        return False
    head = verb.head.lemma_.lower()
    if verb.head.pos_ == "VERB" and head in _words("intent_verbs") \
            or verb.head.pos_ == "NOUN" and head in _words("policy_nouns"):
        return True
    # or the verb it serves has a doer of politics, a passive's agent too ("a bloc sponsored by
    # Washington to contain Peru", "Chile sent troops to contain Peru")
    if verb.head.pos_ != "VERB":
        return False
    agent = next((g for a in verb.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    doer = agent if agent is not None else _doer(verb.head)
    return doer is not None and _political(doer)


def stood_by(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report), or the first of a list, is what a preposition of
    place_backing.yaml ``standing_prepositions`` holds after a verb of standing with a party
    (``standing_verbs``: "Chile will stand by Peru", "we stand with Peru and Chile", "stood behind
    Peru"): the state backed, a metonym; not a name that modifies what follows ("stand by Peru's
    people"), nor "stand for", "stand in" (plrel38); the one who stands is a doer of politics, not
    "the statue stood behind Peru" (fixpl38)."""
    if not (country and acting):
        return False
    prep = next((p for w in _words("standing_prepositions") if (p := preposition_holding(span, w)) is not None), None)
    if prep is None or prep.head.pos_ != "VERB" or prep.head.lemma_.lower() not in _words("standing_verbs"):
        return False
    doer = _doer(prep.head)
    return doer is not None and _political(doer)
