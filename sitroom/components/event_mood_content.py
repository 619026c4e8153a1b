"""Acts a clause asks for, rules out or performs, read from the word that governs their clause
(used by ``event_mood`` and ``event_mood_chain``).

- A "that"-clause of a request noun says what is asked: "rejected Berlin's demand that Warsaw
  withdraw its troops", "repeated its demand that Damascus release the prisoners" (also when the
  parse hangs the clause on the verb after a comma: "slammed Washington's demands, that Russia
  send its troops back"): hypothetical, as "a call for Moscow to act" is. Not a demand met or
  granted, whose act was done ("met the demand that they release the hostages").
- What is ruled out is kept from happening, as what is refused is: "ruled out renegotiating the
  accord", "ruled out the possibility of Modi attending the summit" (negated); left open when the
  ruling out is itself denied: "has not ruled out a strike" (hypothetical).

- A pullout of forces a party announces lies ahead: "announced the withdrawal of 2,000 troops"
  (planned); not one "effective immediately", not a withdrawal from a pact.
- A speech act a first-person speaker names behind a hedge is performed: "I must thank the
  Emir", "I can promise you that ...", "I would like to thank Mr. Yamamoto", "let me congratulate
  the people of Chile" (occurred, not an obligation, ability or wish); not "I cannot promise",
  "before I can support this bill", "he wants to thank".

Word lists in data/mood.yaml (request_nouns, fulfilling_verbs, ruling_out_verbs,
performative_verbs, hedge_modals, hedge_verbs, announcing_verbs, announced_ahead_acts,
announced_ahead_nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_newsroom import with_particle
from sitroom.components.event_words import word_lists

__all__ = ["announced_ahead", "asked_in_clause", "left_open", "performed", "ruling_out"]

# how far up from a trigger noun its clause's verb is looked for ("send its troops back")
_CLIMB = 4


def _clause_verb(root: Token) -> Token | None:
    """The verb heading the trigger's clause: the trigger itself when it is a verb, else the
    first verb above it, then up through infinitives ("agree to withdraw")."""
    tok = root
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _gapless(verb: Token) -> bool:
    """A clause with a subject and an object of its own has no gap for "that" to fill, so it is a
    content clause, not a relative one ("the calls that France made" has one)."""
    kids = [c.dep_ for c in verb.children]
    return "nsubj" in kids and "dobj" in kids


def _clause_subject_object(obj: Token, verb: Token) -> bool:
    """The parse made the subject of a clause the verb's object: "pundits rule out U.S. withdrawal
    put an end to the war" (a finite verb with no subject of its own right after the object)."""
    return any(c.dep_ in ("advcl", "ccomp", "conj") and c.tag_ in ("VBD", "VBZ", "VBP")
               and c.i == obj.right_edge.i + 1
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in verb.children)


def _request_noun(noun: Token) -> bool:
    (requests,) = word_lists("mood", "request_nouns")
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in requests


def _fulfilled(noun: Token) -> bool:
    """The request is met or granted: "met its demand that the minister resign"."""
    (fulfilling,) = word_lists("mood", "fulfilling_verbs")
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in fulfilling


def asked_in_clause(root: Token) -> Token | None:
    """The request noun whose "that"-clause holds the trigger, unless the request was met."""
    verb = _clause_verb(root)
    if verb is None or not _that_clause(verb) or verb.head.i == verb.i:
        return None
    head = verb.head
    noun = None
    if verb.dep_ == "acl" and _request_noun(head):
        noun = head  # "the demand that Warsaw withdraw"
    elif verb.dep_ == "relcl" and _request_noun(head) and _gapless(verb):
        noun = head  # "the calls that France withdraw its forces", parsed as a relative clause
    elif verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
        # "slammed Washington's demands, that Russia send its troops back": the clause follows
        # the verb's object, a comma at most between them
        start = verb.left_edge.i
        for obj in head.children:
            if obj.dep_ == "dobj" and _request_noun(obj) and obj.right_edge.i < start and (
                    all(t.is_punct for t in root.doc[obj.right_edge.i + 1:start])):
                noun = obj
    if noun is None or _fulfilled(noun):
        return None
    return noun


