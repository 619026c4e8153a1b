"""Names of pacts: an acronym a document gives an agreement ("the nuclear deal, known as the Joint
Comprehensive Plan of Action (JCPOA)", "the JCPOA deal", "the JCPOA, the 2015 accord") binds its
parties as the agreement does, with no list of named treaties. A pact that acts ("the accord gives
U.S. firms access") or that is only welcomed or endorsed is a standing one: no agreeing is reported
(word lists in ``sitroom/data/event_recast.yaml``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.components.event_clause import predicate
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["binds", "pact_names", "standing"]

_KEY = "sitroom_pact_names"
_VERBS = frozenset({"VERB", "AUX"})


def _pact(tok: Token) -> bool:
    (binding,) = word_lists("figurative", "binding_words")
    return tok.lemma_.lower() in binding


def _names_pact(tok: Token) -> bool:
    """The acronym names an agreement: it modifies one or stands beside it ("the JCPOA deal",
    "the deal (JCPOA)", "the JCPOA, the 2015 accord"), or it is the name a naming verb gives one
    ("the deal, known as ... (JCPOA)", "under the deal, officially called ... (JCPOA)")."""
    (naming,) = word_lists("figurative", "naming_verbs")
    if any(c.dep_ == "appos" and _pact(c) for c in tok.children):
        return True
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if _pact(head) and tok.dep_ in ("compound", "appos", "nmod", "pobj", "prep", "acl"):
            return True
        if head.pos_ in _VERBS:
            if head.lemma_.lower() not in naming:
                return False
            # "the deal, known as ...": the noun it describes; "under the deal, called ...": its
            # phrase; "reached a deal in 2015, known as ...": the object of the clause it hangs on
            near = [head.head] if head.dep_ in ("acl", "relcl") else []
            if head.dep_ == "advcl":
                near += [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            near += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            return any(_pact(t) for t in near)
        tok = head
    return False


def pact_names(doc: Doc) -> frozenset[str]:
    """The acronyms (lower-cased) the document gives agreements."""
    names = doc.user_data.get(_KEY)
    if names is None:
        names = frozenset(t.lower_ for t in doc if len(t) > 1 and t.text.isupper() and t.is_alpha
                          and _names_pact(t))
        doc.user_data[_KEY] = names
    return names


def binds(tok: Token) -> bool:
    """The word names what binds parties: an agreement, a pact, a ceasefire (figurative.yaml's
    binding words) or an acronym the document gives one."""
    return _pact(tok) or tok.lower_ in pact_names(tok.doc)


def _standing(noun: Token) -> bool:
    """The pact noun names a standing pact: the subject of what it does to something ("the deal
    gave Iran relief") or the object of a backing ("endorsed the 2015 nuclear deal")."""
    movers, stances = word_lists("event_recast", "pact_subject_verbs", "pact_stance_verbs")
    verb = predicate(noun)
    if verb is None:
        return False
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ in ("nsubj", "csubj"):  # "the deal gave Iran relief"; not the gap of "the deal
        # Redstone has proposed", a subject the parse gives a relative clause with no object
        return lemma not in movers and any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children)
    return head.dep_ in ("dobj", "nsubjpass") and lemma in stances


def standing(drafts: list[Draft]) -> list[Draft]:
    """Drop the AGREE read in a pact noun that names a standing pact: "the accord gives U.S. firms
    access", "the Security Council endorsed the nuclear deal" (its SUPPORT stays)."""
    return [d for d in drafts if not (d.category == "AGREE" and d.span.root.pos_ in ("NOUN", "PROPN")
                                      and binds(d.span.root) and _standing(d.span.root))]
