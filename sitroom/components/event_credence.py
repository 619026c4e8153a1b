"""Refusals of nothing: credence withheld from a claim, a tie to a wrong denied (``event_sense``).

A refusal (PLOVER REJECT) turns down what a party asked, offered or demanded: "rejected the
proposal", "refused to withdraw", "declined the invitation". Turning down a claim, a report or a
rumour is a stance on what is said, a statement (CAMEO 016, which PLOVER drops), like denying a
charge (audit/README.md, criteria): "rejected the rumours", "rejected speculation that the
minister would move", "refused to give credence to suggestions that ...", "refused to deny claims
that ...". The claim is the refusing verb's direct object, or, after "refuse"/"decline" to do
something, the object of a verb of crediting or denying or of a "to" after its object ("give
succour to suggestions"); "refused to publish the report" still refuses. A relative clause with no
object of its own turns down the noun it describes ("..., a notion that experts reject"). A notion
is a claim unless it names a course of action ("rejected the notion of talks"). Ruling out or
turning down a party's tie to a wrong denies it too ("ruled out Taliban involvement in the
attack", "rejected any complicity"), as does a protest in words that one had no tie to it or was
innocent ("protested that he had no connection to the gang": no complaint, ACCUSE). Word lists
in ``sitroom/data/figurative.yaml`` (``credence_verbs``, ``credence_acts``, ``claim_nouns``,
``claim_notions``, ``denied_ties``, ``denied_bonds``, ``denied_guilt``, ``protest_verbs``,
``innocence_words``, ``involved_words``; "rule out" is mood.yaml's ``ruling_out_verbs``); dismissing and denying a claim are
already no refusal (events.yaml ``not_object``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_newsroom import with_particle
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["protests_innocence", "refuses_credence"]

_INFINITIVE_HEADS = frozenset({"refuse", "decline"})
_RELATIVES = frozenset({"that", "which", "who", "whom"})
_DENYING_DETS = frozenset({"no", "any"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _claims_of(verb: Token) -> list[Token]:
    """What the verb is given to, after a "to" on the verb or on its object ("give succour to
    suggestions", "lend weight to reports": the claim, not the credence); else its direct objects
    and their conjuncts; in a relative clause with no object but the relative word, the noun the
    clause describes."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and all(
            o.lower_ in _RELATIVES for o in objects) and verb.i > verb.head.i:
        objects = [verb.head]
    given = [p for h in (verb, *objects) for prep in h.children
             if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
             for p in prep.children if p.dep_ == "pobj"]
    return given or objects


def _names_party(noun: Token) -> bool:
    """The tie names whose it is: a name or possessive before it, an "of"/"between" phrase."""
    return any(c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "PRON", "NOUN")
               or c.dep_ == "prep" and c.lower_ in ("of", "between") for c in noun.children)


def _a_claim(noun: Token) -> bool:
    claims, notions, ties, guilt = word_lists(
        "figurative", "claim_nouns", "claim_notions", "denied_ties", "denied_guilt")
    lemma = noun.lemma_.lower()
    if lemma in claims or lemma in guilt:
        return True
    if lemma in ties:
        return _names_party(noun)
    if lemma in notions:  # "the notion that ...", not "the notion of talks", "the idea to merge"
        if any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl" and to_infinitive(c)
               for c in noun.children):
            return False
        return lemma == "notion" or any(  # "idea" only with the clause it holds
            c.dep_ in ("acl", "ccomp") and c.i > noun.i and not any(
                m.lower_ in _RELATIVES and m.dep_ != "mark" for m in c.children)
            for c in noun.children)
    return False


def refuses_credence(root: Token) -> bool:
    """The refusing verb turns down only a claim: its object (or, after "refuse/decline to", the
    object of a complement that credits or denies) is a claim (figurative.yaml ``claim_nouns``, a
    notion, a party's tie to a wrong), and nothing else is."""
    verbs, acts = word_lists("figurative", "credence_verbs", "credence_acts")
    (ruling,) = word_lists("mood", "ruling_out_verbs")
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB":
        return False
    if lemma not in verbs and with_particle(root) not in ruling:  # "ruled out Taliban involvement"
        return False
    heads = list(_claims_of(root))
    if not heads and lemma in _INFINITIVE_HEADS:
        for comp in (c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            if comp.lemma_.lower() in acts:  # not "refused to publish the report"
                heads += _claims_of(comp)
    return bool(heads) and all(_a_claim(h) for h in heads)


def _negated(tok: Token, clause: Token) -> bool:
    """The word is denied: "no"/"any" on it, or "not" on it or on the clause that holds it."""
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in _DENYING_DETS
               for h in {tok, clause} for c in h.children)


def _tie_to_party(noun: Token) -> bool:
    """The tie is to a named party ("to Al Qaeda", "with the gang's leader") or in an act ("in the
    killing"), not to a thing ("no connection to the water supply")."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ == "in":
            return True
        if prep.lower_ in ("to", "with") and any(
                t.ent_type_ in _PARTY_ENTS for p in prep.children if p.dep_ == "pobj"
                for t in p.subtree):
            return True
    return False


def protests_innocence(root: Token) -> bool:
    """A protest in words whose clause says one had no tie to a party or a wrong, or was innocent:
    "protested that he had no connection to Al Qaeda", "protested that she was not guilty",
    "protested that he was innocent" (the clause's own predicate or object, not any word in it)."""
    verbs, ties, bonds, guilt, innocent, involved = word_lists(
        "figurative", "protest_verbs", "denied_ties", "denied_bonds", "denied_guilt",
        "innocence_words", "involved_words")
    if root.lemma_.lower() not in verbs:
        return False
    for clause in (c for c in root.children if c.dep_ == "ccomp"):
        for tok in (clause, *(c for c in clause.children if c.dep_ in ("dobj", "attr", "acomp"))):
            word = tok.lemma_.lower()
            if tok.lower_ in innocent:
                return True
            if not _negated(tok, clause):
                continue
            if word in guilt or tok.lower_ in involved or (
                    word in ties or word in bonds) and _tie_to_party(tok):
                return True
    return False