def _denied(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def ruling_out(tok: Token) -> bool:
    """A verb that rules out what it governs: "rule out" (data/mood.yaml ruling_out_verbs)."""
    (verbs,) = word_lists("mood", "ruling_out_verbs")
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if with_particle(tok) not in verbs:
        return False
    return not any(c.dep_ == "dobj" and _clause_subject_object(c, tok) for c in tok.children)


def left_open(tok: Token) -> bool:
    """A ruling out that is itself denied leaves the act possible: "has not ruled out a strike"."""
    return ruling_out(tok) and _denied(tok)


_FIRST_PERSON = frozenset({"i", "we"})
# the subject the parse gives the verb after "let": "let me congratulate", "let us thank"
_LET_SUBJECTS = frozenset({"me", "us"})
# auxiliaries of "like" that make it a hedge: "I would like to thank", "I should like to"
_LIKE_AUX = frozenset({"would", "'d", "’d", "should"})


def _first_person(tok: Token, words: frozenset[str] = _FIRST_PERSON) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words for c in tok.children)


def _hedge(verb: Token) -> Token | None:
    """The hedge a performative verb stands under, or None: the verb itself with "can" or "must",
    the verb of wish or need it is the infinitive of, or "let" ("let me congratulate")."""
    modals, hedges = word_lists("mood", "hedge_modals", "hedge_verbs")
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in modals for c in kids) and _first_person(verb):
        return verb  # "I must thank", "I can promise you"
    head = verb.head
    if head.i == verb.i or _denied(verb):
        return None
    if verb.dep_ == "xcomp" and head.lemma_.lower() in hedges and _first_person(head):
        helpers = {c.lower_ for c in head.children if c.dep_ == "aux"}
        if head.lemma_.lower() == "like":
            return head if helpers & _LIKE_AUX else None  # "I would like to thank"
        # present, no modal: "I need to thank", "we want to congratulate" (not "I wanted to")
        return head if head.tag_ in ("VBP", "VB") and not helpers else None
    if verb.dep_ == "ccomp" and head.lemma_.lower() == "let" and _first_person(verb, _LET_SUBJECTS):
        return head  # "let me congratulate"
    return None


def performed(verb: Token) -> bool:
    """A speech act named by a first-person speaker behind a hedge is performed (data/mood.yaml
    performative_verbs): "I need to thank the Emir", "I can promise you that ..."."""
    (performatives,) = word_lists("mood", "performative_verbs")
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.lemma_.lower() not in performatives:
        return False
    hedge = _hedge(verb)
    if hedge is None or _denied(hedge):
        return False
    # the hedge heads a statement: not a clause of condition or time ("before I can support"),
    # not a question ("can I promise that?")
    if hedge.dep_ not in ("ROOT", "ccomp", "conj") or any(c.dep_ == "mark" for c in hedge.children):
        return False
    return not _asked(hedge)


def _asked(hedge: Token) -> bool:
    """The hedge asks: its sentence ends in "?" or its auxiliary comes before its subject."""
    if hedge.sent[-1].text == "?":
        return True
    subjects = [c.i for c in hedge.children if c.dep_ == "nsubj"]
    return bool(subjects) and any(c.dep_ == "aux" and c.i < subjects[0] for c in hedge.children)


def announced_ahead(noun: Token, category: str | None) -> bool:
    """A pullout noun of a retreat (data/mood.yaml announced_ahead_nouns, announced_ahead_acts)
    that is the object of an announcing verb: "announced the partial withdrawal of U.S. forces"
    lies ahead, unless it is said to take effect at once ("effective immediately")."""
    verbs, acts, nouns = word_lists(
        "mood", "announcing_verbs", "announced_ahead_acts", "announced_ahead_nouns")
    if noun.pos_ != "NOUN" or category not in acts or noun.lemma_.lower() not in nouns:
        return False
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return False
    return not any(t.lower_ == "effective" for t in verb.subtree)
